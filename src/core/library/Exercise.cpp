// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/Exercise.h"

#include "core/CodeTable.h"

namespace paceplan::core {

namespace {

using namespace codes;

// Strength comes first: its code stands in for a value missing from the table.
constexpr CodeTable<ExerciseCategory, 6> kCategoryCodes { {
    { ExerciseCategory::Strength, "strength" },
    { ExerciseCategory::Aerobic, "aerobic" },
    { ExerciseCategory::Mobility, "mobility" },
    { ExerciseCategory::Balance, "balance" },
    { ExerciseCategory::Relaxation, "relaxation" },
    { ExerciseCategory::Functional, "functional" },
} };
constexpr CodeTable<DoseKind, 4> kDoseKindCodes { {
    { DoseKind::Repetitions, "repetitions" },
    { DoseKind::Hold, "hold" },
    { DoseKind::Duration, "duration" },
    { DoseKind::Distance, "distance" },
} };

} // namespace

const char* exerciseCategoryCode(ExerciseCategory category)
{
    return codeOf(kCategoryCodes, category);
}

std::optional<ExerciseCategory> exerciseCategoryFromCode(const std::string& code)
{
    return valueOf(kCategoryCodes, code);
}

const char* doseKindCode(DoseKind kind)
{
    return codeOf(kDoseKindCodes, kind);
}

std::optional<DoseKind> doseKindFromCode(const std::string& code)
{
    return valueOf(kDoseKindCodes, code);
}

} // namespace paceplan::core
