// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Readability.h"

#include "core/text/Utf8.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

namespace paceplan::core {

namespace {

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}
bool isAlnum(char c)
{
    return isLetter(c) || isDigit(c);
}
bool isVowelLetter(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}
bool contains(std::string_view text, char c)
{
    return text.find(c) != std::string_view::npos;
}

template <std::size_t N> int lookup(const std::array<std::pair<std::string_view, int>, N>& table, std::string_view key)
{
    for (const auto& [word, count] : table)
        if (word == key)
            return count;
    return 0;
}

/// Words whose syllables the heuristic gets wrong and that turn up in health texts.
constexpr std::array<std::pair<std::string_view, int>, 30> kExceptions = { {
    { "area", 3 },
    { "areas", 3 },
    { "idea", 3 },
    { "ideas", 3 },
    { "create", 2 },
    { "created", 3 },
    { "creates", 2 },
    { "react", 2 },
    { "reacts", 2 },
    { "quiet", 2 },
    { "quietly", 3 },
    { "diet", 2 },
    { "video", 3 },
    { "videos", 3 },
    { "rhythm", 2 },
    { "rhythms", 2 },
    { "evening", 2 },
    { "evenings", 2 },
    { "anxiety", 4 },
    { "variety", 4 },
    { "being", 2 },
    { "continuous", 4 },
    { "business", 2 },
    { "fluid", 2 },
    { "fluids", 2 },
    { "science", 2 },
    { "wherever", 3 },
    { "whereas", 2 },
    { "everyone", 3 },
    { "everything", 3 },
} };

/// First parts of compound words whose silent "e" the heuristic would count ("some|times").
constexpr std::array<std::pair<std::string_view, int>, 17> kCompoundHeads = { {
    { "some", 1 },
    { "any", 2 },
    { "home", 1 },
    { "life", 1 },
    { "house", 1 },
    { "there", 1 },
    { "where", 1 },
    { "side", 1 },
    { "care", 1 },
    { "fore", 1 },
    { "time", 1 },
    { "whole", 1 },
    { "more", 1 },
    { "safe", 1 },
    { "base", 1 },
    { "make", 1 },
    { "wake", 1 },
} };

/// Units written after a number, counted as the word they stand for.
constexpr std::array<std::pair<std::string_view, int>, 16> kUnits = { {
    { "kg", 3 },
    { "g", 1 },
    { "km", 4 },
    { "m", 2 },
    { "cm", 4 },
    { "mm", 4 },
    { "min", 2 },
    { "mins", 2 },
    { "s", 2 },
    { "sec", 2 },
    { "secs", 2 },
    { "h", 1 },
    { "hr", 1 },
    { "hrs", 1 },
    { "bpm", 4 },
    { "x", 1 },
} };

/// Short words that are not acronyms when written in capitals ("STOP IF").
constexpr std::array<std::string_view, 44> kShortWords = { "a", "i", "if", "on", "at", "up", "go", "do", "no", "so",
    "to", "in", "it", "is", "of", "or", "an", "as", "be", "by", "he", "me", "my", "we", "us", "and", "the", "but",
    "for", "not", "you", "can", "may", "all", "use", "any", "new", "now", "day", "way", "out", "off", "get", "yes" };

// ----- numbers read aloud -------------------------------------------------------------------------------

int belowHundred(int n)
{
    constexpr std::array<int, 20> kSmall = { 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3, 1, 2, 2, 2, 2, 3, 2, 2 };
    constexpr std::array<int, 10> kTens = { 0, 0, 2, 2, 2, 2, 2, 3, 2, 2 };
    if (n < 20)
        return kSmall[static_cast<std::size_t>(n)];
    return kTens[static_cast<std::size_t>(n / 10)] + (n % 10 == 0 ? 0 : kSmall[static_cast<std::size_t>(n % 10)]);
}

int belowThousand(int n)
{
    const int hundreds = n / 100;
    const int rest = n % 100;
    int count = hundreds > 0 ? belowHundred(hundreds) + 2 : 0; // "... hundred"
    if (rest > 0 || hundreds == 0)
        count += belowHundred(rest);
    return count;
}

/// Syllables of a run of digits read as a whole number ("1500" = one thousand five hundred).
int integerSyllables(std::string_view digits)
{
    while (digits.size() > 1 && digits.front() == '0')
        digits.remove_prefix(1);
    if (digits.empty())
        return 0;
    if (digits.size() > 12) { // read digit by digit
        int count = 0;
        for (const char c : digits)
            count += belowHundred(c - '0');
        return count;
    }
    long long value = std::stoll(std::string(digits));
    if (value == 0)
        return 2;
    int count = 0;
    constexpr std::array<long long, 3> kScales = { 1000000000LL, 1000000LL, 1000LL }; // billion, million, thousand
    for (const long long scale : kScales) {
        if (value >= scale) {
            count += belowThousand(static_cast<int>(value / scale)) + 2;
            value %= scale;
        }
    }
    return value > 0 ? count + belowThousand(static_cast<int>(value)) : count;
}

/// Syllables of a number such as "15", "2.5", "1,000" or "10:30".
int numberSyllables(std::string_view number)
{
    std::string digits;
    bool thousands = number.size() > 4 && contains(number, ',');
    for (std::size_t i = 0; thousands && i < number.size(); ++i)
        thousands = (number[i] == ',') == ((number.size() - i) % 4 == 0);
    int count = 0;
    bool afterPoint = false;
    const auto flush = [&] {
        if (afterPoint)
            for (const char c : digits)
                count += belowHundred(c - '0');
        else
            count += integerSyllables(digits);
        digits.clear();
    };
    for (const char c : number) {
        if (isDigit(c)) {
            digits += c;
        } else if (c == ',' && thousands) {
            continue;
        } else {
            flush();
            if (c == '.') {
                afterPoint = true;
                ++count; // "point"
            }
        }
    }
    flush();
    return std::max(count, 1);
}

// ----- words ---------------------------------------------------------------------------------------------

/// The vowel-group heuristic over a lower-case word (see countSyllables in the header).
int heuristicSyllables(const std::string& w)
{
    const std::size_t n = w.size();
    const auto at = [&](std::size_t i) { return i < n ? w[i] : '\0'; };
    const auto vowelAt = [&](std::size_t i) {
        if (i >= n)
            return false;
        if (w[i] == 'y')
            return i > 0 && !isVowelLetter(at(i + 1));
        return isVowelLetter(w[i]);
    };
    const auto endsWith = [&](std::string_view suffix) {
        return n >= suffix.size() && std::string_view(w).substr(n - suffix.size()) == suffix;
    };

    int count = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (vowelAt(i) && (i == 0 || !vowelAt(i - 1)))
            ++count;

    // NOLINTBEGIN(bugprone-branch-clone): one branch per spelling rule, on purpose.
    for (std::size_t i = 0; i + 1 < n; ++i) { // vowel pairs that are said as two syllables
        const char a = w[i];
        const char b = w[i + 1];
        const char before = i > 0 ? w[i - 1] : '\0';
        if (a == 'i' && b == 'a' && before != 'c' && before != 't')
            ++count;
        else if (a == 'i' && b == 'u')
            ++count;
        else if (a == 'u' && b == 'a' && before != 'q' && before != 'g')
            ++count;
        else if (a == 'i' && b == 'o'
            && ((at(i + 2) != 'n' && at(i + 2) != 'u') || (before == 'r' && at(i + 2) == 'u')))
            ++count;
    }
    // NOLINTEND(bugprone-branch-clone)

    if (n > 2 && w[n - 1] == 'e') {
        const bool consonantLe = w[n - 2] == 'l' && !vowelAt(n - 3);
        const bool metre = endsWith("tre") || endsWith("bre");
        if (!isVowelLetter(w[n - 2]) && !consonantLe && !metre)
            --count;
    } else if (n > 3 && endsWith("es")) {
        const char c = w[n - 3];
        const bool sounded = c == 's' || c == 'x' || c == 'z' || c == 'c' || c == 'g' || endsWith("ches")
            || endsWith("shes") || (c == 'l' && !isVowelLetter(w[n - 4])) || endsWith("tres");
        if (!isVowelLetter(c) && !sounded)
            --count;
    } else if (n > 3 && endsWith("ed")) {
        const char c = w[n - 3];
        const bool consonantLed = c == 'l' && n > 4 && !isVowelLetter(w[n - 4]) && w[n - 4] != 'l' && w[n - 4] != 'r';
        if (!isVowelLetter(c) && c != 't' && c != 'd' && !consonantLed)
            --count;
    }

    for (const std::string_view suffix : { "ly", "ment", "ments", "ful", "ness", "less" }) {
        if (n < suffix.size() + 3 || !endsWith(suffix))
            continue;
        const std::size_t e = n - suffix.size() - 1; // the "e" before the suffix
        if (w[e] == 'e' && !isVowelLetter(w[e - 1]) && isVowelLetter(w[e - 2]))
            --count;
        break;
    }
    if (n > 4 && endsWith("ing")) {
        const char c = w[n - 4];
        if ((isVowelLetter(c) && c != 'i') || (c == 'y' && !isVowelLetter(w[n - 5])))
            ++count;
    }
    if ((n > 4 && endsWith("ier") && !isVowelLetter(w[n - 4]))
        || (n > 5 && endsWith("iest") && !isVowelLetter(w[n - 5])))
        ++count;
    if (n > 3 && endsWith("sm"))
        ++count;
    return std::max(count, 1);
}

/// Syllables of one word without hyphens: acronyms, exceptions, compounds, then the heuristic.
int simpleWordSyllables(std::string_view part)
{
    std::string raw;
    for (const char c : part)
        if (c != '\'')
            raw += c;
    if (raw.empty() || !std::any_of(raw.begin(), raw.end(), isAlnum))
        return 0;
    if (isDigit(raw.front())) {
        std::size_t end = 0;
        while (end < raw.size() && (isDigit(raw[end]) || raw[end] == '.' || raw[end] == ',' || raw[end] == ':'))
            ++end;
        const std::string suffix = foldForSearch(std::string_view(raw).substr(end));
        int count = numberSyllables(std::string_view(raw).substr(0, end));
        if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th" || suffix.empty())
            return count;
        if (const int unit = lookup(kUnits, suffix))
            return count + unit;
        return count + simpleWordSyllables(suffix);
    }
    const std::string lower = foldForSearch(raw);
    const bool allUpper = std::all_of(raw.begin(), raw.end(), isUpper);
    const bool hasVowel = std::any_of(lower.begin(), lower.end(), [](char c) { return isVowelLetter(c) || c == 'y'; });
    if (allUpper && raw.size() >= 2 && raw.size() <= 5 && (!hasVowel || raw.size() <= 3)
        && std::find(kShortWords.begin(), kShortWords.end(), lower) == kShortWords.end()) {
        int count = 0;
        for (const char c : raw)
            count += c == 'W' ? 3 : 1;
        return count;
    }
    if (const int known = lookup(kExceptions, lower))
        return known;
    for (const auto& [head, count] : kCompoundHeads) {
        if (lower.size() >= head.size() + 2 && lower.compare(0, head.size(), head) == 0) {
            const std::string rest = lower.substr(head.size());
            if (std::any_of(rest.begin(), rest.end(), [](char c) { return isVowelLetter(c) || c == 'y'; }))
                return count + heuristicSyllables(rest);
        }
    }
    std::string letters;
    for (const char c : lower)
        letters += isLower(c) ? c : 'x'; // digits or letters outside Latin count as consonants
    return heuristicSyllables(letters);
}

// ----- text ----------------------------------------------------------------------------------------------

/// Replaces typographic punctuation with ASCII so the scanner below only meets ASCII punctuation.
std::string normalised(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            out += text[i++];
            continue;
        }
        std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        length = std::min(length, text.size() - i);
        const std::string_view ch = text.substr(i, length);
        i += length;
        if (ch == "\u2018" || ch == "\u2019" || ch == "\u02BC")
            out += '\'';
        else if (ch == "\u201C" || ch == "\u201D")
            out += '"';
        else if (ch == "\u2013" || ch == "\u2212")
            out += '-';
        else if (ch == "\u2014")
            out += " - ";
        else if (ch == "\u2022" || ch == "\u00B7" || ch == "\u25CF" || ch == "\u25AA" || ch == "\u2023"
            || ch == "\u2043")
            out += '*';
        else if (ch == "\u2026")
            out += "...";
        else if (ch == "\u00D7")
            out += " x ";
        else if (ch == "\u00A0" || ch == "\u2009" || ch == "\u202F")
            out += ' ';
        else
            out += ch;
    }
    return out;
}

