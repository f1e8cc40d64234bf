// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/AdviceText.h"
#include "core/monitoring/PainMonitoringThresholds.h"

#include <catch2/catch.hpp>

using namespace paceplan::core;

TEST_CASE("Day lists name each month once", "[core][monitoring][text]")
{
    struct Case {
        std::vector<Date> dates;
        const char* text;
    };
    const std::vector<Case> cases {
        { {}, "" },
        { { Date(2026, 11, 18) }, "18 Nov" },
        { { Date(2026, 11, 19), Date(2026, 11, 18) }, "18 and 19 Nov" },
        { { Date(2026, 11, 18), Date(2026, 11, 19), Date(2026, 11, 20) }, "18, 19 and 20 Nov" },
        { { Date(2026, 11, 30), Date(2026, 12, 1) }, "30 Nov and 1 Dec" },
        { { Date(2026, 11, 29), Date(2026, 12, 1), Date(2026, 12, 2) }, "29 Nov, 1 and 2 Dec" },
        { { Date(2026, 12, 31), Date(2027, 1, 1) }, "31 Dec and 1 Jan" },
        { { Date(2026, 11, 18), Date(2026, 11, 18), Date() }, "18 Nov" },
    };
    for (const auto& testCase : cases)
        CHECK(formatDayList(testCase.dates) == testCase.text);
    CHECK(formatDayMonthYear(Date(2026, 1, 5)) == "5 Jan 2026");
    CHECK(formatDayMonth(Date()).empty());
}

TEST_CASE("Threshold validation names the field", "[core][monitoring][thresholds]")
{
    namespace f = pain_threshold_field;
    CHECK(validatePainMonitoringThresholds({}).empty());
    struct Case {
        void (*change)(PainMonitoringThresholds&);
        const char* field;
        ErrorCode code;
    };
    const std::vector<Case> cases {
        { [](PainMonitoringThresholds& t) { t.greenDuringMax = 11; }, f::kGreenDuringMax, ErrorCode::OutOfRange },
        { [](PainMonitoringThresholds& t) { t.amberDuringMax = 2; }, f::kAmberDuringMax, ErrorCode::Inconsistent },
        { [](PainMonitoringThresholds& t) { t.nextMorningTolerance = -1; }, f::kNextMorningTolerance,
            ErrorCode::OutOfRange },
        { [](PainMonitoringThresholds& t) { t.usualPain = 11; }, f::kUsualPain, ErrorCode::OutOfRange },
        { [](PainMonitoringThresholds& t) { t.usualPainLookbackDays = 6; }, f::kUsualPainLookbackDays,
            ErrorCode::OutOfRange },
        { [](PainMonitoringThresholds& t) { t.flareMargin = 0; }, f::kFlareMargin, ErrorCode::OutOfRange },
        { [](PainMonitoringThresholds& t) { t.flareMinDays = 8; }, f::kFlareMinDays, ErrorCode::OutOfRange },
        { [](PainMonitoringThresholds& t) { t.flareQuotaPercent = 5; }, f::kFlareQuotaPercent, ErrorCode::OutOfRange },
        { [](PainMonitoringThresholds& t) { t.minRatedSessions = 0; }, f::kMinRatedSessions, ErrorCode::OutOfRange },
        { [](PainMonitoringThresholds& t) { t.risingWeeks = -1; }, f::kRisingWeeks, ErrorCode::OutOfRange },
        { [](PainMonitoringThresholds& t) { t.stepBack.weeks = 0; }, f::kStepBackWeeks, ErrorCode::OutOfRange },
        { [](PainMonitoringThresholds& t) {
             t.stepBack.mode = StepBackMode::ReducePercent;
             t.stepBack.percent = 95;
         },
            f::kStepBackPercent, ErrorCode::OutOfRange },
    };
    for (const auto& testCase : cases) {
        INFO(testCase.field);
        PainMonitoringThresholds thresholds;
        testCase.change(thresholds);
        const auto errors = validatePainMonitoringThresholds(thresholds);
        REQUIRE(errors.size() == 1);
        CHECK(errors.front().field == testCase.field);
        CHECK(errors.front().code == testCase.code);
    }
    // Equal green and amber limits leave no amber band, which is allowed.
    PainMonitoringThresholds noAmber;
    noAmber.amberDuringMax = noAmber.greenDuringMax;
    CHECK(validatePainMonitoringThresholds(noAmber).empty());
}
