// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanFixtures.h"

#include "core/plan/PlanDiff.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace paceplan::core;
using paceplan::test::makeCatalog;
using paceplan::test::makeItem;
using paceplan::test::makePlan;
using paceplan::test::minutes;
using paceplan::test::reps;

namespace {

std::vector<std::string> sentences(const Plan& before, const Plan& after)
{
    const auto catalog = makeCatalog();
    std::vector<std::string> out;
    for (const auto& change : diffPlans(before, after, catalog))
        out.push_back(change.sentence);
    return out;
}

// The fixture plan with walking on Monday only, so its name needs no day.
Plan oneWalkPlan()
{
    auto plan = makePlan();
    plan.days[2] = { DayType::Rest, {} };
    plan.days[4] = { DayType::Rest, {} };
    return plan;
}

} // namespace

TEST_CASE("Identical revisions have no changes", "[core][plan][diff]")
{
    const auto catalog = makeCatalog();
    CHECK(diffPlans(makePlan(), makePlan(), catalog).empty());
}

TEST_CASE("Dose changes read as plain sentences", "[core][plan][diff]")
{
    struct Row {
        const char* name;
        std::function<void(Dose&)> change;
        std::string sentence;
        std::string field;
    };
    const auto row = GENERATE(values<Row>({
        { "minutes up", [](Dose& d) { d.durationSeconds = 900; }, "Walking: raised from 10 to 15 minutes.",
            "duration-seconds" },
        { "minutes down", [](Dose& d) { d.durationSeconds = 480; }, "Walking: lowered from 10 to 8 minutes.",
            "duration-seconds" },
        { "mixed units", [](Dose& d) { d.durationSeconds = 90; },
            "Walking: lowered from 10 minutes to 1 minute 30 seconds.", "duration-seconds" },
        { "sets added", [](Dose& d) { d.sets = 2; }, "Walking: 2 sets added.", "sets" },
        { "distance dropped", [](Dose& d) { d.durationSeconds = 0; }, "Walking: 10 minutes dropped.",
            "duration-seconds" },
        { "rest", [](Dose& d) { d.restSeconds = 30; }, "Walking: rest between sets 30 seconds added.", "rest-seconds" },
        { "times a day", [](Dose& d) { d.timesPerDay = 2; }, "Walking: raised from once a day to 2 times a day.",
            "times-per-day" },
        { "weight added",
            [](Dose& d) {
                d.load = { LoadKind::Kilograms, 2.0, {} };
            },
            "Walking: load changed from body weight to 2 kg.", "load" },
    }));
    CAPTURE(row.name);
    const auto before = oneWalkPlan();
    auto after = before;
    row.change(after.days[0].items[0].dose);
    const auto catalog = makeCatalog();
    const auto changes = diffPlans(before, after, catalog);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].kind == ChangeKind::DoseChanged);
    CHECK(changes[0].itemKey == "walk-mon");
    CHECK(changes[0].weekday == 0);
    CHECK(changes[0].field == row.field);
    CHECK(changes[0].sentence == row.sentence);
}

TEST_CASE("Strength dose changes name the field where the unit does not", "[core][plan][diff]")
{
    auto before = makePlan();
    before.days[1].items[0].dose = reps(1, 10, 2.0);
    Dose plank;
    plank.holdSeconds = 20;
    before.days[3].items[0].dose = plank;
    auto after = before;
    after.days[1].items[0].dose = reps(2, 8, 2.5);
    after.days[3].items[0].dose.holdSeconds = 30;
    CHECK(sentences(before, after)
        == std::vector<std::string> {
            "Sit to stand: raised from 1 to 2 sets.",
            "Sit to stand: lowered from 10 to 8 repetitions.",
            "Sit to stand: weight raised from 2 to 2.5 kg.",
            "Bridge: hold time raised from 20 to 30 seconds.",
        });
}

