// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/TempDir.h"

#include <cstdlib>
#include <string>

namespace paceplan::test {

/// The text of a PDF as pdftotext (poppler) extracts it: laid out as on the page, or in content-stream
/// order with `raw` (which also keeps rotated text such as a watermark).
inline std::string pdfText(const std::string& pdf, const TempDir& dir, bool raw = false)
{
    const std::string out = dir.file("pdftotext.txt");
    const std::string command
        = std::string("pdftotext ") + (raw ? "-raw '" : "-layout '") + pdf + "' '" + out + "' 2>/dev/null";
    if (std::system(command.c_str()) != 0)
        return {};
    return readFile(out);
}

/// The page count pdfinfo reports, or -1.
inline int pdfPages(const std::string& pdf, const TempDir& dir)
{
    const std::string out = dir.file("pdfinfo.txt");
    const std::string command = "pdfinfo '" + pdf + "' > '" + out + "' 2>/dev/null";
    if (std::system(command.c_str()) != 0)
        return -1;
    const std::string info = readFile(out);
    const auto at = info.find("Pages:");
    return at == std::string::npos ? -1 : std::atoi(info.c_str() + at + 6);
}

} // namespace paceplan::test
