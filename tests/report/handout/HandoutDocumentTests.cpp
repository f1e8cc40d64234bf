// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoutFixtures.h"

#include "report/handout/ExerciseBlock.h"
#include "report/handout/HandoutDocument.h"
#include "report/handout/HandoutPictures.h"

#include <catch2/catch.hpp>

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

using namespace paceplan;
using report::HandoutDocument;
using report::HandoutOptions;

namespace {

QString textOf(const report::HandoutContent& content, const HandoutOptions& options = {})
{
    return HandoutDocument(content, options).plainText();
}

/// The smallest and largest point size of any visible text in the document.
std::pair<double, double> fontSizeRange(const QTextDocument& document)
{
    double smallest = 1000;
    double largest = 0;
    const double base = document.defaultFont().pointSizeF();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.text().trimmed().isEmpty())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            const double size = format.hasProperty(QTextFormat::FontPointSize) ? format.fontPointSize() : base;
            smallest = std::min(smallest, size);
            largest = std::max(largest, size);
        }
    }
    return { smallest, largest };
}

/// The top-level tables of a document with `columns` columns.
QList<QTextTable*> tablesWithColumns(const QTextDocument& document, int columns)
{
    QList<QTextTable*> tables;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it)
        if (auto* table = qobject_cast<QTextTable*>(it.currentFrame()); table && table->columns() == columns)
            tables << table;
    return tables;
}

QString cellText(QTextTable* table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor cursor(cell.firstCursorPosition());
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

} // namespace

TEST_CASE("A handout holds the letterhead, the person, the week, the exercises and the guidance", "[report][handout]")
{
    const QString text = textOf(test::sampleContent(false));
    for (const char* expected : { "Riverside Physiotherapy", "1 River Lane, Millbrook MB1 2CD", "01632 960000",
             "Your physio: Jo Carter", "Your exercise plan", "For: Rosa Whitfield", "Saturday 21 November 2026",
             "Back on track (version 2)", "Walk to the shops and back without stopping.", "Pick up my grandson.",
             "Your goals", "Your week", "Week 3, from Monday 23 November: Getting going", "Your exercises", "Walking",
             "Sit to stand", "Rowing with a band", "Walk for 12 minutes at a pace where you can talk but not sing.",
             "Do 2 sets of 10. Rest for 1 minute between sets. Use the red band.", "Hold for 20 seconds, 3 times.",
             "How it builds up", "Week 4: 14 minutes", "How hard to work", "What pain is OK", "When to stop",
             "Get emergency help straight away if:", "Call 999 or go to the emergency department.",
             "If you have a flare-up", "Your warning signs: stiff in the morning, poor sleep.", "Learn more",
             "Hurt is not always harm", "Pain does not always mean damage.", "Everyday tips",
             "Your diary for week 3" }) {
        CAPTURE(expected);
        CHECK(text.contains(QString::fromUtf8(expected)));
    }
    CHECK_FALSE(text.contains(QStringLiteral("This is a draft")));
}

TEST_CASE("Exercise pictures are placed, shrunk, and left out on request", "[report][handout]")
{
    SECTION("with pictures")
    {
        const HandoutDocument handout(test::sampleContent(true), {});
        QTextDocument document;
        handout.build(document);
        const QString html = handout.html();
        CHECK(html.count(QStringLiteral("<img src='handout-picture-")) == 10);
        // The card shows the main picture; the week table on page 1 shows the same resource as a thumbnail.
        const QVariant picture
            = document.resource(QTextDocument::ImageResource, QUrl(HandoutDocument::pictureResource(0, 0)));
        REQUIRE(picture.canConvert<QImage>());
        CHECK(document.resource(QTextDocument::ImageResource, QUrl(HandoutDocument::pictureResource(0, 1))).isNull());
        const QImage image = picture.value<QImage>();
        CHECK_FALSE(image.hasAlphaChannel());
        CHECK(image.width() <= 144 * report::HandoutPictures::kPixelsPerLayoutPixel + 1);
        CHECK(image.width() < 1600);
        CHECK(html.contains(QStringLiteral(">Start</p>")));
        CHECK(html.contains(QStringLiteral("<img src='handout-logo'")));
    }
    SECTION("the clean layout without pictures")
    {
        const QString html = HandoutDocument(test::sampleContent(false), {}).html();
        CHECK_FALSE(html.contains(QStringLiteral("handout-picture-")));
        CHECK_FALSE(html.contains(QStringLiteral("colspan='2'")));
        CHECK_FALSE(html.contains(QStringLiteral("handout-logo")));
    }
    SECTION("pictures left out by the options")
    {
        HandoutOptions options;
        options.pictures = false;
        const HandoutDocument handout(test::sampleContent(true), options);
        QTextDocument document;
        handout.build(document);
        CHECK_FALSE(handout.html().contains(QStringLiteral("handout-picture-")));
        CHECK(document.resource(QTextDocument::ImageResource, QUrl(HandoutDocument::pictureResource(0, 0))).isNull());
        CHECK(handout.html().contains(QStringLiteral("handout-logo")));
    }
}

