// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/Exercise.h"

#include <array>
#include <utility>

namespace paceplan::core {

namespace {
constexpr std::array kCategoryCodes = {
    std::pair { ExerciseCategory::Aerobic, "aerobic" },
    std::pair { ExerciseCategory::Strength, "strength" },
    std::pair { ExerciseCategory::Mobility, "mobility" },
    std::pair { ExerciseCategory::Balance, "balance" },
    std::pair { ExerciseCategory::Relaxation, "relaxation" },
    std::pair { ExerciseCategory::Functional, "functional" },
};
constexpr std::array kDoseKindCodes = {
    std::pair { DoseKind::Repetitions, "repetitions" },
    std::pair { DoseKind::Hold, "hold" },
    std::pair { DoseKind::Duration, "duration" },
    std::pair { DoseKind::Distance, "distance" },
};
} // namespace

const char* exerciseCategoryCode(ExerciseCategory category)
{
    for (const auto& [value, code] : kCategoryCodes)
        if (value == category)
            return code;
    return "strength";
}

std::optional<ExerciseCategory> exerciseCategoryFromCode(const std::string& code)
{
    for (const auto& [value, text] : kCategoryCodes)
        if (code == text)
            return value;
    return std::nullopt;
}

const char* doseKindCode(DoseKind kind)
{
    for (const auto& [value, code] : kDoseKindCodes)
        if (value == kind)
            return code;
    return "repetitions";
}

std::optional<DoseKind> doseKindFromCode(const std::string& code)
{
    for (const auto& [value, text] : kDoseKindCodes)
        if (code == text)
            return value;
    return std::nullopt;
}

} // namespace paceplan::core
