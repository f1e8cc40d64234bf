// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/SessionLogValidation.h"

#include "core/RangeCheck.h"
#include "core/text/Utf8.h"

#include <string>

namespace paceplan::core {

namespace {

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool hasError(const std::vector<Error>& errors, std::string_view field)
{
    for (const auto& error : errors)
        if (error.field == field)
            return true;
    return false;
}

void checkRange(std::vector<Error>& errors, const std::optional<int>& value, int low, int high, const char* field)
{
    if (value)
        checkInRange(errors, *value, low, high, field);
}

// A session marked "not logged" carries no data, and a skipped session has no exercise to rate; a value in
// such a field means the status or the value was keyed in wrongly. Pain before and the next morning stay
// allowed on a skipped day: those ratings describe the day, not the exercise, and they matter for spotting
// a flare-up (REFERENCE §4.5).
void checkStatusConsistency(std::vector<Error>& errors, const SessionLog& log)
{
    auto flag = [&](bool present, const char* field, const char* detail) {
        if (present && !hasError(errors, field))
            errors.push_back(makeError(ErrorCode::Inconsistent, field, detail));
    };
    if (log.status == SessionStatus::NotLogged) {
        const bool anyData
            = log.painBefore || log.painDuring || log.painAfter || log.painNextMorning || log.effort || log.minutes;
        flag(anyData, session_log_field::kStatus, "not_logged with ratings or minutes");
    } else if (log.status == SessionStatus::Skipped) {
        flag(log.painDuring.has_value(), session_log_field::kPainDuring, "skipped session");
        flag(log.painAfter.has_value(), session_log_field::kPainAfter, "skipped session");
        flag(log.effort.has_value(), session_log_field::kEffort, "skipped session");
        flag(log.minutes.value_or(0) > 0, session_log_field::kMinutes, "skipped session");
    }
}

} // namespace

const char* painFieldName(PainMoment moment)
{
    switch (moment) {
    case PainMoment::Before:
        return session_log_field::kPainBefore;
    case PainMoment::During:
        return session_log_field::kPainDuring;
    case PainMoment::After:
        return session_log_field::kPainAfter;
    case PainMoment::NextMorning:
        return session_log_field::kPainNextMorning;
    }
    return session_log_field::kPainBefore;
}

bool isCanonicalUuid(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != '-' : !isHexDigit(text[i]))
            return false;
    }
    return true;
}

std::vector<Error> validateSessionLog(const SessionLog& log, const Date& today)
{
    std::vector<Error> errors;
    if (!log.uuid.empty() && !isCanonicalUuid(log.uuid))
        errors.push_back(makeError(ErrorCode::InvalidFormat, session_log_field::kUuid));
    if (!log.patientId.isValid())
        errors.push_back(makeError(ErrorCode::Required, session_log_field::kPatientId));
    if (!log.planId.isValid())
        errors.push_back(makeError(ErrorCode::Required, session_log_field::kPlanId));
    if (log.revisionNumber < 1)
        errors.push_back(
            makeError(ErrorCode::OutOfRange, session_log_field::kRevisionNumber, std::to_string(log.revisionNumber)));

    if (!log.date.isValid())
        errors.push_back(makeError(ErrorCode::Required, session_log_field::kDate));
    else if (today.isValid() && log.date > today)
        errors.push_back(makeError(ErrorCode::OutOfRange, session_log_field::kDate, "in the future"));

    for (const auto moment : allPainMoments())
        checkRange(errors, log.pain(moment), kMinRating, kMaxRating, painFieldName(moment));
    checkRange(errors, log.effort, kMinRating, kMaxRating, session_log_field::kEffort);
    checkRange(errors, log.minutes, 0, kMaxSessionMinutes, session_log_field::kMinutes);

    if (utf8Length(log.notes) > static_cast<std::size_t>(kMaxSessionNotesLength))
        errors.push_back(
            makeError(ErrorCode::TooLong, session_log_field::kNotes, std::to_string(kMaxSessionNotesLength)));
    else if (!isValidUtf8(log.notes))
        errors.push_back(makeError(ErrorCode::InvalidFormat, session_log_field::kNotes, "not UTF-8"));

    checkStatusConsistency(errors, log);
    // The morning after a session dated today has not come yet.
    if (log.painNextMorning && log.date == today && !hasError(errors, session_log_field::kPainNextMorning))
        errors.push_back(
            makeError(ErrorCode::Inconsistent, session_log_field::kPainNextMorning, "next morning not reached"));
    return errors;
}

} // namespace paceplan::core