TEST_CASE("Pictures keep their shape and are never enlarged for storage", "[report][handout]")
{
    using report::HandoutPictures;
    CHECK(HandoutPictures::displaySize(QSize(1600, 1200), QSize(190, 144)) == QSize(190, 142));
    CHECK(HandoutPictures::displaySize(QSize(600, 1200), QSize(190, 144)) == QSize(72, 144));
    CHECK(HandoutPictures::displaySize(QSize(), QSize(190, 144)).isEmpty());
    const QImage small = HandoutPictures::prepared(test::samplePhoto(1, QSize(100, 75)), QSize(190, 143));
    CHECK(small.size() == QSize(100, 75));
    QImage transparent(QSize(40, 40), QImage::Format_ARGB32);
    transparent.fill(Qt::transparent);
    const QImage flat = HandoutPictures::prepared(transparent, QSize(40, 40));
    CHECK_FALSE(flat.hasAlphaChannel());
    CHECK(flat.pixelColor(5, 5) == QColor(Qt::white));
    CHECK(HandoutPictures::prepared(QImage(), QSize(10, 10)).isNull());
}

TEST_CASE("The 'what changed' box shows only when there are changes", "[report][handout]")
{
    auto content = test::sampleContent(false);
    CHECK(textOf(content).contains(QStringLiteral("What changed since your last visit")));
    CHECK(textOf(content).contains(QStringLiteral("Sit to stand now uses a lower chair.")));
    content.changes.clear();
    CHECK_FALSE(textOf(content).contains(QStringLiteral("What changed since your last visit")));
    content.goals.clear();
    CHECK_FALSE(textOf(content).contains(QStringLiteral("Your goals")));
}

TEST_CASE("Options leave out education, tips and the diary", "[report][handout]")
{
    const auto content = test::sampleContent(false);
    struct Row {
        const char* what;
        bool HandoutOptions::*option;
        const char* section;
    };
    const Row rows[] = {
        { "education", &HandoutOptions::education, "Hurt is not always harm" },
        { "everyday tips", &HandoutOptions::everydayTips, "Everyday tips" },
        { "diary", &HandoutOptions::diary, "Your diary for week" },
    };
    for (const auto& row : rows) {
        CAPTURE(row.what);
        HandoutOptions options;
        CHECK(textOf(content, options).contains(QString::fromUtf8(row.section)));
        options.*row.option = false;
        CHECK_FALSE(textOf(content, options).contains(QString::fromUtf8(row.section)));
    }
    auto noTopics = content;
    noTopics.topics.clear();
    CHECK_FALSE(textOf(noTopics).contains(QStringLiteral("Learn more")));
}

TEST_CASE("Large print sets all text at 16 points or more", "[report][handout]")
{
    for (const bool largePrint : { false, true }) {
        HandoutOptions options;
        options.largePrint = largePrint;
        QTextDocument document;
        HandoutDocument(test::sampleContent(true), options).build(document);
        const auto [smallest, largest] = fontSizeRange(document);
        CAPTURE(largePrint);
        CHECK(smallest >= (largePrint ? 16.0 : 12.0));
        CHECK(smallest == options.bodyPointSize());
        CHECK(largest >= 1.5 * options.bodyPointSize());
    }
}

