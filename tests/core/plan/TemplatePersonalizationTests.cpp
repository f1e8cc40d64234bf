// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanFixtures.h"

#include "core/plan/PlanChecks.h"
#include "core/plan/PlanValidation.h"
#include "core/plan/ProgressionEngine.h"
#include "core/plan/TemplatePersonalization.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace paceplan::core;
using paceplan::test::makeCatalog;
using paceplan::test::makePlan;

namespace {

// A template made from the fixture plan: walking quotas (10 min tolerated, goal 30 min), sit-to-stand and row
// with double progression, and a heart-rate target on Wednesday's walk.
Plan makeTemplate()
{
    Plan plan = makePlan();
    plan.id = PlanId();
    plan.patientId = PatientId();
    plan.uuid.clear();
    plan.startDate = Date();
    for (int weekday : { 0, 2, 4 }) {
        auto& walk = plan.days[static_cast<std::size_t>(weekday)].items[0];
        walk.progression.rule = GradedQuotaRule { DoseField::DurationSeconds, 600, 80, StepKind::Percent, 10, 1, 1800 };
        walk.dose.durationSeconds = 480;
        walk.intensity = IntensityTarget { IntensityKind::Effort, 3, 4, 0, 0, {}, TalkTestLevel::CanTalk };
    }
    plan.days[2].items[0].intensity
        = IntensityTarget { IntensityKind::HeartRate, 0, 0, 40, 55, {}, TalkTestLevel::CanTalk };
    plan.days[1].items[0].progression.rule = DoubleProgressionRule { 10, 15, 1, 2, StepKind::Absolute, 1.0, {} };
    plan.days[1].items[1].progression.rule = DoubleProgressionRule { 12, 15, 1, 1, StepKind::Absolute, 1.0, {} };
    return plan;
}

TemplatePersonalization options()
{
    TemplatePersonalization options;
    options.patient = PatientId(42);
    options.today = Date(2026, 11, 21);
    options.context.ageYears = 60;
    options.context.restingHeartRate = 70;
    return options;
}

bool mentions(const std::vector<std::string>& notes, const std::string& text)
{
    return std::any_of(
        notes.begin(), notes.end(), [&](const std::string& note) { return note.find(text) != std::string::npos; });
}

} // namespace

TEST_CASE("a personalised template starts on the next Monday unless a start date is given", "[personalisation]")
{
    struct Row {
        Date today;
        Date startDate;
        Date expected;
    };
    const auto row = GENERATE(Row { Date(2026, 11, 21), Date(), Date(2026, 11, 23) }, // Saturday
        Row { Date(2026, 11, 23), Date(), Date(2026, 11, 30) }, // a Monday: the Monday after
        Row { Date(2026, 11, 29), Date(), Date(2026, 11, 30) }, // Sunday
        Row { Date(2026, 11, 25), Date(2026, 12, 2), Date(2026, 12, 2) }); // given: kept as it is
    auto input = options();
    input.today = row.today;
    input.startDate = row.startDate;
    const auto result = personalizeTemplate(makeTemplate(), input, makeCatalog());
    CHECK(result.plan.startDate == row.expected);
    CHECK(mentions(result.notes, row.expected.toIso()));
}

TEST_CASE("a personalised template is a valid draft for the patient", "[personalisation]")
{
    Plan templatePlan = makeTemplate();
    templatePlan.status = PlanStatus::Active;
    templatePlan.revision = 4;
    auto input = options();
    input.goals = "Walk to my allotment.";
    const auto result = personalizeTemplate(templatePlan, input, makeCatalog());
    CHECK(result.plan.patientId == PatientId(42));
    CHECK(result.plan.status == PlanStatus::Draft);
    CHECK(result.plan.revision == 1);
    CHECK(result.plan.uuid.empty());
    CHECK_FALSE(result.plan.id.isValid());
    CHECK(result.plan.goals == "Walk to my allotment.");
    CHECK(validatePlan(result.plan).empty());
    CHECK(result.plan.title == templatePlan.title);
    CHECK(result.plan.days[3] == templatePlan.days[3]);
}

