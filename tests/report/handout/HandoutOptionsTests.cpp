// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoutFixtures.h"

#include "report/handout/HandoutOptions.h"

#include <catch2/catch.hpp>

using namespace paceplan;
using report::HandoutOptions;
using report::HandoutWeeks;

TEST_CASE("The chosen weeks stay inside the plan", "[report][handout][options]")
{
    struct Row {
        HandoutWeeks weeks;
        int count;
        int current;
        int planWeeks;
        QList<int> expected;
    };
    const Row rows[] = {
        { HandoutWeeks::CurrentWeek, 2, 3, 8, { 3 } },
        { HandoutWeeks::NextWeeks, 2, 3, 8, { 3, 4 } },
        { HandoutWeeks::NextWeeks, 4, 7, 8, { 7, 8 } },
        { HandoutWeeks::NextWeeks, 0, 5, 8, { 5 } },
        { HandoutWeeks::WholePlan, 2, 3, 4, { 1, 2, 3, 4 } },
        { HandoutWeeks::CurrentWeek, 1, 0, 6, { 1 } },
        { HandoutWeeks::CurrentWeek, 1, 9, 6, { 6 } },
        { HandoutWeeks::WholePlan, 1, 1, 0, {} },
    };
    for (const auto& row : rows) {
        HandoutOptions options;
        options.weeks = row.weeks;
        options.weekCount = row.count;
        CAPTURE(static_cast<int>(row.weeks), row.count, row.current, row.planWeeks);
        CHECK(options.weekNumbers(row.current, row.planWeeks) == row.expected);
    }
}

TEST_CASE("Large print raises the body text to 16 points", "[report][handout][options]")
{
    HandoutOptions options;
    CHECK(options.bodyPointSize() == 12.0);
    options.largePrint = true;
    CHECK(options.bodyPointSize() >= 16.0);
}

TEST_CASE("The page layout follows the chosen paper with margins of at least 18 mm", "[report][handout][options]")
{
    HandoutOptions options;
    const QPageLayout a4 = options.pageLayout();
    CHECK(a4.pageSize().id() == QPageSize::A4);
    CHECK(a4.orientation() == QPageLayout::Portrait);
    CHECK(a4.margins(QPageLayout::Millimeter).left() >= 18.0);
    CHECK(a4.margins(QPageLayout::Millimeter).right() >= 18.0);
    options.paper = report::HandoutPaper::Letter;
    CHECK(options.pageLayout().pageSize().id() == QPageSize::Letter);
    CHECK(report::pageSizeId(report::HandoutPaper::A4) == QPageSize::A4);
}

TEST_CASE("Cards per page stay between 1 and 3, and at most 2 in large print", "[report][handout][options]")
{
    HandoutOptions options;
    CHECK(options.effectiveCardsPerPage() == 3);
    options.cardsPerPage = 7;
    CHECK(options.effectiveCardsPerPage() == 3);
    options.cardsPerPage = 0;
    CHECK(options.effectiveCardsPerPage() == 1);
    options.cardsPerPage = 3;
    options.largePrint = true;
    CHECK(options.effectiveCardsPerPage() == 2);
    options.cardsPerPage = 1;
    CHECK(options.effectiveCardsPerPage() == 1);
}
