// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonitoringTestSupport.h"

#include "core/monitoring/CaseloadFlags.h"
#include "core/monitoring/PainAdvisor.h"

#include <catch2/catch.hpp>

#include <string>

using namespace paceplan::core;
using namespace paceplan::core::monitoring_test;

namespace {

Date nov(unsigned day)
{
    return Date(2026, 11, day);
}

AdherenceCounts adherence(int scheduled, int done, int partly)
{
    AdherenceCounts counts;
    counts.first = nov(8);
    counts.last = nov(21);
    counts.scheduled = scheduled;
    counts.done = done;
    counts.partly = partly;
    counts.notLogged = scheduled - done - partly;
    if (scheduled > 0)
        counts.percent = 100.0 * (done + 0.5 * partly) / scheduled;
    return counts;
}

} // namespace

TEST_CASE("No meaningful improvement is flagged from week 6", "[core][monitoring][caseload]")
{
    struct Case {
        int weeks;
        ChangeClass change;
        bool fires;
    };
    const std::vector<Case> cases {
        { 5, ChangeClass::NoChange, false },
        { 6, ChangeClass::NoChange, true },
        { 6, ChangeClass::ImprovementBelowMcid, true },
        { 9, ChangeClass::Worse, true },
        { 6, ChangeClass::MeaningfulImprovement, false },
        { 12, ChangeClass::Unknown, false },
    };
    for (const auto& testCase : cases) {
        INFO(testCase.weeks << " weeks, " << changeClassCode(testCase.change));
        const auto flag = noMeaningfulImprovementFlag(testCase.weeks, testCase.change);
        CHECK(flag.has_value() == testCase.fires);
        if (flag)
            CHECK(flag->code == CaseloadFlagCode::NoMeaningfulImprovement);
    }
    CHECK(noMeaningfulImprovementFlag(9, ChangeClass::Worse)->message
        == "No meaningful improvement after 9 weeks: the main outcome is worse than at the start.");
    CaseloadFlagSettings later;
    later.reviewWeek = 8;
    CHECK_FALSE(noMeaningfulImprovementFlag(7, ChangeClass::NoChange, later));
    CHECK(noMeaningfulImprovementFlag(8, ChangeClass::NoChange, later));
}

TEST_CASE("Completed plan weeks count whole weeks", "[core][monitoring][caseload]")
{
    CHECK(completedPlanWeeks(nov(1), nov(7)) == 0);
    CHECK(completedPlanWeeks(nov(1), nov(8)) == 1);
    CHECK(completedPlanWeeks(Date(2026, 10, 11), nov(22)) == 6);
    CHECK(completedPlanWeeks(nov(8), nov(1)) == 0);
    CHECK(completedPlanWeeks(Date(), nov(1)) == 0);
}

TEST_CASE("Low adherence is flagged below 50 percent", "[core][monitoring][caseload]")
{
    CHECK_FALSE(lowAdherenceFlag(adherence(6, 3, 0))); // exactly 50 %
    CHECK_FALSE(lowAdherenceFlag(adherence(0, 0, 0))); // nothing scheduled
    const auto flag = lowAdherenceFlag(adherence(6, 2, 1)); // 41.7 %
    REQUIRE(flag);
    CHECK(flag->code == CaseloadFlagCode::LowAdherence);
    CHECK(flag->message
        == "Low adherence: 42% over the last 14 days (2 done, 1 partly done of 6 scheduled sessions), below 50%.");
    CaseloadFlagSettings stricter;
    stricter.minAdherencePercent = 80;
    CHECK(lowAdherenceFlag(adherence(6, 4, 0), stricter));
}

TEST_CASE("Reassessment is overdue after the interval", "[core][monitoring][caseload]")
{
    const Date today = nov(21);
    CHECK_FALSE(reassessmentOverdueFlag(today.addDays(-28), nov(1), today)); // exactly 28 days: due today
    const auto overdue = reassessmentOverdueFlag(today.addDays(-29), Date(2026, 9, 1), today);
    REQUIRE(overdue);
    CHECK(overdue->code == CaseloadFlagCode::ReassessmentOverdue);
    CHECK(overdue->message == "Reassessment overdue: the last outcome measure was on 23 Oct 2026 (29 days ago).");

    // No outcome yet: counted from the plan start.
    CHECK_FALSE(reassessmentOverdueFlag(std::nullopt, nov(1), today));
    CHECK(reassessmentOverdueFlag(std::nullopt, Date(2026, 10, 1), today)->message
        == "Reassessment overdue: no outcome measure since the plan started on 1 Oct 2026 (51 days ago).");

    CaseloadFlagSettings sixWeeks;
    sixWeeks.reassessmentIntervalDays = 42;
    CHECK_FALSE(reassessmentOverdueFlag(today.addDays(-42), nov(1), today, sixWeeks));
    CHECK(reassessmentOverdueFlag(today.addDays(-43), nov(1), today, sixWeeks));
}