/// One line with its list marker removed.
struct Line {
    std::string text;
    bool listItem = false;
    bool empty = true;
    bool startsLower = false;
};

Line makeLine(std::string_view raw)
{
    while (!raw.empty() && isSpace(raw.front()))
        raw.remove_prefix(1);
    while (!raw.empty() && isSpace(raw.back()))
        raw.remove_suffix(1);
    Line line;
    std::size_t marker = 0;
    while (marker < raw.size() && raw[marker] == '#')
        ++marker;
    if (marker == 0 && !raw.empty() && (raw[0] == '-' || raw[0] == '*' || raw[0] == '+'))
        marker = 1;
    if (marker == 0) { // "1." "12)" "a)" "b."
        std::size_t digits = 0;
        while (digits < raw.size() && digits < 3 && isDigit(raw[digits]))
            ++digits;
        const std::size_t label = digits > 0 ? digits : (raw.size() > 1 && isLetter(raw[0]) ? 1 : 0);
        if (label > 0 && label < raw.size() && (raw[label] == '.' || raw[label] == ')'))
            marker = label + 1;
    }
    if (marker > 0 && (marker == raw.size() || isSpace(raw[marker]))) {
        line.listItem = raw[0] != '#';
        raw.remove_prefix(marker);
    }
    line.text = std::string(raw);
    const auto first = std::find_if(line.text.begin(), line.text.end(), isAlnum);
    line.empty = first == line.text.end();
    line.startsLower = !line.empty && isLower(*first);
    return line;
}

