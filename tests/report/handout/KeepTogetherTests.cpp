// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfPages.h"

#include "report/DocumentRenderer.h"

#include <catch2/catch.hpp>

#include <QTextDocument>

#include <functional>

using namespace paceplan;

namespace {

/// `count` short filler paragraphs, then `tail`.
QString withFiller(int count, const QString& tail)
{
    QString html;
    for (int i = 0; i < count; ++i)
        html += QStringLiteral("<p>Filler line %1.</p>").arg(i);
    return html + tail;
}

/// A table of ten rows whose cells read "cell-0" ... "cell-9".
QString table()
{
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='4'>");
    for (int r = 0; r < 10; ++r)
        html += QStringLiteral("<tr><td>cell-%1<br>second line<br>third line</td></tr>").arg(r);
    return html + QStringLiteral("</table><p>After the table.</p>");
}

/// The pages of a rendered document, as text.
std::vector<std::string> render(
    const QString& html, bool keepTogether, const test::TempDir& dir, QPageSize::PageSizeId size = QPageSize::A4)
{
    QTextDocument document;
    document.setHtml(html);
    report::PageDecoration decoration;
    decoration.keepTogether = keepTogether;
    const std::string file = dir.file("keep.pdf");
    REQUIRE(report::DocumentRenderer(decoration)
                .writePdf(document, QString::fromStdString(file), report::DocumentRenderer::standardLayout(size), {}));
    return test::pdfPageTexts(file, dir);
}

int pageOf(const std::vector<std::string>& pages, const std::string& needle)
{
    for (std::size_t i = 0; i < pages.size(); ++i)
        if (pages[i].find(needle) != std::string::npos)
            return static_cast<int>(i);
    return -1;
}

/// The filler count, from `from` on, at which `split` says the plain layout splits the tail; -1 when none does.
int fillerThatSplits(const QString& tail, int from, const test::TempDir& dir,
    const std::function<bool(const std::vector<std::string>&)>& split)
{
    for (int count = from; count < from + 40; ++count)
        if (split(render(withFiller(count, tail), false, dir)))
            return count;
    return -1;
}

} // namespace

TEST_CASE("A table that would straddle a page break moves whole to the next page", "[report][render]")
{
    test::TempDir dir;
    const auto splits
        = [](const std::vector<std::string>& pages) { return pageOf(pages, "cell-0") != pageOf(pages, "cell-9"); };
    const int count = fillerThatSplits(table(), 30, dir, splits);
    REQUIRE(count > 0);
    const auto pages = render(withFiller(count, table()), true, dir);
    CHECK_FALSE(splits(pages));
    CHECK(pageOf(pages, "cell-0") == pageOf(pages, "Filler line " + std::to_string(count - 1) + ".") + 1);
}

TEST_CASE("A heading moves with the text under it", "[report][render]")
{
    test::TempDir dir;
    const QString tail = QStringLiteral("<h2>Lonely heading</h2><p>The text under the heading.</p>");
    const auto splits = [](const std::vector<std::string>& pages) {
        return pageOf(pages, "Lonely heading") != pageOf(pages, "The text under the heading.");
    };
    const int count = fillerThatSplits(tail, 30, dir, splits);
    REQUIRE(count > 0);
    CHECK_FALSE(splits(render(withFiller(count, tail), true, dir)));
}

TEST_CASE("A heading and its introduction move with the table they lead into", "[report][render]")
{
    test::TempDir dir;
    const QString tail = QStringLiteral("<h2>Table heading</h2><p>A short introduction.</p>") + table();
    const auto apart = [](const std::vector<std::string>& pages) {
        return pageOf(pages, "Table heading") != pageOf(pages, "cell-9");
    };
    for (int count = 30; count < 70; count += 3) {
        CAPTURE(count);
        const auto pages = render(withFiller(count, tail), true, dir);
        CHECK_FALSE(apart(pages));
        CHECK(pageOf(pages, "cell-0") == pageOf(pages, "cell-9"));
    }
}

TEST_CASE("A short paragraph never leaves one line alone on a page", "[report][render]")
{
    test::TempDir dir;
    // Three lines at most: any split leaves a single line on one page.
    const QString tail = QStringLiteral("<p>Start-word ") + QStringLiteral("lorem ipsum dolor sit amet ").repeated(8)
        + QStringLiteral("end-word.</p>");
    const auto splits = [](const std::vector<std::string>& pages) {
        return pageOf(pages, "Start-word") != pageOf(pages, "end-word.");
    };
    const int count = fillerThatSplits(tail, 30, dir, splits);
    REQUIRE(count > 0);
    CHECK_FALSE(splits(render(withFiller(count, tail), true, dir)));
}

TEST_CASE("Breaks added for one paper size are redone for another", "[report][render]")
{
    test::TempDir dir;
    const auto splits
        = [](const std::vector<std::string>& pages) { return pageOf(pages, "cell-0") != pageOf(pages, "cell-9"); };
    const int count = fillerThatSplits(table(), 30, dir, splits);
    REQUIRE(count > 0);
    QTextDocument document;
    document.setHtml(withFiller(count, table()));
    report::PageDecoration decoration;
    decoration.keepTogether = true;
    const report::DocumentRenderer renderer(decoration);
    const std::string a4 = dir.file("a4.pdf");
    const std::string letter = dir.file("letter.pdf");
    REQUIRE(renderer.writePdf(
        document, QString::fromStdString(a4), report::DocumentRenderer::standardLayout(QPageSize::A4), {}));
    REQUIRE(renderer.writePdf(
        document, QString::fromStdString(letter), report::DocumentRenderer::standardLayout(QPageSize::Letter), {}));
    // The same document rendered fresh on Letter gives the same pages: no break is left over from A4.
    const auto fresh = render(withFiller(count, table()), true, dir, QPageSize::Letter);
    CHECK(test::pdfPageTexts(letter, dir) == fresh);
    CHECK_FALSE(splits(test::pdfPageTexts(a4, dir)));
}
