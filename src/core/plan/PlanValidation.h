// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/plan/Plan.h"

#include <string>
#include <string_view>
#include <vector>

namespace paceplan::core {

/// Field names used in plan validation errors. Item fields are "items.<key>.<field>", for example
/// "items.walk-mon.dose.durationSeconds" or "items.walk-mon.progression.step"; an item without a usable key
/// is named "days.<weekday>.items[<index>]".
namespace plan_field {
inline constexpr const char* kTitle = "title";
inline constexpr const char* kGoals = "goals";
inline constexpr const char* kPatientId = "patientId";
inline constexpr const char* kStartDate = "startDate";
inline constexpr const char* kLengthWeeks = "lengthWeeks";
inline constexpr const char* kRevision = "revision";
inline constexpr const char* kPhases = "phases";
inline constexpr const char* kEducationTopicIds = "educationTopicIds";
inline constexpr const char* kDays = "days";
inline constexpr const char* kItems = "items";
} // namespace plan_field

/// Limits that plan validation enforces.
inline constexpr int kMaxPlanTitleLength = 200;
inline constexpr int kMaxPlanGoalsLength = 2000;
inline constexpr int kMaxPhaseLabelLength = 60;
inline constexpr int kMaxItemKeyLength = 64;
inline constexpr int kMaxItemNotesLength = 2000;
inline constexpr int kMaxExerciseIdLength = 100;
inline constexpr int kMaxTopicIdLength = 100;
inline constexpr int kMaxRangeRepetitions = 100;

/// What to require of a plan: a template has no patient, start date, status or revision.
struct PlanValidationOptions {
    bool isTemplate = false;
};

/// Every problem found in a plan, each naming its field; empty when the plan is valid.
std::vector<Error> validatePlan(const Plan& plan, PlanValidationOptions options = {});

/// The problems of one item; `path` prefixes every field name (see plan_field).
std::vector<Error> validatePlanItem(const PlanItem& item, const std::string& path);

/// True for an item key of 1-64 characters from A-Z, a-z, 0-9, '-', '_' and '.'.
bool isValidItemKey(std::string_view key);

/// The field-name prefix of an item: "items.<key>", or "days.<weekday>.items[<index>]" without a valid key.
std::string itemFieldPath(const PlanItem& item, int weekday, std::size_t index);

} // namespace paceplan::core
