// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoutFixtures.h"
#include "PdfPages.h"

#include "report/handout/BuildUpText.h"
#include "report/handout/DoseText.h"
#include "report/handout/HandoutDocument.h"

#include <catch2/catch.hpp>

#include <QPrinter>

#include <filesystem>

using namespace paceplan;
using report::HandoutDocument;
using report::HandoutOptions;

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

std::string writeHandout(const report::HandoutContent& content, const HandoutOptions& options, const test::TempDir& dir,
    const std::string& name = "handout.pdf")
{
    const std::string file = dir.file(name);
    REQUIRE(HandoutDocument(content, options).writePdf(QString::fromStdString(file)));
    return file;
}

std::string allText(const std::vector<std::string>& pages)
{
    std::string text;
    for (const auto& page : pages)
        text += page + "\n";
    return text;
}

/// The page index holding `needle`, or -1.
int pageWith(const std::vector<std::string>& pages, const std::string& needle)
{
    for (std::size_t i = 0; i < pages.size(); ++i)
        if (pages[i].find(needle) != std::string::npos)
            return static_cast<int>(i);
    return -1;
}

/// Checks that each exercise block (header, dose and build-up) sits whole on one page.
void checkBlocksWhole(const report::HandoutContent& content, const std::vector<std::string>& pages)
{
    const int firstWeek = content.weeks.first().number;
    for (int i = 0; i < content.exercises.size(); ++i) {
        const auto& exercise = content.exercises[i];
        // The card's header is the number and name, then this week's amount in words ("Walk for ..."), which the
        // short amount in the week table on page 1 ("12 minutes") does not start with.
        const std::string dose = test::collapseSpaces(str(report::DoseText::describe(
            exercise.doseInWeek(firstWeek), exercise.doseKind, exercise.intensity, exercise.action)));
        const std::string header
            = std::to_string(i + 1) + ". " + str(exercise.name) + " " + dose.substr(0, dose.find(' '));
        CAPTURE(header);
        const int page = pageWith(pages, header);
        REQUIRE(page >= 0);
        std::string block = pages[page].substr(pages[page].find(header));
        const std::string next = i + 1 < content.exercises.size()
            ? std::to_string(i + 2) + ". " + str(content.exercises[i + 1].name) + " "
            : std::string("How your plan changes");
        block = block.substr(0, block.find(next));
        CHECK(block.find(dose) != std::string::npos);
        if (!report::BuildUpText::lines(exercise, firstWeek).isEmpty())
            CHECK(block.find("How it builds up") != std::string::npos);
        if (!exercise.steps.isEmpty())
            CHECK(block.find(str(exercise.steps.last())) != std::string::npos);
    }
}

} // namespace

TEST_CASE("A handout PDF reads back with the name, the exercises and their doses", "[report][handout][pdf]")
{
    test::TempDir dir;
    const auto content = test::sampleContent(true);
    const auto file = writeHandout(content, {}, dir);
    const auto pages = test::pdfPageTexts(file, dir);
    REQUIRE(pages.size() >= 3);
    const std::string text = allText(pages);
    CHECK(text.find("Rosa Whitfield") != std::string::npos);
    CHECK(text.find("Walk for 12 minutes at a pace where you can talk but not sing.") != std::string::npos);
    CHECK(text.find("Do 2 sets of 10. Rest for 1 minute between sets.") != std::string::npos);
    CHECK(text.find("Hold for 20 seconds, 3 times.") != std::string::npos);
    for (const auto& exercise : content.exercises) {
        CAPTURE(str(exercise.name));
        CHECK(text.find(str(exercise.name)) != std::string::npos);
    }
    const std::string total = std::to_string(pages.size());
    for (std::size_t p = 0; p < pages.size(); ++p) {
        CAPTURE(p);
        CHECK(pages[p].find("Page " + std::to_string(p + 1) + " of " + total) != std::string::npos);
        CHECK(pages[p].find("Questions? Call 01632 960000") != std::string::npos);
    }
    // The letterhead is on the first page only.
    CHECK(pages[0].find("Riverside Physiotherapy") != std::string::npos);
    for (std::size_t p = 1; p < pages.size(); ++p)
        CHECK(pages[p].find("Riverside Physiotherapy") == std::string::npos);
}

TEST_CASE("No exercise block and no week calendar is split across pages", "[report][handout][pdf]")
{
    test::TempDir dir;
    for (const bool pictures : { true, false }) {
        for (const bool largePrint : { false, true }) {
            HandoutOptions options;
            options.largePrint = largePrint;
            options.paper = largePrint ? report::HandoutPaper::Letter : report::HandoutPaper::A4;
            const auto content = test::sampleContent(pictures, 12, 2);
            const auto pages = test::pdfPageTexts(writeHandout(content, options, dir), dir);
            CAPTURE(pictures, largePrint);
            checkBlocksWhole(content, pages);
            // Each calendar row is on a page with a day header above it: long calendars are cut into whole tables.
            // Only the number and the first word are matched: the rest of a row may wrap between the ticks.
            for (int i = 0; i < content.exercises.size(); ++i) {
                const std::string row
                    = std::to_string(i + 1) + ". " + str(content.exercises[i].name.section(QLatin1Char(' '), 0, 0));
                const int page = pageWith(pages, row);
                CAPTURE(row);
                REQUIRE(page >= 0);
                CHECK(pages[page].rfind("Week ", pages[page].find(row)) != std::string::npos);
            }
        }
    }
}

