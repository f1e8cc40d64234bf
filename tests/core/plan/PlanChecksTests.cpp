// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanFixtures.h"

#include "core/plan/PlanChecks.h"
#include "core/plan/ProgressionEngine.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace paceplan::core;
using paceplan::test::makeCatalog;
using paceplan::test::makeItem;
using paceplan::test::makePlan;
using paceplan::test::minutes;
using paceplan::test::reps;

namespace {

std::vector<PlanFinding> runChecks(const Plan& plan, const PatientContext& context = {}, const CheckLimits& limits = {})
{
    const auto catalog = makeCatalog();
    return checkPlan(plan, buildSchedule(plan, catalog, context), catalog, context, limits);
}

std::vector<PlanFinding> withCode(const std::vector<PlanFinding>& findings, const std::string& code)
{
    std::vector<PlanFinding> out;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(out),
        [&](const PlanFinding& f) { return f.code == code; });
    return out;
}

bool fires(
    const Plan& plan, const std::string& code, const PatientContext& context = {}, const CheckLimits& limits = {})
{
    return !withCode(runChecks(plan, context, limits), code).empty();
}

IntensityTarget effort(int low, int high)
{
    IntensityTarget target;
    target.kind = IntensityKind::Effort;
    target.effortLow = low;
    target.effortHigh = high;
    return target;
}

IntensityTarget heartRate()
{
    IntensityTarget target;
    target.kind = IntensityKind::HeartRate;
    target.reservePercentLow = 40;
    target.reservePercentHigh = 59;
    return target;
}

PlanItem& walk(Plan& plan)
{
    return plan.days[0].items[0];
}

} // namespace

TEST_CASE("Check: a week with no rest day", "[core][plan][checks]")
{
    auto plan = makePlan();
    CHECK_FALSE(fires(plan, check_code::kNoRestDay));
    plan.days[5] = { DayType::ActiveRecovery, { makeItem("stretch-sat", "hip-circles", reps(1, 10)) } };
    CHECK_FALSE(fires(plan, check_code::kNoRestDay)); // Sunday is still a rest day
    plan.days[6] = { DayType::Aerobic, { makeItem("walk-sun", "walking", minutes(10)) } };
    const auto found = withCode(runChecks(plan), check_code::kNoRestDay);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Warning);
    CHECK(found[0].week == 0);
    CHECK(found[0].weekday == -1);
}

TEST_CASE("Check: strength work for the same region on consecutive days", "[core][plan][checks]")
{
    auto plan = makePlan();
    CHECK_FALSE(fires(plan, check_code::kStrengthSameRegion)); // Tuesday and Thursday

    SECTION("Tuesday then Wednesday")
    {
        plan.days[2] = { DayType::Strength, { makeItem("bridge-wed", "bridge", reps(1, 10)) } };
        const auto found = withCode(runChecks(plan), check_code::kStrengthSameRegion);
        REQUIRE(found.size() == 2); // each pair of days reported once, not every week
        CHECK(found[0].week == 1);
        CHECK(found[0].weekday == 2);
        CHECK(found[0].itemKey == "bridge-wed");
        CHECK(found[0].message.rfind("Strength work for the glutes on Tuesday and again on Wednesday (from week 1).", 0)
            == 0);
        CHECK(found[1].weekday == 3);
        CHECK(found[1].message.find("glutes and lower back on Wednesday and again on Thursday") != std::string::npos);
        CheckLimits relaxed;
        relaxed.minRecoveryDays = 1;
        CHECK_FALSE(fires(plan, check_code::kStrengthSameRegion, {}, relaxed));
    }
    SECTION("Sunday then the next Monday")
    {
        plan.days[6] = { DayType::Strength, { makeItem("sts-sun", "sit-to-stand", reps(1, 10)) } };
        plan.days[0].items.push_back(makeItem("bridge-mon", "bridge", reps(1, 10)));
        const auto found = withCode(runChecks(plan), check_code::kStrengthSameRegion);
        REQUIRE(found.size() == 2); // Sunday -> Monday and Monday -> Tuesday
        CHECK(found[0].week == 1);
        CHECK(found[0].weekday == 1);
        CHECK(found[1].week == 2);
        CHECK(found[1].weekday == 0);
    }
    SECTION("different regions and non-strength work stay silent")
    {
        plan.days[2].items.push_back(makeItem("calf-wed", "calf-raise", reps(1, 10)));
        plan.days[2].items.push_back(makeItem("cycle-wed", "cycling", minutes(10)));
        CHECK_FALSE(fires(plan, check_code::kStrengthSameRegion));
    }
}

