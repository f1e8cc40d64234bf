// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanFixtures.h"

#include "core/plan/ProgressionEngine.h"

#include <catch2/catch.hpp>

using namespace paceplan::core;
using paceplan::test::makeCatalog;
using paceplan::test::makeItem;
using paceplan::test::minutes;
using paceplan::test::reps;

namespace {

// The value of one field in each week of an item's progression.
std::vector<double> fieldByWeek(const PlanItem& item, int weeks, DoseField field)
{
    const auto catalog = makeCatalog();
    std::vector<double> values;
    for (const auto& week : progressItem(item, weeks, catalog))
        values.push_back(doseFieldValue(week.dose, field));
    return values;
}

} // namespace

TEST_CASE("Dose values round to the documented units", "[core][plan][progression]")
{
    struct Row {
        DoseField field;
        double input;
        double expected;
    };
    const auto row = GENERATE(values<Row>({
        { DoseField::DurationSeconds, 629.0, 600.0 }, // 10.48 min -> 10 min
        { DoseField::DurationSeconds, 630.0, 660.0 }, // 10.5 min -> 11 min (half rounds up)
        { DoseField::DurationSeconds, 89.0, 60.0 },
        { DoseField::DurationSeconds, 57.0, 55.0 }, // under a minute: 5 s steps
        { DoseField::DurationSeconds, 58.0, 60.0 },
        { DoseField::DurationSeconds, 2.0, 5.0 }, // a positive value never rounds to zero
        { DoseField::DurationSeconds, 0.0, 0.0 },
        { DoseField::HoldSeconds, 11.4, 11.0 },
        { DoseField::HoldSeconds, 11.5, 12.0 },
        { DoseField::DistanceMetres, 604.0, 600.0 },
        { DoseField::DistanceMetres, 605.0, 610.0 },
        { DoseField::DistanceMetres, 3.0, 10.0 },
        { DoseField::LoadKg, 4.2, 4.0 },
        { DoseField::LoadKg, 4.25, 4.5 },
        { DoseField::LoadKg, 0.1, 0.5 },
        { DoseField::Repetitions, 10.49, 10.0 },
        { DoseField::Repetitions, 10.5, 11.0 },
        { DoseField::Repetitions, 0.2, 1.0 },
        { DoseField::Sets, -3.0, 0.0 },
        { DoseField::TimesPerDay, 1.6, 2.0 },
    }));
    CAPTURE(doseFieldCode(row.field), row.input);
    CHECK(roundDoseValue(row.field, row.input) == Approx(row.expected));
}

TEST_CASE("Setting a dose field clamps it to the field's maximum", "[core][plan][progression]")
{
    Dose dose;
    setDoseFieldValue(dose, DoseField::Repetitions, 1e12);
    CHECK(dose.repetitions == kMaxRepetitions);
    setDoseFieldValue(dose, DoseField::LoadKg, 12.0); // no effect without a kilogram load
    CHECK(dose.load.kind == LoadKind::Bodyweight);
    CHECK(dose.load.kg == 0.0);
}

TEST_CASE("Items without a rule keep their dose every week", "[core][plan][progression]")
{
    const auto item = makeItem("a", "walking", minutes(10));
    CHECK(fieldByWeek(item, 4, DoseField::DurationSeconds) == std::vector<double> { 600, 600, 600, 600 });
}

TEST_CASE("Linear rules add a percentage or an amount every N weeks up to a cap", "[core][plan][progression]")
{
    struct Row {
        const char* name;
        Dose dose;
        LinearRule rule;
        std::vector<double> expected;
    };
    Dose kg4 = reps(1, 10, 4.0);
    Dose metres;
    metres.distanceMetres = 500;
    const auto row = GENERATE_COPY(values<Row>({
        { "+1 min a week, cap 15 min", minutes(10), { DoseField::DurationSeconds, StepKind::Absolute, 60, 1, 900.0 },
            { 600, 660, 720, 780, 840, 900, 900, 900 } },
        { "+10% a week, whole minutes", minutes(10), { DoseField::DurationSeconds, StepKind::Percent, 10, 1, {} },
            { 600, 660, 720, 780, 900, 960 } },
        { "+1 rep every 2 weeks", reps(1, 8), { DoseField::Repetitions, StepKind::Absolute, 1, 2, {} },
            { 8, 8, 9, 9, 10, 10, 11 } },
        { "+5% load, 0.5 kg steps", kg4, { DoseField::LoadKg, StepKind::Percent, 5, 1, {} }, { 4, 4, 4.5, 4.5, 5, 5 } },
        { "cap between rounding steps is kept exactly", minutes(10),
            { DoseField::DurationSeconds, StepKind::Absolute, 120, 1, 1000.0 }, { 600, 720, 840, 960, 1000, 1000 } },
        { "+10% distance, 10 m steps", metres, { DoseField::DistanceMetres, StepKind::Percent, 10, 1, {} },
            { 500, 550, 610, 670, 730 } },
        { "+1 set every 4 weeks, cap 3", reps(1, 10), { DoseField::Sets, StepKind::Absolute, 1, 4, 3.0 },
            { 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3 } },
    }));
    CAPTURE(row.name);
    auto item = makeItem("a", "walking", row.dose);
    item.progression.rule = row.rule;
    CHECK(fieldByWeek(item, static_cast<int>(row.expected.size()), row.rule.field) == row.expected);
}