TEST_CASE("without baselines only the dates change", "[personalisation]")
{
    const Plan templatePlan = makeTemplate();
    auto input = options();
    const auto result = personalizeTemplate(templatePlan, input, makeCatalog());
    CHECK(result.plan.days == templatePlan.days);
    CHECK(result.plan.goals == templatePlan.goals);
    CHECK(result.notes.size() == 1);
    CHECK_FALSE(result.context.aerobicBaselineMinutes.has_value());
}

TEST_CASE("the walking baseline sets the quota and a week-1 dose at 80 percent", "[personalisation]")
{
    struct Row {
        int minutes;
        double baseline;
        int firstDose;
        double goal;
    };
    const auto row = GENERATE(Row { 15, 900, 720, 1800 }, Row { 10, 600, 480, 1800 }, Row { 25, 1500, 1200, 1800 },
        Row { 40, 2400, 1920, 1920 }, // above the goal: the goal becomes the start
        Row { 500, 7200, 5760, 5760 }); // kept within 120 minutes
    auto input = options();
    input.baselines.walkingMinutes = row.minutes;
    const auto catalog = makeCatalog();
    const auto result = personalizeTemplate(makeTemplate(), input, catalog);
    for (int weekday : { 0, 2, 4 }) {
        const auto& walk = result.plan.days[static_cast<std::size_t>(weekday)].items[0];
        const auto& quota = std::get<GradedQuotaRule>(walk.progression.rule);
        CHECK(quota.baseline == row.baseline);
        CHECK(quota.startPercent == 80);
        CHECK(quota.goal == row.goal);
        CHECK(walk.dose.durationSeconds == row.firstDose);
    }
    CHECK(result.context.aerobicBaselineMinutes == std::min(row.minutes, kMaxBaselineWalkingMinutes));
    CHECK(mentions(result.notes, "80% of the"));
    CHECK(mentions(result.notes, "the goal is now the starting time") == (row.goal != 1800));
    // Week 1 of the schedule follows the new quota, and the checks accept the start against the baseline.
    const auto schedule = buildSchedule(result.plan, catalog, result.context);
    CHECK(schedule.weeks.front().sessions[0].items[0].dose.durationSeconds == row.firstDose);
    const auto findings = checkPlan(result.plan, schedule, catalog, result.context);
    CHECK(std::none_of(findings.begin(), findings.end(),
        [](const PlanFinding& f) { return f.code == std::string(check_code::kStartAboveBaseline); }));
}

TEST_CASE("the walking baseline starts a linear duration rule at 80 percent", "[personalisation]")
{
    Plan templatePlan = makeTemplate();
    templatePlan.days[0].items[0].progression.rule
        = LinearRule { DoseField::DurationSeconds, StepKind::Absolute, 60, 1, 900.0 };
    templatePlan.days[0].items[0].dose.durationSeconds = 600;
    auto input = options();
    input.baselines.walkingMinutes = 20;
    const auto result = personalizeTemplate(templatePlan, input, makeCatalog());
    const auto& walk = result.plan.days[0].items[0];
    CHECK(walk.dose.durationSeconds == 960);
    CHECK(std::get<LinearRule>(walk.progression.rule).cap == 960.0);
}

TEST_CASE("the chair-stand count sets the repetition range of leg exercises", "[personalisation]")
{
    struct Row {
        int chairStands;
        int low;
        int high;
    };
    const auto row
        = GENERATE(Row { 12, 10, 15 }, Row { 10, 8, 13 }, Row { 4, 5, 10 }, Row { 20, 12, 17 }, Row { 0, 5, 10 });
    auto input = options();
    input.baselines.chairStandReps = row.chairStands;
    const Plan templatePlan = makeTemplate();
    const auto result = personalizeTemplate(templatePlan, input, makeCatalog());
    const auto& sts = result.plan.days[1].items[0];
    const auto& rule = std::get<DoubleProgressionRule>(sts.progression.rule);
    CHECK(rule.repsLow == row.low);
    CHECK(rule.repsHigh == row.high);
    CHECK(rule.everyWeeks == 2);
    CHECK(sts.dose.repetitions == row.low);
    // The row works the upper body and keeps the template's range.
    CHECK(result.plan.days[1].items[1] == templatePlan.days[1].items[1]);
    CHECK(mentions(result.notes, std::to_string(row.low) + " to " + std::to_string(row.high) + " repetitions"));
    CHECK(validatePlan(result.plan).empty());
}