TEST_CASE("Check: week-over-week volume rise above the limit", "[core][plan][checks]")
{
    auto plan = makePlan();
    CHECK_FALSE(fires(plan, check_code::kVolumeIncrease));

    SECTION("+20% a week fires once for the item")
    {
        walk(plan).progression.rule = LinearRule { DoseField::DurationSeconds, StepKind::Percent, 20, 1, 1800.0 };
        const auto found = withCode(runChecks(plan), check_code::kVolumeIncrease);
        REQUIRE(found.size() == 1);
        CHECK(found[0].itemKey == "walk-mon");
        CHECK(found[0].week == 2);
        CHECK(found[0].message.find("+20%") != std::string::npos);
        CheckLimits generous;
        generous.maxWeeklyIncreasePercent = 25.0;
        CHECK_FALSE(fires(plan, check_code::kVolumeIncrease, {}, generous));
    }
    SECTION("+1 minute a week from 10 minutes stays within 10%")
    {
        walk(plan).progression.rule = LinearRule { DoseField::DurationSeconds, StepKind::Absolute, 60, 1, 1800.0 };
        CHECK_FALSE(fires(plan, check_code::kVolumeIncrease));
    }
    SECTION("a +10% quota is never flagged for its rounding")
    {
        walk(plan).progression.rule
            = GradedQuotaRule { DoseField::DurationSeconds, 600, 120, StepKind::Percent, 10, 1, 3000 };
        // 12, 13, 15, 16, 18, ... minutes: 13 -> 15 is +15% only because of whole minutes.
        CHECK_FALSE(fires(plan, check_code::kVolumeIncrease));
    }
    SECTION("the smallest possible step is never flagged")
    {
        walk(plan).dose = minutes(5);
        walk(plan).progression.rule = LinearRule { DoseField::DurationSeconds, StepKind::Absolute, 60, 1, 900.0 };
        CHECK_FALSE(fires(plan, check_code::kVolumeIncrease));
    }
    SECTION("the week after an easier week is compared with the week before it")
    {
        walk(plan).progression.rule = LinearRule { DoseField::DurationSeconds, StepKind::Absolute, 60, 1, 1800.0 };
        walk(plan).progression.deload = { 4, 20 };
        CHECK_FALSE(fires(plan, check_code::kVolumeIncrease));
    }
    SECTION("a new ladder rung is not compared with the old exercise")
    {
        plan.days[1].items[0] = makeItem("sts-tue", "sit-to-stand-slow", reps(1, 4));
        plan.days[1].items[0].progression.rule = LadderRule { 2, 0 }; // 4 reps -> 8 reps with 2 kg
        CHECK_FALSE(fires(plan, check_code::kVolumeIncrease));
    }
    SECTION("adding a set doubles the volume")
    {
        plan.days[1].items[0].progression.rule = LinearRule { DoseField::Sets, StepKind::Absolute, 1, 6, 2.0 };
        const auto found = withCode(runChecks(plan), check_code::kVolumeIncrease);
        REQUIRE(found.size() == 1);
        CHECK(found[0].week == 7);
    }
}

TEST_CASE("Check: a starting dose above the tolerated baseline", "[core][plan][checks]")
{
    auto plan = makePlan();
    CHECK_FALSE(fires(plan, check_code::kStartAboveBaseline));

    SECTION("a quota that starts above its baseline")
    {
        walk(plan).progression.rule
            = GradedQuotaRule { DoseField::DurationSeconds, 600, 120, StepKind::Percent, 10, 1, 1200 };
        const auto found = withCode(runChecks(plan), check_code::kStartAboveBaseline);
        REQUIRE(found.size() == 1);
        CHECK(found[0].itemKey == "walk-mon");
        CHECK(found[0].message.find("starts at 12 minutes, above the tolerated baseline of 10 minutes")
            != std::string::npos);
        walk(plan).progression.rule
            = GradedQuotaRule { DoseField::DurationSeconds, 600, 80, StepKind::Percent, 10, 1, 1200 };
        CHECK_FALSE(fires(plan, check_code::kStartAboveBaseline));
    }
    SECTION("aerobic work longer than the patient's measured tolerance")
    {
        PatientContext context;
        context.aerobicBaselineMinutes = 8;
        CHECK(withCode(runChecks(plan, context), check_code::kStartAboveBaseline).size() == 3);
        context.aerobicBaselineMinutes = 10;
        CHECK_FALSE(fires(plan, check_code::kStartAboveBaseline, context));
    }
}