TEST_CASE("Week 1 of a linear rule keeps the prescribed dose unrounded", "[core][plan][progression]")
{
    Dose dose;
    dose.durationSeconds = 630; // 10.5 min
    auto item = makeItem("a", "walking", dose);
    item.progression.rule = LinearRule { DoseField::DurationSeconds, StepKind::Absolute, 60, 1, {} };
    CHECK(fieldByWeek(item, 2, DoseField::DurationSeconds) == std::vector<double> { 630, 720 });
}

TEST_CASE("Double progression adds repetitions, then a load step back at the bottom", "[core][plan][progression]")
{
    const auto catalog = makeCatalog();
    struct Row {
        const char* name;
        Dose dose;
        DoubleProgressionRule rule;
        std::vector<int> reps;
        std::vector<double> kg;
    };
    Dose band = reps(1, 10);
    band.load.kind = LoadKind::Band;
    band.load.bandColour = "red";
    const auto row = GENERATE_COPY(values<Row>({
        { "1 kg steps", reps(1, 10, 5.0), { 10, 12, 1, 1, StepKind::Absolute, 1.0, {} }, { 10, 11, 12, 10, 11, 12, 10 },
            { 5, 5, 5, 6, 6, 6, 7 } },
        { "every 2 weeks", reps(1, 10, 5.0), { 10, 12, 1, 2, StepKind::Absolute, 1.0, {} },
            { 10, 10, 11, 11, 12, 12, 10 }, { 5, 5, 5, 5, 5, 5, 6 } },
        { "2 reps a step, clamped at the top", reps(1, 10, 5.0), { 10, 15, 2, 1, StepKind::Absolute, 1.0, {} },
            { 10, 12, 14, 15, 10 }, { 5, 5, 5, 5, 6 } },
        { "load cap holds the top", reps(1, 11, 5.0), { 10, 12, 1, 1, StepKind::Absolute, 1.0, 6.0 },
            { 11, 12, 10, 11, 12, 12, 12 }, { 5, 5, 6, 6, 6, 6, 6 } },
        { "small percentage still adds 0.5 kg", reps(1, 12, 2.0), { 10, 12, 1, 1, StepKind::Percent, 10.0, {} },
            { 12, 10, 11, 12, 10 }, { 2, 2.5, 2.5, 2.5, 3 } },
        { "body weight stays at the top", reps(1, 11), { 10, 12, 1, 1, StepKind::Absolute, 1.0, {} },
            { 11, 12, 12, 12 }, { 0, 0, 0, 0 } },
    }));
    CAPTURE(row.name);
    auto item = makeItem("a", "bridge", row.dose);
    item.progression.rule = row.rule;
    const auto weeks = progressItem(item, static_cast<int>(row.reps.size()), catalog);
    std::vector<int> gotReps;
    std::vector<double> gotKg;
    for (const auto& week : weeks) {
        gotReps.push_back(week.dose.repetitions);
        gotKg.push_back(doseFieldValue(week.dose, DoseField::LoadKg));
    }
    CHECK(gotReps == row.reps);
    CHECK(gotKg == row.kg);

    SECTION("bands move one colour at a time and stop at the heaviest")
    {
        auto banded = makeItem("b", "band-row", band);
        banded.progression.rule = DoubleProgressionRule { 10, 11, 1, 1, StepKind::Absolute, 1.0, {} };
        std::vector<std::string> colours;
        for (const auto& week : progressItem(banded, 12, catalog))
            colours.push_back(week.dose.load.bandColour);
        CHECK(colours
            == std::vector<std::string> { "red", "red", "green", "green", "blue", "blue", "black", "black", "silver",
                "silver", "silver", "silver" });
    }
}

