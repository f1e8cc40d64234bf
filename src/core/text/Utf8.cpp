// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Utf8.h"

#include <cstdint>

namespace paceplan::core {

namespace {

/// Decodes one code point at `pos`; returns the code point and advances `pos`, or U+FFFD on bad input.
char32_t decode(std::string_view text, std::size_t& pos)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    int extra = 0;
    char32_t cp = 0;
    if (lead < 0x80) {
        ++pos;
        return lead;
    } else if ((lead & 0xE0) == 0xC0) {
        extra = 1;
        cp = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        extra = 2;
        cp = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        extra = 3;
        cp = lead & 0x07;
    } else {
        ++pos;
        return 0xFFFD;
    }
    if (pos + static_cast<std::size_t>(extra) >= text.size()) {
        ++pos;
        return 0xFFFD;
    }
    for (int i = 1; i <= extra; ++i) {
        const unsigned char next = byte(pos + static_cast<std::size_t>(i));
        if ((next & 0xC0) != 0x80) {
            ++pos;
            return 0xFFFD;
        }
        cp = (cp << 6) | (next & 0x3F);
    }
    const bool overlong = (extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++pos;
        return 0xFFFD;
    }
    pos += static_cast<std::size_t>(extra) + 1;
    return cp;
}

void encode(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Base letters for U+00C0..U+017F; '\0' keeps the character, '*' marks a two-letter expansion handled below.
constexpr const char kLatinFold[] =
    // U+00C0..U+00FF
    "aaaaaaaceeeeiiii" // C0-CF (C6 = AE, handled as expansion)
    "dnooooo*ouuuuyts" // D0-DF (D7 multiplication sign, DE thorn, DF sharp s)
    "aaaaaaaceeeeiiii" // E0-EF
    "dnooooo*ouuuuyty" // F0-FF (F7 division sign)
    // U+0100..U+017F
    "aaaaaaccccccccdd" // 100-10F
    "ddeeeeeeeeeegggg" // 110-11F
    "gggghhhhiiiiiiii" // 120-12F
    "iiiijjkkklllllll" // 130-13F
    "lllnnnnnnnnnoooo" // 140-14F
    "oooorrrrrrssssss" // 150-15F
    "ssttttttuuuuuuuu" // 160-16F
    "uuuuwwyyyzzzzzzs"; // 170-17F

} // namespace

bool isValidUtf8(std::string_view text)
{
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        const char32_t cp = decode(text, pos);
        if (cp == 0xFFFD && !(pos - start == 3 && text.substr(start, 3) == "\xEF\xBF\xBD"))
            return false;
    }
    return true;
}

std::size_t utf8Length(std::string_view text)
{
    std::size_t count = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        decode(text, pos);
        ++count;
    }
    return count;
}

std::string foldForSearch(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const char32_t cp = decode(text, pos);
        // NOLINTBEGIN(bugprone-branch-clone): the order of the ranges matters (× and ÷ sit inside Latin-1).
        if (cp < 0x80) {
            const char c = static_cast<char>(cp);
            out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        } else if (cp == 0xC6 || cp == 0xE6) {
            out += "ae";
        } else if (cp == 0xDF) {
            out += "ss";
        } else if (cp == 0x152 || cp == 0x153) {
            out += "oe";
        } else if (cp == 0xD7 || cp == 0xF7) {
            encode(out, cp);
        } else if (cp >= 0xC0 && cp <= 0x17F) {
            out += kLatinFold[cp - 0xC0];
        } else if (cp >= 0x391 && cp <= 0x3A9) {
            encode(out, cp + 0x20); // Greek capitals to small letters.
        } else if (cp >= 0x410 && cp <= 0x42F) {
            encode(out, cp + 0x20); // Cyrillic capitals to small letters.
        } else {
            encode(out, cp);
        }
        // NOLINTEND(bugprone-branch-clone)
    }
    return out;
}

} // namespace paceplan::core