TEST_CASE("Check: moderate aerobic minutes below the WHO 150 at plan end", "[core][plan][checks]")
{
    auto plan = makePlan();
    const auto found = withCode(runChecks(plan), check_code::kBelowWhoAerobic);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Info);
    CHECK(found[0].week == 12);
    CHECK(found[0].message.find("not counted (30 minutes)") != std::string::npos);

    // Five 30-minute walks at a moderate effort by the end of the plan.
    for (int day : { 0, 2, 4, 5, 6 }) {
        auto item = makeItem("walk-" + std::to_string(day), "walking", minutes(20));
        item.intensity = effort(3, 4);
        item.progression.rule = LinearRule { DoseField::DurationSeconds, StepKind::Absolute, 60, 1, 1800.0 };
        plan.days[static_cast<std::size_t>(day)] = { DayType::Aerobic, { item } };
    }
    CHECK_FALSE(fires(plan, check_code::kBelowWhoAerobic));
    plan.lengthWeeks = 4; // only 23 minutes a walk by week 4
    CHECK(fires(plan, check_code::kBelowWhoAerobic));

    // An easier last week does not count as the level reached: week 11 has 150 minutes.
    plan.lengthWeeks = 12;
    for (int day : { 0, 2, 4, 5, 6 })
        plan.days[static_cast<std::size_t>(day)].items[0].progression.deload = { 12, 50 };
    CHECK_FALSE(fires(plan, check_code::kBelowWhoAerobic));
    plan.days[0].items[0].progression.deload = {};
    plan.days[0].items[0].dose = minutes(10); // week 11: 20 + 4 x 30 = 140 minutes
    const auto below = withCode(runChecks(plan), check_code::kBelowWhoAerobic);
    REQUIRE(below.size() == 1);
    CHECK(below[0].week == 11);
}

TEST_CASE("Check: fewer than two strength days a week", "[core][plan][checks]")
{
    auto plan = makePlan();
    CHECK_FALSE(fires(plan, check_code::kFewStrengthDays));
    plan.days[3] = { DayType::Rest, {} };
    const auto found = withCode(runChecks(plan), check_code::kFewStrengthDays);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Info);
    CHECK(found[0].week == 1);
    CHECK(found[0].message.find("1 day of strength work") != std::string::npos);
}

TEST_CASE("Check: heart-rate targets with beta-blockers or without patient facts", "[core][plan][checks]")
{
    auto plan = makePlan();
    PatientContext context;
    context.ageYears = 60;
    context.restingHeartRate = 70;
    walk(plan).intensity = heartRate();
    CHECK_FALSE(fires(plan, check_code::kHeartRateWithBetaBlockers, context));
    CHECK_FALSE(fires(plan, check_code::kHeartRateUnavailable, context));

    CHECK(fires(plan, check_code::kHeartRateUnavailable));
    context.restingHeartRate = 130; // outside what the formula accepts
    CHECK(fires(plan, check_code::kHeartRateUnavailable, context));

    context.betaBlockers = true;
    const auto found = withCode(runChecks(plan, context), check_code::kHeartRateWithBetaBlockers);
    REQUIRE(found.size() == 1);
    CHECK(found[0].itemKey == "walk-mon");
    CHECK(found[0].message.find("effort scale") != std::string::npos);
    CHECK_FALSE(fires(plan, check_code::kHeartRateUnavailable, context)); // one finding is enough

    walk(plan).intensity = effort(3, 4);
    CHECK_FALSE(fires(plan, check_code::kHeartRateWithBetaBlockers, context));
}

TEST_CASE("Check: a rest day that holds exercises", "[core][plan][checks]")
{
    auto plan = makePlan();
    CHECK_FALSE(fires(plan, check_code::kRestDayWithExercises));
    plan.days[6].type = DayType::Rest;
    plan.days[6].items
        = { makeItem("walk-sun", "walking", minutes(10)), makeItem("hips-sun", "hip-circles", reps(1, 10)) };
    const auto found = withCode(runChecks(plan), check_code::kRestDayWithExercises);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Problem);
    CHECK(found[0].weekday == 6);
    CHECK(found[0].itemKey == "walk-sun");
    CHECK(found[0].message.rfind("Sunday is a rest day but holds 2 exercises.", 0) == 0);

    plan.days[6].type = DayType::Aerobic;
    CHECK_FALSE(fires(plan, check_code::kRestDayWithExercises));
}

