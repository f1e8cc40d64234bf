// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/Plan.h"

#include "core/CodeTable.h"
#include "core/library/ExerciseCatalog.h"

#include <algorithm>

namespace paceplan::core {

namespace {

constexpr codes::CodeTable<PlanStatus, 3> kStatusCodes { {
    { PlanStatus::Draft, "draft" },
    { PlanStatus::Active, "active" },
    { PlanStatus::Completed, "completed" },
} };

constexpr codes::CodeTable<DayType, 5> kDayTypeCodes { {
    { DayType::Aerobic, "aerobic" },
    { DayType::Strength, "strength" },
    { DayType::Mixed, "mixed" },
    { DayType::ActiveRecovery, "active-recovery" },
    { DayType::Rest, "rest" },
} };

constexpr std::array<const char*, kDaysPerWeek> kWeekdayCodes { "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday" };
constexpr std::array<const char*, kDaysPerWeek> kWeekdayNames { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday" };

} // namespace

const PlanItem* Plan::findItem(std::string_view key) const
{
    for (const auto& day : days)
        for (const auto& item : day.items)
            if (item.key == key)
                return &item;
    return nullptr;
}

PlanItem* Plan::findItem(std::string_view key)
{
    return const_cast<PlanItem*>(static_cast<const Plan*>(this)->findItem(key));
}

std::optional<int> Plan::dayOfItem(std::string_view key) const
{
    for (int weekday = 0; weekday < kDaysPerWeek; ++weekday)
        for (const auto& item : days[static_cast<std::size_t>(weekday)].items)
            if (item.key == key)
                return weekday;
    return std::nullopt;
}

std::optional<int> Plan::nextTrainingDay(int weekday) const
{
    for (int step = 1; step < kDaysPerWeek; ++step) {
        const int day = ((weekday + step) % kDaysPerWeek + kDaysPerWeek) % kDaysPerWeek;
        if (days[static_cast<std::size_t>(day)].type != DayType::Rest)
            return day;
    }
    return std::nullopt;
}

std::string Plan::phaseLabel(int week) const
{
    for (const auto& phase : phases)
        if (week >= phase.firstWeek && week <= phase.lastWeek)
            return phase.label;
    return {};
}

int Plan::itemCount() const
{
    int count = 0;
    for (const auto& day : days)
        count += static_cast<int>(day.items.size());
    return count;
}

Date Plan::endDate() const
{
    if (!startDate.isValid())
        return {};
    return startDate.addDays(std::clamp(lengthWeeks, kMinPlanWeeks, kMaxPlanWeeks) * kDaysPerWeek - 1);
}

const char* planStatusCode(PlanStatus status)
{
    return codes::codeOf(kStatusCodes, status);
}
std::optional<PlanStatus> planStatusFromCode(std::string_view code)
{
    return codes::valueOf(kStatusCodes, code);
}
const char* dayTypeCode(DayType type)
{
    return codes::codeOf(kDayTypeCodes, type);
}
std::optional<DayType> dayTypeFromCode(std::string_view code)
{
    return codes::valueOf(kDayTypeCodes, code);
}

const char* weekdayCode(int weekday)
{
    return weekday >= 0 && weekday < kDaysPerWeek ? kWeekdayCodes[static_cast<std::size_t>(weekday)] : "";
}

std::optional<int> weekdayFromCode(std::string_view code)
{
    for (int weekday = 0; weekday < kDaysPerWeek; ++weekday)
        if (code == kWeekdayCodes[static_cast<std::size_t>(weekday)])
            return weekday;
    return std::nullopt;
}

const char* weekdayName(int weekday)
{
    return weekday >= 0 && weekday < kDaysPerWeek ? kWeekdayNames[static_cast<std::size_t>(weekday)] : "";
}

std::string exerciseName(const ExerciseCatalog& catalog, std::string_view exerciseId)
{
    if (const auto* exercise = catalog.find(exerciseId); exercise && !exercise->name.empty())
        return exercise->name;
    return std::string(exerciseId);
}

} // namespace paceplan::core