/// Adds the words of one token (without surrounding punctuation) to the stats.
class WordCounter {
public:
    explicit WordCounter(ReadabilityStats& stats) : m_stats(stats) { }

    /// Counts the words in `core` and returns how many there were.
    int add(std::string_view core)
    {
        int added = 0;
        std::size_t start = 0;
        while (start <= core.size()) {
            const std::size_t slash = std::min(core.find('/', start), core.size());
            added += addPiece(core.substr(start, slash - start));
            start = slash + 1;
        }
        return added;
    }

private:
    int addPiece(std::string_view piece)
    {
        if (piece == "&") {
            word(1, false); // "and"
            return 1;
        }
        if (piece == "%" && m_previousWasNumber) {
            word(2, false); // "percent"
            return 1;
        }
        if (!std::any_of(piece.begin(), piece.end(), isAlnum))
            return 0;
        const auto isNumberChar = [](char c) { return isDigit(c) || c == '.' || c == ','; };
        const std::size_t dash = piece.find('-');
        if (dash != std::string_view::npos && dash > 0 && dash + 1 < piece.size()
            && std::all_of(piece.begin(), piece.begin() + static_cast<std::ptrdiff_t>(dash), isNumberChar)
            && std::all_of(piece.begin() + static_cast<std::ptrdiff_t>(dash) + 1, piece.end(), isNumberChar)) {
            word(numberSyllables(piece.substr(0, dash)), false); // "10-15": ten to fifteen
            word(1, false);
            word(numberSyllables(piece.substr(dash + 1)), true);
            return 3;
        }
        if (m_previousWasNumber) {
            if (const int unit = lookup(kUnits, foldForSearch(piece))) {
                word(unit, false);
                return 1;
            }
        }
        if (isDigit(piece.front()) && dash == std::string_view::npos) {
            std::size_t end = 0;
            while (end < piece.size() && (isNumberChar(piece[end]) || piece[end] == ':'))
                ++end;
            std::string_view suffix = piece.substr(end);
            word(numberSyllables(piece.substr(0, end)), suffix.empty());
            if (suffix == "%") {
                word(2, false);
                return 2;
            }
            const std::string lower = foldForSearch(suffix);
            if (suffix.empty() || lower == "st" || lower == "nd" || lower == "rd" || lower == "th")
                return 1;
            const int unit = lookup(kUnits, lower);
            word(unit > 0 ? unit : countSyllables(suffix), false);
            return 2;
        }
        word(countSyllables(piece), false);
        return 1;
    }

