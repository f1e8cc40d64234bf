// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library/ExerciseCatalog.h"
#include "core/plan/Plan.h"

#include <string>
#include <vector>

namespace paceplan::test {

/// An exercise for tests: id, category, regions, starting dose and an optional harder variant.
inline core::Exercise makeExercise(std::string id, core::ExerciseCategory category, std::vector<std::string> regions,
    core::Dose startDose = {}, std::string harderId = {})
{
    core::Exercise exercise;
    exercise.id = id;
    exercise.name = id;
    exercise.name[0] = static_cast<char>(exercise.name[0] - 'a' + 'A');
    for (auto& c : exercise.name)
        if (c == '-')
            c = ' ';
    exercise.category = category;
    exercise.regions = std::move(regions);
    exercise.startDose = startDose;
    exercise.harderId = std::move(harderId);
    return exercise;
}

/// A dose of repetitions.
inline core::Dose reps(int sets, int repetitions, double kg = 0.0)
{
    core::Dose dose;
    dose.sets = sets;
    dose.repetitions = repetitions;
    if (kg > 0.0) {
        dose.load.kind = core::LoadKind::Kilograms;
        dose.load.kg = kg;
    }
    return dose;
}

/// A dose of a duration in minutes.
inline core::Dose minutes(int value)
{
    core::Dose dose;
    dose.durationSeconds = value * 60;
    return dose;
}

/// A small library: aerobic work, a sit-to-stand ladder and strength work for several regions.
inline core::InMemoryCatalog makeCatalog()
{
    using core::ExerciseCategory;
    core::InMemoryCatalog catalog;
    catalog.put(makeExercise("walking", ExerciseCategory::Aerobic, { "whole-body" }, minutes(10)));
    catalog.put(makeExercise("cycling", ExerciseCategory::Aerobic, { "thighs" }, minutes(10)));
    catalog.put(makeExercise(
        "sit-to-stand-high", ExerciseCategory::Strength, { "thighs", "glutes" }, reps(1, 8), "sit-to-stand"));
    catalog.put(makeExercise(
        "sit-to-stand", ExerciseCategory::Strength, { "thighs", "glutes" }, reps(1, 10), "sit-to-stand-slow"));
    catalog.put(makeExercise(
        "sit-to-stand-slow", ExerciseCategory::Strength, { "thighs", "glutes" }, reps(1, 6), "sit-to-stand-weights"));
    catalog.put(
        makeExercise("sit-to-stand-weights", ExerciseCategory::Strength, { "thighs", "glutes" }, reps(1, 8, 2.0)));
    catalog.put(makeExercise("bridge", ExerciseCategory::Strength, { "glutes", "lower-back" }, reps(1, 10)));
    catalog.put(makeExercise("calf-raise", ExerciseCategory::Strength, { "calves" }, reps(1, 10)));
    catalog.put(makeExercise("band-row", ExerciseCategory::Strength, { "upper-back", "arms" }, reps(1, 12)));
    catalog.put(makeExercise("wall-push-up", ExerciseCategory::Strength, { "chest", "arms" }, reps(1, 10)));
    catalog.put(makeExercise("breathing", ExerciseCategory::Relaxation, { "whole-body" }, minutes(5)));
    catalog.put(makeExercise("hip-circles", ExerciseCategory::Mobility, { "hips" }, reps(1, 10)));
    return catalog;
}

/// A plan item.
inline core::PlanItem makeItem(std::string key, std::string exerciseId, core::Dose dose)
{
    core::PlanItem item;
    item.key = std::move(key);
    item.exerciseId = std::move(exerciseId);
    item.dose = dose;
    return item;
}

/// A valid 12-week plan starting on Monday 2026-01-05: walking Mon/Wed/Fri, strength Tue/Thu, rest at weekends.
inline core::Plan makePlan()
{
    using core::DayType;
    core::Plan plan;
    plan.id = core::PlanId(1);
    plan.patientId = core::PatientId(7);
    plan.uuid = "6f1c2b9e-3d4a-4c8e-9b1a-2f3e4d5c6b7a";
    plan.title = "Back to walking";
    plan.goals = "Walk to the shops and back without a flare.";
    plan.startDate = core::Date(2026, 1, 5);
    plan.lengthWeeks = 12;
    plan.phases = { { 1, 4, "Getting going" }, { 5, 12, "Building up" } };
    plan.educationTopicIds = { "hurt-is-not-harm", "pacing" };
    plan.days[0] = { DayType::Aerobic, { makeItem("walk-mon", "walking", minutes(10)) } };
    plan.days[1] = { DayType::Strength,
        { makeItem("sts-tue", "sit-to-stand", reps(1, 10)), makeItem("row-tue", "band-row", reps(1, 12)) } };
    plan.days[2] = { DayType::Aerobic, { makeItem("walk-wed", "walking", minutes(10)) } };
    plan.days[3] = { DayType::Strength,
        { makeItem("bridge-thu", "bridge", reps(1, 10)), makeItem("push-thu", "wall-push-up", reps(1, 10)) } };
    plan.days[4] = { DayType::Aerobic, { makeItem("walk-fri", "walking", minutes(10)) } };
    plan.days[5] = { DayType::Rest, {} };
    plan.days[6] = { DayType::Rest, {} };
    return plan;
}

} // namespace paceplan::test