TEST_CASE("Drafts carry a watermark and a notice, and every page has the clinic phone", "[report][handout]")
{
    auto content = test::sampleContent(false);
    const auto active = HandoutDocument(content, {}).decoration();
    CHECK(active.watermark.isEmpty());
    CHECK(active.footerLeft.contains(QStringLiteral("01632 960000")));
    CHECK(active.footerRight == QStringLiteral("Rosa Whitfield"));
    CHECK(active.keepTogether);
    content.draft = true;
    const HandoutDocument draft(content, {});
    CHECK(draft.decoration().watermark == QStringLiteral("DRAFT"));
    CHECK(draft.plainText().contains(QStringLiteral("This is a draft. Your physio may still change it.")));
}

TEST_CASE("The diary has one page per week and a row per day", "[report][handout]")
{
    const auto content = test::sampleContent(false, 5, 3);
    QTextDocument document;
    HandoutDocument(content, {}).build(document);
    const auto diaries = tablesWithColumns(document, 7);
    REQUIRE(diaries.size() == 3);
    const QStringList columns = { QStringLiteral("Day"), QStringLiteral("Done?"), QStringLiteral("Pain before"),
        QStringLiteral("Pain during"), QStringLiteral("Pain after"), QStringLiteral("Next morning"),
        QStringLiteral("Notes") };
    for (int w = 0; w < diaries.size(); ++w) {
        QTextTable* diary = diaries[w];
        CAPTURE(w);
        CHECK(diary->rows() == 8);
        for (int c = 0; c < columns.size(); ++c)
            CHECK(cellText(diary, 0, c) == columns[c]);
        const QDate start = content.weeks[w].startDate;
        CHECK(cellText(diary, 1, 0).contains(QLocale().toString(start, QStringLiteral("d MMM"))));
        // Thursday and Sunday are rest days in the sample.
        CHECK(cellText(diary, 4, 1) == QStringLiteral("Rest day"));
        CHECK(cellText(diary, 7, 1) == QStringLiteral("Rest day"));
        CHECK(cellText(diary, 1, 1).contains(QStringLiteral("Part")));
    }
    // The first diary follows on (kept whole); each further one starts a new page.
    int breaks = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        if (block.text().startsWith(QStringLiteral("Your diary for week")))
            breaks += block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore ? 1 : 0;
    CHECK(breaks == 2);

    auto other = content;
    other.diaryWeeks = { content.weeks.first() };
    QTextDocument single;
    HandoutDocument(other, {}).build(single);
    CHECK(tablesWithColumns(single, 7).size() == 1);
}

TEST_CASE("The week calendar ticks each exercise's days and marks rest days", "[report][handout]")
{
    const auto content = test::sampleContent(false);
    QTextDocument document;
    HandoutDocument(content, {}).build(document);
    const auto calendars = tablesWithColumns(document, 8);
    REQUIRE(calendars.size() == 1);
    QTextTable* calendar = calendars.first();
    CHECK(calendar->rows() == 1 + 5 + 1); // header, five exercises, the easy-day note
    CHECK(cellText(calendar, 0, 4).contains(QStringLiteral("Rest")));
    CHECK(cellText(calendar, 0, 6).contains(QStringLiteral("Easy")));
    CHECK(cellText(calendar, 0, 1).contains(QStringLiteral("Mon")));
    CHECK(cellText(calendar, 1, 0).startsWith(QStringLiteral("1. Walking")));
    CHECK(cellText(calendar, 1, 0).endsWith(QStringLiteral("12 minutes")));
    const QString tick = QStringLiteral("\u2713");
    // Walking: Monday, Tuesday and Friday.
    const QList<bool> walking = { true, true, false, false, true, false, false };
    for (int d = 0; d < 7; ++d) {
        CAPTURE(d);
        CHECK(cellText(calendar, 1, d + 1).contains(tick) == walking[d]);
    }
    CHECK(cellText(calendar, 6, 0).contains(QStringLiteral("Easy means an easy day")));
}