TEST_CASE("Items added, removed, moved and replaced", "[core][plan][diff]")
{
    const auto before = makePlan();
    auto after = before;
    after.days[5] = { DayType::ActiveRecovery, { makeItem("circles-sat", "hip-circles", reps(1, 10)) } };
    after.days[3].items.erase(after.days[3].items.begin() + 1); // wall push-up
    auto row = after.days[1].items[1];
    after.days[1].items.erase(after.days[1].items.begin() + 1);
    after.days[3].items.push_back(row); // band row to Thursday
    after.days[1].items[0].exerciseId = "sit-to-stand-slow";
    const auto catalog = makeCatalog();
    const auto changes = diffPlans(before, after, catalog);
    std::vector<std::string> got;
    for (const auto& change : changes)
        got.push_back(std::string(changeKindCode(change.kind)) + ": " + change.sentence);
    CHECK(got
        == std::vector<std::string> {
            "day-type-changed: Saturday changed from a rest day to an active recovery day.",
            "exercise-changed: Tuesday: Sit to stand replaced by Sit to stand slow.",
            "item-moved: Band row moved from Tuesday to Thursday.",
            "item-added: Hip circles added on Saturday: 10 repetitions.",
            "item-removed: Wall push up removed from Thursday.",
        });
    CHECK(changes[2].weekday == 3);
    CHECK(changes[2].before == "tuesday");
    CHECK(changes[2].after == "thursday");
    CHECK(changes[4].itemKey == "push-thu");
}

TEST_CASE("Intensity, notes and rule changes", "[core][plan][diff]")
{
    const auto before = makePlan();
    auto after = before;
    auto& walk = after.days[0].items[0];
    walk.intensity.kind = IntensityKind::Effort;
    walk.intensity.effortLow = 3;
    walk.intensity.effortHigh = 4;
    walk.notes = "Flat route.";
    walk.progression.rule = LinearRule { DoseField::DurationSeconds, StepKind::Absolute, 60, 1, 1800.0 };
    CHECK(sentences(before, after)
        == std::vector<std::string> {
            "Walking (Monday): intensity changed from no target to effort 3 to 4 out of 10.",
            "Walking (Monday): notes changed.",
            "Walking (Monday): progression changed. Now: adds 1 minute to the time every week, up to 30 minutes. "
            "Before: no progression.",
        });

    // Fields an intensity kind does not use are not a change.
    auto same = before;
    same.days[0].items[0].intensity.effortLow = 7;
    CHECK(sentences(before, same).empty());
}

TEST_CASE("Plan-level changes", "[core][plan][diff]")
{
    const auto before = makePlan();
    auto after = before;
    after.title = "Walking and strength";
    after.goals = "Walk the dog.";
    after.startDate = Date(2026, 1, 12);
    after.lengthWeeks = 8;
    after.status = PlanStatus::Active;
    after.phases = { { 1, 3, "Starting" }, { 9, 12, "Keeping it up" } };
    after.educationTopicIds = { "pacing", "sleep" };
    const auto catalog = makeCatalog();
    const auto changes = diffPlans(before, after, catalog);
    std::vector<std::string> got;
    for (const auto& change : changes)
        got.push_back(change.sentence);
    CHECK(got
        == std::vector<std::string> {
            "Title changed from \"Back to walking\" to \"Walking and strength\".",
            "Goals changed to \"Walk the dog.\"",
            "Start date moved from 2026-01-05 to 2026-01-12.",
            "Plan length cut from 12 to 8 weeks.",
            "Status changed from draft to active.",
            "Phase \"Getting going\" (weeks 1-4) renamed to \"Starting\".",
            "Phase \"Starting\" now runs weeks 1-3 instead of weeks 1-4.",
            "Phase \"Keeping it up\" added for weeks 9-12.",
            "Phase \"Building up\" (weeks 5-12) removed.",
            "Education topic \"sleep\" added.",
            "Education topic \"hurt-is-not-harm\" removed.",
        });
    CHECK(changes[3].kind == ChangeKind::LengthChanged);
    CHECK(changes[3].before == "12");
    CHECK(changes[3].after == "8");
}

TEST_CASE("Change kinds have stable codes", "[core][plan][diff]")
{
    for (auto kind : { ChangeKind::TitleChanged, ChangeKind::ItemAdded, ChangeKind::DoseChanged,
             ChangeKind::RuleChanged, ChangeKind::PhaseChanged, ChangeKind::DayTypeChanged })
        CHECK(changeKindFromCode(changeKindCode(kind)) == kind);
    CHECK_FALSE(changeKindFromCode("moved"));
}