    void word(int syllables, bool isNumber)
    {
        ++m_stats.words;
        m_stats.syllables += syllables;
        if (syllables >= 3)
            ++m_stats.complexWords;
        m_previousWasNumber = isNumber;
    }

    ReadabilityStats& m_stats;
    bool m_previousWasNumber = false;
};

bool isOpening(char c)
{
    return c == '(' || c == '[' || c == '{' || c == '"' || c == '\'' || c == '*' || c == '_';
}
bool isClosing(char c)
{
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '}'
        || c == '"' || c == '\'' || c == '*' || c == '_';
}

/// True when a full stop before `next` is an abbreviation's and does not end the sentence ("e.g. walk", "Dr. Lee").
bool stopContinues(std::string_view core, std::string_view next)
{
    const auto firstAlnum = std::find_if(next.begin(), next.end(), isAlnum);
    if (firstAlnum != next.end() && isLower(*firstAlnum))
        return true;
    const std::string lower = foldForSearch(core);
    return lower == "dr" || lower == "mr" || lower == "mrs" || lower == "ms" || lower == "st" || lower == "e.g"
        || lower == "i.e";
}

std::vector<std::string_view> tokensOf(std::string_view text)
{
    std::vector<std::string_view> tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && isSpace(text[i]))
            ++i;
        const std::size_t start = i;
        while (i < text.size() && !isSpace(text[i]))
            ++i;
        if (i > start)
            tokens.push_back(text.substr(start, i - start));
    }
    return tokens;
}

} // namespace