TEST_CASE("Build-up lines group weeks with the same dose", "[report][handout]")
{
    const report::HandoutStyle style { HandoutOptions {} };
    report::HandoutExercise exercise;
    exercise.doseKind = core::DoseKind::Duration;
    exercise.dose = test::minutes(10);
    SECTION("a dose that never changes")
    {
        exercise.buildUp = { { 3, test::minutes(10) }, { 4, test::minutes(10) } };
        CHECK(report::ExerciseBlock(exercise, 1, 3, style).buildUpLines().isEmpty());
    }
    SECTION("weeks grouped, at most four lines")
    {
        exercise.buildUp = { { 3, test::minutes(10) }, { 4, test::minutes(12) }, { 5, test::minutes(12) },
            { 6, test::minutes(14) }, { 7, test::minutes(16) }, { 8, test::minutes(18) }, { 9, test::minutes(20) } };
        CHECK(report::ExerciseBlock(exercise, 1, 3, style).buildUpLines()
            == QStringList({ QStringLiteral("Weeks 4 to 5: 12 minutes"), QStringLiteral("Week 6: 14 minutes"),
                QStringLiteral("Week 7: 16 minutes"), QStringLiteral("Week 8: 18 minutes") }));
    }
    SECTION("the dose of a week comes from the build-up")
    {
        exercise.buildUp = { { 3, test::minutes(10) }, { 5, test::minutes(14) } };
        CHECK(exercise.doseInWeek(2).durationSeconds == 600);
        CHECK(exercise.doseInWeek(4).durationSeconds == 600);
        CHECK(exercise.doseInWeek(6).durationSeconds == 14 * 60);
    }
}

TEST_CASE("An exercise without instructions keeps a clean block", "[report][handout]")
{
    const report::HandoutStyle style { HandoutOptions {} };
    report::HandoutExercise exercise;
    exercise.name = QStringLiteral("Gentle walk");
    exercise.doseKind = core::DoseKind::Duration;
    exercise.dose = test::minutes(5);
    const QString html = report::ExerciseBlock(exercise, 2, 1, style).html({});
    CHECK(html.contains(QStringLiteral("2. Gentle walk")));
    CHECK(html.contains(QStringLiteral("Keep going for 5 minutes.")));
    CHECK_FALSE(html.contains(QStringLiteral("How to do it")));
    CHECK_FALSE(html.contains(QStringLiteral("Take care")));
    // Nothing builds up, so the card says nothing about it.
    CHECK_FALSE(html.contains(QStringLiteral("How it builds up")));
}

TEST_CASE("A handout with no weeks or exercises leaves those sections out", "[report][handout]")
{
    const QString text = HandoutDocument({}, {}).plainText();
    CHECK(text.contains(QStringLiteral("Your exercise plan")));
    CHECK(text.contains(QStringLiteral("What pain is OK")));
    CHECK_FALSE(text.contains(QStringLiteral("Your week")));
    CHECK_FALSE(text.contains(QStringLiteral("Each exercise shows what to do")));
    CHECK_FALSE(text.contains(QStringLiteral("Your diary")));
}

TEST_CASE("Cards run their labels into the text and one card a page starts each on a new page", "[report][handout]")
{
    const auto content = test::sampleContent(true);
    HandoutOptions options;
    const QString dense = HandoutDocument(content, options).html();
    CHECK(dense.contains(QStringLiteral("<b>Tips:</b>")));
    CHECK(dense.contains(QStringLiteral("<b>How it builds up:</b>")));
    CHECK_FALSE(dense.contains(QStringLiteral("page-break-before:always;'><tr><td colspan='2'")));
    options.cardsPerPage = 1;
    const QString alone = HandoutDocument(content, options).html();
    CHECK(
        alone.count(QStringLiteral("page-break-before:always;'><tr><td colspan='2'")) == content.exercises.size() - 1);
    // Fewer cards a page give larger drawings.
    HandoutOptions two;
    two.cardsPerPage = 2;
    CHECK(report::HandoutStyle(two).pictureBox().width() > report::HandoutStyle(HandoutOptions()).pictureBox().width());
    CHECK(report::HandoutStyle(options).pictureBox().width() > report::HandoutStyle(two).pictureBox().width());
}

TEST_CASE("Several weeks print one card each and a table of what changes week by week", "[report][handout]")
{
    const auto content = test::sampleContent(false, 5, 3);
    const QString html = HandoutDocument(content, {}).html();
    CHECK(html.count(QStringLiteral("How it builds up")) == content.exercises.size());
    CHECK(html.contains(QStringLiteral("How your plan changes week by week")));
    const QString single = HandoutDocument(test::sampleContent(false, 5, 1), {}).html();
    CHECK_FALSE(single.contains(QStringLiteral("How your plan changes week by week")));
}
