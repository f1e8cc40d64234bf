// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoutFixtures.h"

#include "report/handout/HandoutDocument.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace paceplan;

// Not run by default: writes the sample handouts shown in docs/handout.md. Run it with
//   PACEPLAN_HANDOUT_SAMPLES=<folder> paceplan_report_tests "[samples]"
// then render pages with `pdftoppm -r 60 -png`.
TEST_CASE("Sample handouts are written for the documentation", "[.][samples]")
{
    const QString folder = qEnvironmentVariable("PACEPLAN_HANDOUT_SAMPLES");
    REQUIRE_FALSE(folder.isEmpty());
    REQUIRE(QDir().mkpath(folder));

    report::HandoutOptions normal;
    REQUIRE(
        report::HandoutDocument(test::sampleContent(true), normal).writePdf(folder + QStringLiteral("/handout.pdf")));

    report::HandoutOptions large;
    large.largePrint = true;
    large.paper = report::HandoutPaper::Letter;
    REQUIRE(report::HandoutDocument(test::sampleContent(true), large)
                .writePdf(folder + QStringLiteral("/handout-large.pdf")));

    auto draft = test::sampleContent(false, 12, 2);
    draft.draft = true;
    REQUIRE(report::HandoutDocument(draft, normal).writePdf(folder + QStringLiteral("/handout-draft.pdf")));
}
