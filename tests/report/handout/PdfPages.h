// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/PdfText.h"

#include <algorithm>
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

namespace paceplan::test {

/// Text with every run of white space (line breaks included) made one space, so sentences that wrap still match.
inline std::string collapseSpaces(const std::string& text)
{
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            space = true;
            continue;
        }
        if (space && !out.empty())
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

/// The text of each page of a PDF in reading order (pdftotext without -layout, so columns do not interleave),
/// with white space collapsed.
inline std::vector<std::string> pdfPageTexts(const std::string& pdf, const TempDir& dir)
{
    std::vector<std::string> pages;
    const int count = pdfPages(pdf, dir);
    for (int page = 1; page <= count; ++page) {
        const std::string out = dir.file("page.txt");
        const std::string command = "pdftotext -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" + pdf
            + "' '" + out + "' 2>/dev/null";
        if (std::system(command.c_str()) != 0)
            return {};
        pages.push_back(collapseSpaces(readFile(out)));
    }
    return pages;
}

/// The size of the first page in points as pdfinfo reports it ("Page size: 595.276 x 841.89 pts (A4)"),
/// or {0, 0}.
inline std::pair<double, double> pdfPageSizePoints(const std::string& pdf, const TempDir& dir)
{
    const std::string out = dir.file("pdfinfo-size.txt");
    const std::string command = "pdfinfo '" + pdf + "' > '" + out + "' 2>/dev/null";
    if (std::system(command.c_str()) != 0)
        return { 0, 0 };
    const std::string info = readFile(out);
    const auto at = info.find("Page size:");
    if (at == std::string::npos)
        return { 0, 0 };
    std::istringstream in(info.substr(at + 10));
    double width = 0;
    double height = 0;
    std::string by;
    in >> width >> by >> height;
    return { width, height };
}

/// For each page, the words drawn taller than `minHeight` points joined from left to right, such as the letters
/// of a diagonal watermark, which text extraction otherwise scatters among the lines.
inline std::vector<std::string> pdfLargeWords(const std::string& pdf, const TempDir& dir, double minHeight)
{
    const std::string out = dir.file("bbox.html");
    const std::string command = "pdftotext -bbox '" + pdf + "' '" + out + "' 2>/dev/null";
    if (std::system(command.c_str()) != 0)
        return {};
    const std::string html = readFile(out);
    std::vector<std::string> pages;
    std::size_t at = 0;
    while ((at = html.find("<page", at)) != std::string::npos) {
        const std::size_t end = std::min(html.find("</page>", at), html.size());
        std::vector<std::pair<double, std::string>> large;
        std::size_t word = at;
        while ((word = html.find("<word ", word)) != std::string::npos && word < end) {
            double xMin = 0;
            double yMin = 0;
            double xMax = 0;
            double yMax = 0;
            std::sscanf(html.c_str() + word, "<word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"", &xMin, &yMin,
                &xMax, &yMax);
            const std::size_t textStart = html.find('>', word) + 1;
            const std::size_t textEnd = html.find("</word>", textStart);
            if (yMax - yMin >= minHeight)
                large.emplace_back(xMin, html.substr(textStart, textEnd - textStart));
            word = textEnd;
        }
        std::sort(large.begin(), large.end());
        std::string joined;
        for (const auto& [x, text] : large)
            joined += text;
        pages.push_back(joined);
        at = end;
    }
    return pages;
}

} // namespace paceplan::test
