// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Date.h"
#include "core/Id.h"
#include "core/library/Exercise.h"
#include "core/plan/IntensityTarget.h"
#include "core/plan/ProgressionRule.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paceplan::core {

class ExerciseCatalog;

/// Where a plan revision stands; stored by its stable code.
enum class PlanStatus { Draft, Active, Completed };

/// What kind of day a day of the weekly template is; stored by its stable code.
enum class DayType { Aerobic, Strength, Mixed, ActiveRecovery, Rest };

inline constexpr int kDaysPerWeek = 7;
inline constexpr int kMinPlanWeeks = 1;
inline constexpr int kMaxPlanWeeks = 52;

/// One prescribed exercise on one day of the weekly template, with its dose and how it progresses.
struct PlanItem {
    std::string key; ///< Stable key, unique in the plan, kept across revisions.
    std::string exerciseId; ///< A library id or "custom-<uuid>".
    Dose dose; ///< The dose of week 1.
    IntensityTarget intensity;
    std::string notes;
    ProgressionRule progression;

    friend bool operator==(const PlanItem&, const PlanItem&) = default;
};

/// One day of the weekly template.
struct PlanDay {
    DayType type = DayType::Rest;
    std::vector<PlanItem> items;

    friend bool operator==(const PlanDay&, const PlanDay&) = default;
};

/// A named stretch of weeks, such as weeks 1-4 "Getting going".
struct PlanPhase {
    int firstWeek = 1;
    int lastWeek = 1;
    std::string label;

    friend bool operator==(const PlanPhase&, const PlanPhase&) = default;
};

/// An exercise plan revision: the prescribed weekly template for one patient from a start date.
struct Plan {
    PlanId id;
    PlanRevisionId revisionId;
    PatientId patientId;
    std::string uuid;
    std::string title;
    std::string goals; ///< In the patient's own words.
    Date startDate; ///< The first day of week 1; invalid for a template.
    int lengthWeeks = 12;
    std::vector<PlanPhase> phases;
    std::vector<std::string> educationTopicIds;
    PlanStatus status = PlanStatus::Draft;
    int revision = 1;
    std::array<PlanDay, kDaysPerWeek> days; ///< Monday (0) to Sunday (6).

    /// The item with this key, or nullptr.
    const PlanItem* findItem(std::string_view key) const;
    PlanItem* findItem(std::string_view key);
    /// The weekday (0-6) that holds the item with this key, or nothing.
    std::optional<int> dayOfItem(std::string_view key) const;
    /// The first day after `weekday` (past Sunday on to Monday) that is not a rest day, or nothing when every
    /// other day is one.
    std::optional<int> nextTrainingDay(int weekday) const;
    /// The label of the phase that contains `week`, or empty.
    std::string phaseLabel(int week) const;
    /// The number of items over all days.
    int itemCount() const;
    /// The last day of the plan, or an invalid date without a start date.
    Date endDate() const;

    friend bool operator==(const Plan&, const Plan&) = default;
};

/// Stable codes for storage and JSON; the FromCode functions give nothing for an unknown code.
const char* planStatusCode(PlanStatus status);
std::optional<PlanStatus> planStatusFromCode(std::string_view code);
const char* dayTypeCode(DayType type);
std::optional<DayType> dayTypeFromCode(std::string_view code);
/// The stable code of a weekday, "monday" (0) to "sunday" (6).
const char* weekdayCode(int weekday);
std::optional<int> weekdayFromCode(std::string_view code);
/// The English name of a weekday, "Monday" (0) to "Sunday" (6).
const char* weekdayName(int weekday);

/// The name of an exercise from the catalog, or its id when the catalog does not know it.
std::string exerciseName(const ExerciseCatalog& catalog, std::string_view exerciseId);

} // namespace paceplan::core