TEST_CASE("A4 and Letter handouts have their paper sizes", "[report][handout][pdf]")
{
    test::TempDir dir;
    const auto [paper, width, height] = GENERATE(table<report::HandoutPaper, double, double>({
        { report::HandoutPaper::A4, 595.28, 841.89 },
        { report::HandoutPaper::Letter, 612.0, 792.0 },
    }));
    HandoutOptions options;
    options.paper = paper;
    const auto size = test::pdfPageSizePoints(writeHandout(test::sampleContent(false), options, dir), dir);
    CHECK(size.first == Approx(width).margin(1.0));
    CHECK(size.second == Approx(height).margin(1.0));
}

TEST_CASE("Each diary week gets a page of its own with all seven days", "[report][handout][pdf]")
{
    test::TempDir dir;
    for (const bool largePrint : { false, true }) {
        HandoutOptions options;
        options.largePrint = largePrint;
        options.paper = report::HandoutPaper::Letter;
        const auto content = test::sampleContent(false, 5, 2);
        const auto pages = test::pdfPageTexts(writeHandout(content, options, dir), dir);
        CAPTURE(largePrint);
        int diaries = 0;
        for (const auto& page : pages) {
            if (page.find("Your diary for week") == std::string::npos)
                continue;
            ++diaries;
            CHECK(page.find("Everyday tips") == std::string::npos);
            for (const char* column : { "Done?", "Pain", "before", "during", "after", "morning", "Notes" })
                CHECK(page.find(column) != std::string::npos);
            for (const char* day : { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" })
                CHECK(page.find(day) != std::string::npos);
            CHECK(page.find("Rest day") != std::string::npos);
        }
        CHECK(diaries == 2);
        CHECK(pageWith(pages, "Your diary for week 3") < pageWith(pages, "Your diary for week 4"));
    }
}

TEST_CASE("A 12-exercise handout with photos stays under 2 MB", "[report][handout][pdf]")
{
    test::TempDir dir;
    const auto content = test::sampleContent(true, 12, 2);
    REQUIRE(content.exercises.size() == 12);
    const auto file = writeHandout(content, {}, dir);
    const auto bytes = std::filesystem::file_size(file);
    CAPTURE(bytes);
    CHECK(bytes < 2u * 1024u * 1024u);
    CHECK(bytes > 100u * 1024u); // The photos are in it.
}

TEST_CASE("A draft handout shows DRAFT on every page", "[report][handout][pdf]")
{
    test::TempDir dir;
    auto content = test::sampleContent(false);
    content.draft = true;
    const auto file = writeHandout(content, {}, dir);
    const auto marks = test::pdfLargeWords(file, dir, 40.0);
    REQUIRE(marks.size() == static_cast<std::size_t>(test::pdfPages(file, dir)));
    for (std::size_t p = 0; p < marks.size(); ++p) {
        CAPTURE(p);
        CHECK(marks[p] == "DRAFT");
    }
    content.draft = false;
    for (const auto& page : test::pdfLargeWords(writeHandout(content, {}, dir), dir, 40.0))
        CHECK(page.empty());
}

TEST_CASE("A handout prints to a QPrinter with its own page layout", "[report][handout][pdf]")
{
    test::TempDir dir;
    HandoutOptions options;
    options.paper = report::HandoutPaper::Letter;
    const HandoutDocument handout(test::sampleContent(false), options);
    const std::string file = dir.file("printed.pdf");
    int pages = 0;
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(QString::fromStdString(file));
        printer.setPageLayout(handout.pageLayout());
        printer.setDocName(handout.documentTitle());
        CHECK(printer.pageLayout().pageSize().id() == QPageSize::Letter);
        CHECK(printer.docName().contains(QStringLiteral("Rosa Whitfield")));
        pages = handout.print(printer);
    }
    CHECK(pages >= 3);
    CHECK(test::pdfPages(file, dir) == pages);
    CHECK(test::pdfText(file, dir).find("Your exercise plan") != std::string::npos);
}

TEST_CASE("Writing a handout into a missing folder fails cleanly", "[report][handout][pdf]")
{
    test::TempDir dir;
    CHECK_FALSE(
        HandoutDocument(test::sampleContent(false), {}).writePdf(QString::fromStdString(dir.file("no/such/h.pdf"))));
}