TEST_CASE("heart-rate targets become effort ranges when heart rate cannot be used", "[personalisation]")
{
    struct Row {
        bool betaBlockers;
        std::optional<int> age;
        std::optional<int> resting;
        int reserveLow;
        int reserveHigh;
        bool replaced;
        int effortLow;
        int effortHigh;
        const char* reason;
    };
    const auto row = GENERATE(Row { true, 60, 70, 40, 55, true, 3, 4, "beta-blockers" },
        Row { true, 60, 70, 60, 75, true, 5, 6, "beta-blockers" },
        Row { true, 60, 70, 30, 39, true, 2, 2, "beta-blockers" },
        Row { true, 60, 70, 35, 50, true, 2, 4, "beta-blockers" },
        Row { false, std::nullopt, 70, 40, 55, true, 3, 4, "not recorded" },
        Row { false, 60, std::nullopt, 40, 55, true, 3, 4, "not recorded" },
        Row { false, 60, 70, 40, 55, false, 0, 0, "" });
    auto input = options();
    input.context.betaBlockers = row.betaBlockers;
    input.context.ageYears = row.age;
    input.context.restingHeartRate = row.resting;
    Plan templatePlan = makeTemplate();
    templatePlan.days[2].items[0].intensity.reservePercentLow = row.reserveLow;
    templatePlan.days[2].items[0].intensity.reservePercentHigh = row.reserveHigh;
    const auto result = personalizeTemplate(templatePlan, input, makeCatalog());
    const auto& intensity = result.plan.days[2].items[0].intensity;
    if (row.replaced) {
        CHECK(intensity.kind == IntensityKind::Effort);
        CHECK(intensity.effortLow == row.effortLow);
        CHECK(intensity.effortHigh == row.effortHigh);
        CHECK(mentions(result.notes, row.reason));
        CHECK(mentions(result.notes, "effort scale"));
    } else {
        CHECK(intensity == templatePlan.days[2].items[0].intensity);
        CHECK_FALSE(mentions(result.notes, "effort scale"));
    }
    // Effort targets on other days are left alone.
    CHECK(result.plan.days[0].items[0].intensity == templatePlan.days[0].items[0].intensity);
    const auto schedule = buildSchedule(result.plan, makeCatalog(), input.context);
    const auto findings = checkPlan(result.plan, schedule, makeCatalog(), input.context);
    CHECK(std::none_of(findings.begin(), findings.end(), [](const PlanFinding& f) {
        return f.code == std::string(check_code::kHeartRateWithBetaBlockers)
            || f.code == std::string(check_code::kHeartRateUnavailable);
    }));
}

TEST_CASE("nextMonday gives the first Monday after a date", "[personalisation]")
{
    CHECK(nextMonday(Date(2026, 11, 21)) == Date(2026, 11, 23));
    CHECK(nextMonday(Date(2026, 11, 23)) == Date(2026, 11, 30));
    CHECK(nextMonday(Date(2026, 12, 31)) == Date(2027, 1, 4));
    CHECK(nextMonday(Date(2026, 12, 31)).weekdayIndex() == 0);
}

TEST_CASE("Heart-rate targets give way to the matching effort range", "[core][plan][template]")
{
    auto plan = makePlan();
    auto& item = plan.days[0].items[0];
    item.intensity.kind = IntensityKind::HeartRate;
    item.intensity.reservePercentLow = 40;
    item.intensity.reservePercentHigh = 59;
    item.intensity.measuredMaxHeartRate = 150;
    CHECK(useEffortInsteadOfHeartRate(plan) == 1);
    CHECK(item.intensity.kind == IntensityKind::Effort);
    CHECK(item.intensity.effortLow == 3);
    CHECK(item.intensity.effortHigh == 4);
    CHECK_FALSE(item.intensity.measuredMaxHeartRate);
    CHECK(useEffortInsteadOfHeartRate(plan) == 0);

    IntensityTarget light;
    light.kind = IntensityKind::HeartRate;
    light.reservePercentLow = 30;
    light.reservePercentHigh = 39;
    CHECK(effortForHeartRate(light) == IntensityTarget { IntensityKind::Effort, 2, 2 });
    light.reservePercentHigh = 70;
    CHECK(effortForHeartRate(light) == IntensityTarget { IntensityKind::Effort, 2, 6 });
}
