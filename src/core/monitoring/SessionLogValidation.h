// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/monitoring/SessionLog.h"

#include <string_view>
#include <vector>

namespace paceplan::core {

/// Field names used in session log validation errors; the GUI places each message next to its field.
namespace session_log_field {
inline constexpr const char* kUuid = "uuid";
inline constexpr const char* kPatientId = "patientId";
inline constexpr const char* kPlanId = "planId";
inline constexpr const char* kRevisionNumber = "revisionNumber";
inline constexpr const char* kDate = "date";
inline constexpr const char* kStatus = "status";
inline constexpr const char* kPainBefore = "painBefore";
inline constexpr const char* kPainDuring = "painDuring";
inline constexpr const char* kPainAfter = "painAfter";
inline constexpr const char* kPainNextMorning = "painNextMorning";
inline constexpr const char* kEffort = "effort";
inline constexpr const char* kMinutes = "minutes";
inline constexpr const char* kNotes = "notes";
} // namespace session_log_field

/// Limits that session log validation enforces.
inline constexpr int kMinRating = 0;
inline constexpr int kMaxRating = 10;
inline constexpr int kMaxSessionMinutes = 600;
inline constexpr int kMaxSessionNotesLength = 2000;

/// The field name of the pain rating taken at `moment`.
const char* painFieldName(PainMoment moment);

/// Every problem with a session log, one error per field at most; empty when the log is valid.
std::vector<Error> validateSessionLog(const SessionLog& log, const Date& today);

/// True for a UUID in canonical 8-4-4-4-12 hexadecimal form (either letter case).
bool isCanonicalUuid(std::string_view text);

} // namespace paceplan::core
