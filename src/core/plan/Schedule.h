// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Date.h"
#include "core/library/Exercise.h"
#include "core/plan/HeartRate.h"
#include "core/plan/Plan.h"

#include <optional>
#include <string>
#include <vector>

namespace paceplan::core {

struct Patient;

/// What the progression engine and the checks need to know about the patient.
struct PatientContext {
    std::optional<int> ageYears; ///< Age at the plan's start date.
    std::optional<int> restingHeartRate; ///< Beats per minute.
    bool betaBlockers = false; ///< Heart-rate targets do not apply (REFERENCE §3.4).
    std::optional<int> aerobicBaselineMinutes; ///< Minutes of continuous aerobic work tolerated now, if measured.

    /// The context of a patient on a date (normally the plan's start date).
    static PatientContext fromPatient(const Patient& patient, const Date& on);
};

/// Assumptions used to turn doses into minutes; each is a design default (see docs/progression.md).
struct ScheduleOptions {
    double secondsPerRepetition = 4.0; ///< About 1-2 s up and 1-2 s down (REFERENCE §3.6 tempo).
    double metresPerMinute = 60.0; ///< Walking pace for distance doses (unconfirmed design default).
    bool countUntargetedAerobicAsModerate = false; ///< Count aerobic items without a target as moderate.
    double vigorousMinuteWeight = 2.0; ///< 1 vigorous minute counts as 2 moderate minutes [wis-WHO].
};

/// One item of one session with the dose of that week.
struct ScheduledItem {
    std::string itemKey;
    std::string exerciseId; ///< Can differ from the plan item when a ladder has moved on.
    Dose dose;
    std::optional<HeartRateRange> heartRate; ///< With a heart-rate target, enough patient facts and no beta-blockers.
    int ladderStep = 0; ///< How many ladder rungs above the prescribed exercise.
    bool deload = false; ///< True in the item's easier week.

    friend bool operator==(const ScheduledItem&, const ScheduledItem&) = default;
};

/// One dated day of the schedule.
struct ScheduledSession {
    Date date;
    int weekday = 0; ///< Monday = 0 ... Sunday = 6.
    DayType dayType = DayType::Rest;
    std::vector<ScheduledItem> items;
    int estimatedMinutes = 0; ///< One round of every item, with rests between sets, rounded up.

    friend bool operator==(const ScheduledSession&, const ScheduledSession&) = default;
};

/// The work of a week added up per unit; units of different kinds are never added together.
struct WeekVolume {
    int minutes = 0; ///< Duration doses of every category.
    int repetitions = 0; ///< Sets × repetitions × times a day.
    int holdSeconds = 0; ///< Sets × holds × times a day.
    int distanceMetres = 0;
    double loadKg = 0.0; ///< Sets × repetitions × kilograms × times a day.

    friend bool operator==(const WeekVolume&, const WeekVolume&) = default;
};

/// One week of the schedule.
struct ScheduledWeek {
    int week = 1;
    Date startDate;
    std::string phaseLabel;
    bool deload = false; ///< True when at least one item has its easier week now.
    std::vector<ScheduledSession> sessions; ///< Seven days in date order.
    int aerobicMinutes = 0; ///< Aerobic exercises, times a day included.
    int moderateMinutes = 0; ///< Moderate-equivalent aerobic minutes (vigorous weighted).
    int strengthDays = 0; ///< Days with at least one strength exercise.
    WeekVolume volume;

    friend bool operator==(const ScheduledWeek&, const ScheduledWeek&) = default;
};

/// The dated week-by-week schedule of a plan.
struct Schedule {
    std::vector<ScheduledWeek> weeks;

    friend bool operator==(const Schedule&, const Schedule&) = default;
};

} // namespace paceplan::core