TEST_CASE("Graded-activity quotas start below baseline and rise to the goal", "[core][plan][progression]")
{
    struct Row {
        const char* name;
        GradedQuotaRule rule;
        std::vector<double> expected;
    };
    const auto row = GENERATE(values<Row>({
        // REFERENCE §4.2 worked example [eTG]: baseline 200 m, start 80 % = 160 m, +20 m a week, goal 300 m.
        { "eTG walking example", { DoseField::DistanceMetres, 200, 80, StepKind::PercentOfBaseline, 10, 1, 300 },
            { 160, 180, 200, 220, 240, 260, 280, 300, 300, 300 } },
        { "+10% of the current quota", { DoseField::DurationSeconds, 600, 80, StepKind::Percent, 10, 1, 900 },
            { 480, 540, 600, 660, 720, 780, 840, 900, 900 } },
        { "fixed step every 2 weeks", { DoseField::DurationSeconds, 600, 80, StepKind::Absolute, 60, 2, 720 },
            { 480, 480, 540, 540, 600, 600, 660, 660, 720, 720 } },
        { "70% start", { DoseField::Repetitions, 10, 70, StepKind::Absolute, 1, 1, 10 }, { 7, 8, 9, 10, 10 } },
    }));
    CAPTURE(row.name);
    auto item = makeItem("a", "walking", Dose {});
    item.progression.rule = row.rule;
    CHECK(fieldByWeek(item, static_cast<int>(row.expected.size()), row.rule.field) == row.expected);
}

TEST_CASE("Ladders move to the harder variant every N weeks with a fresh dose", "[core][plan][progression]")
{
    const auto catalog = makeCatalog();
    auto item = makeItem("a", "sit-to-stand-high", reps(2, 12));
    item.dose.restSeconds = 60;
    item.dose.timesPerDay = 2;

    SECTION("to the top of the ladder")
    {
        item.progression.rule = LadderRule { 3, 0 };
        const auto weeks = progressItem(item, 13, catalog);
        std::vector<std::string> ids;
        for (const auto& week : weeks)
            ids.push_back(week.exerciseId);
        CHECK(ids
            == std::vector<std::string> { "sit-to-stand-high", "sit-to-stand-high", "sit-to-stand-high", "sit-to-stand",
                "sit-to-stand", "sit-to-stand", "sit-to-stand-slow", "sit-to-stand-slow", "sit-to-stand-slow",
                "sit-to-stand-weights", "sit-to-stand-weights", "sit-to-stand-weights", "sit-to-stand-weights" });
        CHECK(weeks[0].dose == item.dose);
        // A new rung starts at its library dose, keeping the clinician's sets, rest and times a day.
        CHECK(weeks[3].dose.repetitions == 10);
        CHECK(weeks[3].dose.sets == 2);
        CHECK(weeks[3].dose.restSeconds == 60);
        CHECK(weeks[3].dose.timesPerDay == 2);
        CHECK(weeks[3].ladderStep == 1);
        CHECK(weeks[9].dose.load.kg == 2.0);
        CHECK(weeks[12].ladderStep == 3);
    }
    SECTION("a step limit stops the ladder")
    {
        item.progression.rule = LadderRule { 2, 1 };
        const auto weeks = progressItem(item, 8, catalog);
        CHECK(weeks[1].exerciseId == "sit-to-stand-high");
        CHECK(weeks[2].exerciseId == "sit-to-stand");
        CHECK(weeks[7].exerciseId == "sit-to-stand");
    }
    SECTION("loops in the library end the ladder")
    {
        paceplan::core::InMemoryCatalog looped;
        looped.put(paceplan::test::makeExercise("a", ExerciseCategory::Strength, { "hips" }, reps(1, 5), "b"));
        looped.put(paceplan::test::makeExercise("b", ExerciseCategory::Strength, { "hips" }, reps(1, 6), "a"));
        auto loopItem = makeItem("x", "a", reps(1, 5));
        loopItem.progression.rule = LadderRule { 1, 0 };
        const auto weeks = progressItem(loopItem, 6, looped);
        CHECK(weeks[1].exerciseId == "b");
        CHECK(weeks[5].exerciseId == "b");
    }
    SECTION("an exercise the catalog does not know stays as it is")
    {
        auto unknown = makeItem("x", "custom-123", reps(1, 5));
        unknown.progression.rule = LadderRule { 1, 0 };
        const auto weeks = progressItem(unknown, 3, catalog);
        CHECK(weeks[2].exerciseId == "custom-123");
        CHECK(weeks[2].dose == unknown.dose);
    }
}

