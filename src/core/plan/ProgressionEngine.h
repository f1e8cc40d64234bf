// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Plan.h"
#include "core/plan/Schedule.h"

#include <string>
#include <vector>

namespace paceplan::core {

class ExerciseCatalog;

/// One week of one item's progression.
struct ItemWeek {
    std::string exerciseId;
    Dose dose;
    bool deload = false; ///< True in the item's easier week.
    int ladderStep = 0; ///< Rungs above the prescribed exercise.

    friend bool operator==(const ItemWeek&, const ItemWeek&) = default;
};

/// True when `week` (1-based) is an easier week of the overlay: weeks N, 2N, 3N, ...
bool isDeloadWeek(int week, const DeloadOverlay& deload);

/// The week of progression that calendar week `week` shows: easier weeks pause progression, so the week
/// after an easier week carries on one step from the week before it.
int progressionWeek(int week, const DeloadOverlay& deload);

/// The doses of one item for weeks 1 to `weeks`, following its rule and deload overlay.
std::vector<ItemWeek> progressItem(const PlanItem& item, int weeks, const ExerciseCatalog& catalog);

/// The seconds one round of a dose takes: every set, with rests between sets (times a day not counted).
double estimateDoseSeconds(const Dose& dose, const ScheduleOptions& options);

/// The dated week-by-week schedule of a plan. Week w covers the 7 days from the start date + 7(w − 1);
/// each day takes the template day of its weekday. Without a start date (a template) week 1 starts on a
/// Monday and the dates stay invalid.
Schedule buildSchedule(const Plan& plan, const ExerciseCatalog& catalog, const PatientContext& context,
    const ScheduleOptions& options = {});

} // namespace paceplan::core
