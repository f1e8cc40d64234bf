// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/AdviceToPlan.h"
#include "core/plan/ProgressionEngine.h"

#include <catch2/catch.hpp>

using namespace paceplan::core;

namespace {

Plan walkingPlan()
{
    Plan plan;
    plan.title = "Walking";
    plan.startDate = Date(2026, 11, 2); // a Monday
    plan.lengthWeeks = 8;
    plan.phases = { { 1, 4, "Getting going" }, { 5, 8, "Building up" } };
    PlanItem walk;
    walk.key = "walk";
    walk.exerciseId = "walk";
    walk.dose.sets = 1;
    walk.dose.durationSeconds = 600;
    LinearRule rule;
    rule.field = DoseField::DurationSeconds;
    rule.stepKind = StepKind::Absolute;
    rule.step = 120;
    walk.progression.rule = rule;
    plan.days[0].type = DayType::Aerobic;
    plan.days[0].items.push_back(walk);
    return plan;
}

InMemoryCatalog catalog()
{
    Exercise walk;
    walk.id = "walk";
    walk.name = "Walking";
    walk.category = ExerciseCategory::Aerobic;
    walk.doseKind = DoseKind::Duration;
    return InMemoryCatalog({ walk });
}

PainAdvice adviceOf(AdviceAction action, std::optional<StepBackRule> stepBack = {})
{
    PainAdvice advice;
    advice.action = action;
    advice.stepBack = stepBack;
    return advice;
}

int durationInWeek(const Plan& plan, int week)
{
    const auto schedule = buildSchedule(plan, catalog(), {});
    return schedule.weeks[static_cast<std::size_t>(week - 1)].sessions[0].items.at(0).dose.durationSeconds;
}

} // namespace

TEST_CASE("Holding repeats this week's dose next week and keeps the end date", "[core][monitoring][advice]")
{
    const Plan plan = walkingPlan();
    const Date today(2026, 11, 18); // week 3: 600 + 2 × 120 = 840 s
    REQUIRE(durationInWeek(plan, 3) == 840);
    const auto advised = applyPainAdvice(plan, adviceOf(AdviceAction::Hold), today, catalog(), {});
    REQUIRE(advised);
    CHECK(advised->plan.startDate.toIso() == "2026-11-23");
    CHECK(advised->plan.lengthWeeks == 5);
    CHECK(advised->plan.endDate() == plan.endDate());
    CHECK(durationInWeek(advised->plan, 1) == 840); // next week repeats this week
    CHECK(durationInWeek(advised->plan, 2) == 960); // then builds up again
    CHECK(advised->plan.phases.front().label == "Getting going");
    CHECK(advised->plan.phases.front().lastWeek == 1);
    CHECK(advised->changes.size() == 2);
}

TEST_CASE("Stepping back starts this Monday at an earlier week's dose or a reduced dose", "[core][monitoring][advice]")
{
    const Plan plan = walkingPlan();
    const Date today(2026, 11, 18); // week 3
    const auto back = applyPainAdvice(plan,
        adviceOf(AdviceAction::StepBack, StepBackRule { StepBackMode::PreviousWeeks, 1, 20 }), today, catalog(), {});
    REQUIRE(back);
    CHECK(back->plan.startDate.toIso() == "2026-11-16");
    CHECK(durationInWeek(back->plan, 1) == 720); // week 2's dose
    CHECK(back->plan.endDate() == plan.endDate());

    const auto reduced = applyPainAdvice(plan,
        adviceOf(AdviceAction::StepBack, StepBackRule { StepBackMode::ReducePercent, 1, 20 }), today, catalog(), {});
    REQUIRE(reduced);
    CHECK(durationInWeek(reduced->plan, 1) == 660); // 840 − 20 %, rounded to whole minutes by the engine
}

TEST_CASE("Other advice, or a date outside the plan, changes nothing", "[core][monitoring][advice]")
{
    const Plan plan = walkingPlan();
    CHECK_FALSE(applyPainAdvice(plan, adviceOf(AdviceAction::Progress), Date(2026, 11, 18), catalog(), {}));
    CHECK_FALSE(applyPainAdvice(plan, adviceOf(AdviceAction::FlarePlan), Date(2026, 11, 18), catalog(), {}));
    CHECK_FALSE(applyPainAdvice(plan, adviceOf(AdviceAction::Hold), Date(2026, 10, 1), catalog(), {}));
    CHECK_FALSE(applyPainAdvice(plan, adviceOf(AdviceAction::Hold), Date(2026, 12, 27), catalog(), {})); // last week
}