TEST_CASE("Deload weeks pause progression and reduce the amount", "[core][plan][progression]")
{
    SECTION("week numbers")
    {
        const DeloadOverlay every4 { 4, 20 };
        const std::vector<int> weeks { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
        std::vector<int> progression;
        std::vector<bool> deload;
        for (int week : weeks) {
            progression.push_back(progressionWeek(week, every4));
            deload.push_back(isDeloadWeek(week, every4));
        }
        CHECK(progression == std::vector<int> { 1, 2, 3, 3, 4, 5, 6, 6, 7 });
        CHECK(deload == std::vector<bool> { false, false, false, true, false, false, false, true, false });
        CHECK(progressionWeek(8, DeloadOverlay {}) == 8);
        CHECK_FALSE(isDeloadWeek(4, DeloadOverlay { 4, 0 }));
    }

    struct Row {
        const char* name;
        PlanItem item;
        DoseField field;
        std::vector<double> expected;
    };
    auto linear = makeItem("a", "walking", minutes(10));
    linear.progression.rule = LinearRule { DoseField::DurationSeconds, StepKind::Absolute, 60, 1, {} };
    linear.progression.deload = { 4, 20 };
    auto none = makeItem("b", "bridge", reps(1, 10));
    none.progression.deload = { 3, 50 };
    auto doubled = makeItem("c", "bridge", reps(1, 10, 5.0));
    doubled.progression.rule = DoubleProgressionRule { 10, 12, 1, 1, StepKind::Absolute, 1.0, {} };
    doubled.progression.deload = { 4, 25 };
    auto loadLinear = makeItem("d", "bridge", reps(1, 10, 10.0));
    loadLinear.progression.rule = LinearRule { DoseField::LoadKg, StepKind::Absolute, 1.0, 1, {} };
    loadLinear.progression.deload = { 2, 10 };
    auto quota = makeItem("e", "walking", Dose {});
    quota.progression.rule = GradedQuotaRule { DoseField::DurationSeconds, 600, 80, StepKind::Percent, 10, 1, 1200 };
    quota.progression.deload = { 3, 40 };

    const auto row = GENERATE_COPY(values<Row>({
        // 12 min x 0.8 = 9.6 -> 10 min; week 5 carries on from week 3.
        { "linear minutes", linear, DoseField::DurationSeconds, { 600, 660, 720, 600, 780, 840, 900, 720, 960 } },
        { "no rule: the main amount", none, DoseField::Repetitions, { 10, 10, 5, 10, 10, 5 } },
        { "double progression reps", doubled, DoseField::Repetitions, { 10, 11, 12, 9, 10, 11, 12, 9 } },
        { "double progression keeps the load", doubled, DoseField::LoadKg, { 5, 5, 5, 5, 6, 6, 6, 6 } },
        { "linear load: the load", loadLinear, DoseField::LoadKg, { 10, 9, 11, 10, 12 } }, // 11 x 0.9 = 9.9 -> 10
        { "quota", quota, DoseField::DurationSeconds, { 480, 540, 300, 600, 660, 420 } }, // 9 min x 0.6 = 5.4 -> 5
    }));
    CAPTURE(row.name);
    CHECK(fieldByWeek(row.item, static_cast<int>(row.expected.size()), row.field) == row.expected);
}

TEST_CASE("Heart-rate targets use Tanaka and Karvonen", "[core][plan][heart-rate]")
{
    CHECK(tanakaMaxHeartRate(60) == Approx(166.0));
    CHECK(tanakaMaxHeartRate(27) == Approx(189.1));
    // REFERENCE §3.4 worked example: HRrest 70, HRmax 193, 70 % of reserve -> about 156 bpm.
    CHECK(karvonenTarget(193, 70, 0.70) == 156);
    const auto measured = heartRateRange(27, 70, 70, 70, 193);
    REQUIRE(measured);
    CHECK(measured->low == 156);

    // Age 60, rest 70: HRmax 166, reserve 96; 40 % -> 108.4, 59 % -> 126.64.
    CHECK(heartRateRange(60, 70, 40, 59) == HeartRateRange { 108, 127 });

    struct Row {
        int age, rest, low, high;
        std::optional<int> measuredMax;
    };
    const auto bad = GENERATE(values<Row>({
        { 17, 70, 40, 59, {} },
        { 101, 70, 40, 59, {} },
        { 60, 29, 40, 59, {} },
        { 60, 121, 40, 59, {} },
        { 60, 70, 60, 40, {} },
        { 60, 70, 0, 59, {} },
        { 60, 70, 40, 100, {} },
        { 60, 70, 40, 59, 70 },
    }));
    CAPTURE(bad.age, bad.rest, bad.low, bad.high);
    CHECK_FALSE(heartRateRange(bad.age, bad.rest, bad.low, bad.high, bad.measuredMax));
}
