// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Times the work the plan editor repeats on every keystroke: a 12-week, 20-item plan turned into its
// dated schedule, and the plan checks run over it. Usage: paceplan_bench_progression [repetitions]
#include "core/library/ExerciseCatalog.h"
#include "core/plan/PlanChecks.h"
#include "core/plan/ProgressionEngine.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace paceplan::core;

namespace {

constexpr int kWeeks = 12;
constexpr int kItems = 20;
constexpr double kTargetMicroseconds = 1000.0;

Exercise exercise(const std::string& id, ExerciseCategory category, std::vector<std::string> regions, Dose start,
    std::string harder = {})
{
    Exercise e;
    e.id = id;
    e.name = id;
    e.category = category;
    e.regions = std::move(regions);
    e.startDose = start;
    e.harderId = std::move(harder);
    return e;
}

Dose repetitions(int sets, int reps, double kg = 0.0)
{
    Dose dose;
    dose.sets = sets;
    dose.repetitions = reps;
    dose.restSeconds = 60;
    if (kg > 0.0)
        dose.load = { LoadKind::Kilograms, kg, {} };
    return dose;
}

Dose minutes(int value)
{
    Dose dose;
    dose.durationSeconds = value * 60;
    return dose;
}

InMemoryCatalog syntheticCatalog()
{
    InMemoryCatalog catalog;
    catalog.put(exercise("walk", ExerciseCategory::Aerobic, { "whole-body" }, minutes(10)));
    catalog.put(exercise("cycle", ExerciseCategory::Aerobic, { "thighs" }, minutes(10)));
    for (int rung = 0; rung < 5; ++rung)
        catalog.put(exercise("sts-" + std::to_string(rung), ExerciseCategory::Strength, { "thighs", "glutes" },
            repetitions(1, 8 + rung), rung < 4 ? "sts-" + std::to_string(rung + 1) : ""));
    const char* regions[] = { "calves", "arms", "shoulders", "trunk", "upper-back", "hips", "chest", "neck" };
    for (int i = 0; i < 8; ++i)
        catalog.put(
            exercise("strength-" + std::to_string(i), ExerciseCategory::Strength, { regions[i] }, repetitions(1, 10)));
    catalog.put(exercise("breathe", ExerciseCategory::Relaxation, { "whole-body" }, minutes(5)));
    return catalog;
}

// Twenty items over six days with every kind of rule, deloads and heart-rate targets.
Plan syntheticPlan()
{
    Plan plan;
    plan.patientId = PatientId(1);
    plan.title = "Benchmark plan";
    plan.startDate = Date(2026, 1, 7);
    plan.lengthWeeks = kWeeks;
    plan.phases = { { 1, 4, "Getting going" }, { 5, 8, "Building up" }, { 9, 12, "Keeping it up" } };
    const DayType types[] = { DayType::Aerobic, DayType::Strength, DayType::Mixed, DayType::Strength, DayType::Aerobic,
        DayType::ActiveRecovery, DayType::Rest };
    for (int day = 0; day < kDaysPerWeek; ++day)
        plan.days[static_cast<std::size_t>(day)].type = types[day];
    for (int i = 0; i < kItems; ++i) {
        PlanItem item;
        item.key = "item-" + std::to_string(i);
        const int day = i % 6;
        switch (i % 5) {
        case 0:
            item.exerciseId = "walk";
            item.dose = minutes(10);
            item.intensity = { IntensityKind::HeartRate, 0, 0, 40, 59, {}, TalkTestLevel::CanTalk };
            item.progression
                = { LinearRule { DoseField::DurationSeconds, StepKind::Percent, 10, 1, 1800.0 }, { 4, 20 } };
            break;
        case 1:
            item.exerciseId = "strength-" + std::to_string(i % 8);
            item.dose = repetitions(2, 10, 3.0);
            item.progression.rule = DoubleProgressionRule { 10, 15, 1, 1, StepKind::Absolute, 1.0, 12.0 };
            break;
        case 2:
            item.exerciseId = "cycle";
            item.progression.rule
                = GradedQuotaRule { DoseField::DurationSeconds, 900, 80, StepKind::Percent, 10, 1, 2400 };
            item.intensity = { IntensityKind::Effort, 3, 4, 0, 0, {}, TalkTestLevel::CanTalk };
            break;
        case 3:
            item.exerciseId = "sts-0";
            item.dose = repetitions(2, 8);
            item.progression = { LadderRule { 3, 0 }, { 5, 30 } };
            break;
        default:
            item.exerciseId = "breathe";
            item.dose = minutes(5);
            break;
        }
        plan.days[static_cast<std::size_t>(day)].items.push_back(item);
    }
    return plan;
}

template <typename Work> double meanMicroseconds(int repetitions, Work work)
{
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < repetitions; ++i)
        work();
    const auto elapsed = std::chrono::steady_clock::now() - start;
    return std::chrono::duration<double, std::micro>(elapsed).count() / repetitions;
}

} // namespace

int main(int argc, char** argv)
{
    const int repetitions = argc > 1 ? std::max(1, std::atoi(argv[1])) : 2000;
    const auto catalog = syntheticCatalog();
    const auto plan = syntheticPlan();
    PatientContext context;
    context.ageYears = 58;
    context.restingHeartRate = 72;

    long checksum = 0;
    const double schedule = meanMicroseconds(repetitions, [&] {
        const auto result = buildSchedule(plan, catalog, context);
        checksum += result.weeks.back().aerobicMinutes;
    });
    const auto built = buildSchedule(plan, catalog, context);
    const double checks = meanMicroseconds(
        repetitions, [&] { checksum += static_cast<long>(checkPlan(plan, built, catalog, context).size()); });
    const double both = schedule + checks;

#ifdef NDEBUG
    const char* build = "optimised";
#else
    const char* build = "debug (no optimisation)";
#endif
    std::printf("Progression benchmark: %d weeks, %d items, %d repetitions, %s build\n", kWeeks, plan.itemCount(),
        repetitions, build);
    std::printf("  schedule recompute : %8.1f us mean\n", schedule);
    std::printf("  plan checks        : %8.1f us mean\n", checks);
    std::printf("  schedule + checks  : %8.1f us mean (target <= %.0f us) %s\n", both, kTargetMicroseconds,
        both <= kTargetMicroseconds ? "OK" : "SLOW");
    std::printf("  (checksum %ld)\n", checksum);
    return 0;
}