TEST_CASE("Check: more exercises on one day than the limit", "[core][plan][checks]")
{
    auto plan = makePlan();
    for (int i = 0; i < 4; ++i)
        plan.days[1].items.push_back(makeItem("extra-" + std::to_string(i), "hip-circles", reps(1, 10)));
    CHECK_FALSE(fires(plan, check_code::kTooManyExercises)); // 6 items
    plan.days[1].items.push_back(makeItem("extra-4", "hip-circles", reps(1, 10)));
    const auto found = withCode(runChecks(plan), check_code::kTooManyExercises);
    REQUIRE(found.size() == 1);
    CHECK(found[0].weekday == 1);
    CHECK(found[0].message.rfind("Tuesday has 7 exercises", 0) == 0);
    CheckLimits roomy;
    roomy.maxExercisesPerDay = 8;
    CHECK_FALSE(fires(plan, check_code::kTooManyExercises, {}, roomy));
}

TEST_CASE("Check: a session longer than the limit", "[core][plan][checks]")
{
    auto plan = makePlan();
    CHECK_FALSE(fires(plan, check_code::kSessionTooLong));
    walk(plan).dose = minutes(50);
    walk(plan).progression.rule = LinearRule { DoseField::DurationSeconds, StepKind::Absolute, 300, 1, 5400.0 };
    const auto found = withCode(runChecks(plan), check_code::kSessionTooLong);
    REQUIRE(found.size() == 1); // reported once for Monday
    CHECK(found[0].week == 4); // 50, 55, 60, 65 minutes
    CHECK(found[0].weekday == 0);
    CheckLimits longer;
    longer.maxSessionMinutes = 120;
    CHECK_FALSE(fires(plan, check_code::kSessionTooLong, {}, longer));
}

TEST_CASE("Check: items with no dose and unknown exercises are problems", "[core][plan][checks]")
{
    auto plan = makePlan();
    auto findings = runChecks(plan);
    CHECK(withCode(findings, check_code::kNoDose).empty());
    CHECK(withCode(findings, check_code::kUnknownExercise).empty());

    plan.days[3].items[0].dose = Dose {};
    plan.days[4].items[0].exerciseId = "custom-gone";
    findings = runChecks(plan);
    const auto noDose = withCode(findings, check_code::kNoDose);
    REQUIRE(noDose.size() == 1);
    CHECK(noDose[0].severity == Severity::Problem);
    CHECK(noDose[0].itemKey == "bridge-thu");
    const auto unknown = withCode(findings, check_code::kUnknownExercise);
    REQUIRE(unknown.size() == 1);
    CHECK(unknown[0].itemKey == "walk-fri");
    // Problems come first.
    CHECK(findings.front().severity == Severity::Problem);
    CHECK(findings.back().severity == Severity::Info);

    // A quota sets the amount itself.
    plan.days[3].items[0].progression.rule
        = GradedQuotaRule { DoseField::Repetitions, 10, 80, StepKind::Absolute, 1, 1, 12 };
    CHECK_FALSE(fires(plan, check_code::kNoDose));
}

TEST_CASE("Check: a quota that does not reach its goal", "[core][plan][checks]")
{
    auto plan = makePlan();
    walk(plan).progression.rule
        = GradedQuotaRule { DoseField::DurationSeconds, 600, 80, StepKind::Absolute, 60, 1, 1200 };
    CHECK(fires(plan, check_code::kQuotaGoalNotReached)); // 8 min + 1 a week: 19 min in week 12
    plan.lengthWeeks = 13;
    CHECK_FALSE(fires(plan, check_code::kQuotaGoalNotReached));
    plan.lengthWeeks = 6;
    const auto found = withCode(runChecks(plan), check_code::kQuotaGoalNotReached);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("reaches 13 minutes by the end of the plan, short of the goal of 20 minutes")
        != std::string::npos);
}

TEST_CASE("Severities have stable codes", "[core][plan][checks]")
{
    for (auto severity : { Severity::Info, Severity::Warning, Severity::Problem })
        CHECK(severityFromCode(severityCode(severity)) == severity);
    CHECK(severityCode(Severity::Problem) == std::string("problem"));
    CHECK_FALSE(severityFromCode("error"));
}