int countSyllables(std::string_view word)
{
    int count = 0;
    std::size_t start = 0;
    while (start <= word.size()) {
        const std::size_t dash = std::min(word.find_first_of("-/", start), word.size());
        std::string_view part = word.substr(start, dash - start);
        while (!part.empty() && !isAlnum(part.front()))
            part.remove_prefix(1);
        while (!part.empty() && !isAlnum(part.back()))
            part.remove_suffix(1);
        count += simpleWordSyllables(part);
        start = dash + 1;
    }
    return count;
}

double fleschKincaidGrade(int words, int sentences, int syllables)
{
    if (words <= 0)
        return 0.0;
    const double perSentence = static_cast<double>(words) / std::max(sentences, 1);
    return 0.39 * perSentence + 11.8 * (static_cast<double>(syllables) / words) - 15.59;
}

double fleschReadingEase(int words, int sentences, int syllables)
{
    if (words <= 0)
        return 0.0;
    const double perSentence = static_cast<double>(words) / std::max(sentences, 1);
    return 206.835 - 1.015 * perSentence - 84.6 * (static_cast<double>(syllables) / words);
}

ReadabilityStats analyzeReadability(std::string_view text)
{
    const std::string clean = normalised(text);
    std::vector<Line> lines;
    std::size_t start = 0;
    while (start <= clean.size()) {
        const std::size_t end = std::min(clean.find('\n', start), clean.size());
        lines.push_back(makeLine(std::string_view(clean).substr(start, end - start)));
        start = end + 1;
    }

    ReadabilityStats stats;
    int pending = 0; // words in the sentence being read
    const auto endSentence = [&] {
        if (pending > 0)
            ++stats.sentences;
        pending = 0;
    };
    for (std::size_t l = 0; l < lines.size(); ++l) {
        const Line& line = lines[l];
        WordCounter counter(stats);
        const auto tokens = tokensOf(line.text);
        for (std::size_t t = 0; t < tokens.size(); ++t) {
            std::string_view core = tokens[t];
            while (!core.empty() && isOpening(core.front()))
                core.remove_prefix(1);
            bool stop = false;
            bool strongStop = false;
            while (!core.empty() && isClosing(core.back())) {
                stop = stop || core.back() == '.';
                strongStop = strongStop || core.back() == '!' || core.back() == '?';
                core.remove_suffix(1);
            }
            pending += counter.add(core);
            const std::string_view next = t + 1 < tokens.size() ? tokens[t + 1] : std::string_view();
            if (strongStop || (stop && !(t + 1 < tokens.size() && stopContinues(core, next))))
                endSentence();
        }
        const bool wrapped
            = l + 1 < lines.size() && !lines[l + 1].empty && !lines[l + 1].listItem && lines[l + 1].startsLower;
        if (!wrapped)
            endSentence();
    }
    endSentence();
    stats.fleschKincaidGrade = fleschKincaidGrade(stats.words, stats.sentences, stats.syllables);
    stats.readingEase = fleschReadingEase(stats.words, stats.sentences, stats.syllables);
    return stats;
}

} // namespace paceplan::core
