// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Date.h"
#include "core/monitoring/SessionLog.h"

#include <optional>
#include <vector>

namespace paceplan::core {

/// How adherence counts a session that was only partly done.
struct AdherenceOptions {
    /// The share of a done session that a partly done one counts for (0-1); 0.5 by default (DESIGN).
    double partlyWeight = 0.5;
};

/// Scheduled sessions in a span of days and what became of them.
struct AdherenceCounts {
    Date first; ///< First day of the span.
    Date last; ///< Last day of the span (inclusive).
    int scheduled = 0; ///< Sessions the plan schedules in the span.
    int done = 0;
    int partly = 0;
    int skipped = 0;
    int notLogged = 0; ///< Scheduled sessions with no log or a log marked "not logged".
    int unscheduledSessions = 0; ///< Done or partly logs beyond the schedule; they do not raise adherence.
    /// Percent of scheduled sessions done (partly ones weighted); nothing when no session was scheduled.
    std::optional<double> percent;

    friend bool operator==(const AdherenceCounts&, const AdherenceCounts&) = default;
};

/// Adherence for one week of a plan.
struct WeekAdherence {
    int weekNumber = 0; ///< 1 for the week that starts on the plan's first day.
    AdherenceCounts counts;

    friend bool operator==(const WeekAdherence&, const WeekAdherence&) = default;
};

/// Counts the scheduled sessions from `first` to `last` (inclusive) and matches them with the logs.
/// `scheduled` lists one date per scheduled session (a date appears twice for two sessions that day);
/// `logs` are the logs of the same plan. Each scheduled session is matched with at most one log of its date,
/// the most complete first (done, partly, skipped, not logged).
AdherenceCounts adherenceBetween(const std::vector<Date>& scheduled, const std::vector<SessionLog>& logs,
    const Date& first, const Date& last, const AdherenceOptions& options = {});

/// Adherence over the `days` days that end on `today` (today included).
AdherenceCounts adherenceOverLastDays(const std::vector<Date>& scheduled, const std::vector<SessionLog>& logs,
    const Date& today, int days, const AdherenceOptions& options = {});

/// Adherence per plan week: week 1 starts on `planStart`; weeks run to the one that holds `today`, and the
/// current week counts only the days up to `today`. Empty when `today` is before `planStart`.
std::vector<WeekAdherence> weeklyAdherence(const std::vector<Date>& scheduled, const std::vector<SessionLog>& logs,
    const Date& planStart, const Date& today, const AdherenceOptions& options = {});

} // namespace paceplan::core