TEST_CASE("A flare in the advice is flagged with its days", "[core][monitoring][caseload]")
{
    PainMonitoringThresholds thresholds;
    thresholds.usualPain = 2;
    const auto flare = advisePainMonitoring({ LogBuilder(nov(18), SessionStatus::Skipped).before(6),
                                                LogBuilder(nov(19), SessionStatus::Skipped).before(5) },
        nov(21), thresholds);
    REQUIRE(flare.ok());
    const auto flag = flareInProgressFlag(*flare);
    REQUIRE(flag);
    CHECK(flag->code == CaseloadFlagCode::FlareInProgress);
    CHECK(flag->message == "Flare-up in progress: pain well above usual on 2 days (18 and 19 Nov).");

    const auto red = advisePainMonitoring({ LogBuilder(nov(18)).during(8) }, nov(21), thresholds);
    REQUIRE(red.ok());
    CHECK_FALSE(flareInProgressFlag(*red));
}

TEST_CASE("Caseload flags combine and stay silent when all is well", "[core][monitoring][caseload]")
{
    CaseloadInputs quiet;
    quiet.today = nov(21);
    quiet.planStart = Date(2026, 10, 1);
    quiet.change = ChangeClass::MeaningfulImprovement;
    quiet.adherence = adherence(6, 5, 0);
    quiet.lastOutcome = nov(10);
    CHECK(caseloadFlags(quiet).empty());

    auto worrying = quiet;
    worrying.change = ChangeClass::NoChange;
    worrying.adherence = adherence(6, 1, 0);
    worrying.lastOutcome = Date(2026, 10, 1);
    PainAdvice flare;
    flare.level = TrafficLight::Flare;
    worrying.advice = flare;
    const auto flags = caseloadFlags(worrying);
    REQUIRE(flags.size() == 4);
    CHECK(flags[0].code == CaseloadFlagCode::NoMeaningfulImprovement);
    CHECK(flags[1].code == CaseloadFlagCode::FlareInProgress);
    CHECK(flags[1].message == "Flare-up in progress.");
    CHECK(flags[2].code == CaseloadFlagCode::LowAdherence);
    CHECK(flags[3].code == CaseloadFlagCode::ReassessmentOverdue);
}

TEST_CASE("Monitoring enums have stable codes", "[core][monitoring][codes]")
{
    CHECK(std::string(changeClassCode(ChangeClass::ImprovementBelowMcid)) == "improvement_below_mcid");
    CHECK(std::string(caseloadFlagCode(CaseloadFlagCode::ReassessmentOverdue)) == "reassessment_overdue");
    CHECK(std::string(adviceActionCode(AdviceAction::StepBack)) == "step_back");
    CHECK(std::string(adviceActionCode(AdviceAction::FlarePlan)) == "flare_plan");
    CHECK(std::string(trafficLightCode(TrafficLight::NotEnoughData)) == "not_enough_data");
    CHECK(std::string(stepBackModeCode(StepBackMode::ReducePercent)) == "reduce_percent");
    for (const auto value : allChangeClasses())
        CHECK(changeClassFromCode(changeClassCode(value)) == value);
    for (const auto value : allCaseloadFlagCodes())
        CHECK(caseloadFlagCodeFromCode(caseloadFlagCode(value)) == value);
    for (const auto value : { TrafficLight::NotEnoughData, TrafficLight::Green, TrafficLight::Amber, TrafficLight::Red,
             TrafficLight::Flare }) {
        CHECK(trafficLightFromCode(trafficLightCode(value)) == value);
        CHECK(adviceActionFromCode(adviceActionCode(actionForLevel(value))) == actionForLevel(value));
    }
    CHECK(actionForLevel(TrafficLight::Green) == AdviceAction::Progress);
    CHECK(actionForLevel(TrafficLight::Amber) == AdviceAction::Hold);
    CHECK(actionForLevel(TrafficLight::NotEnoughData) == AdviceAction::None);
    for (const auto rule :
        { AdviceRule::WithinLimits, AdviceRule::ExercisePainAcceptable, AdviceRule::NextMorningRaised,
            AdviceRule::MorningPainRising, AdviceRule::ExercisePainTooHigh, AdviceRule::NextMorningTooHigh,
            AdviceRule::FlarePain, AdviceRule::TooFewRatedSessions, AdviceRule::UsualPainUnknown })
        CHECK(adviceRuleFromCode(adviceRuleCode(rule)) == rule);
    CHECK(stepBackModeFromCode("previous_weeks") == StepBackMode::PreviousWeeks);
    CHECK_FALSE(changeClassFromCode("better"));
}
