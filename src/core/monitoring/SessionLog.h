// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Date.h"
#include "core/Id.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paceplan::core {

/// What happened to one scheduled session; stored by its code.
enum class SessionStatus { Done, Partly, Skipped, NotLogged };

/// When a pain rating on a session log was taken, relative to the exercise.
enum class PainMoment { Before, During, After, NextMorning };

/// The diary entry for one scheduled session of a plan: what was done and how much it hurt.
struct SessionLog {
    SessionLogId id;
    std::string uuid; ///< Canonical 8-4-4-4-12 UUID; empty until storage assigns one.
    PatientId patientId;
    PlanId planId;
    int revisionNumber = 0; ///< The plan revision (1, 2, ...) in force on the session date.
    Date date; ///< The date of the scheduled session.
    SessionStatus status = SessionStatus::NotLogged;
    std::optional<int> painBefore; ///< 0-10 rating just before exercising.
    std::optional<int> painDuring; ///< 0-10, the highest pain while exercising (REFERENCE §4.4).
    std::optional<int> painAfter; ///< 0-10 rating just after exercising.
    std::optional<int> painNextMorning; ///< 0-10 rating on the morning after the session.
    std::optional<int> effort; ///< 0-10 perceived effort.
    std::optional<int> minutes; ///< Minutes of exercise, 0-600.
    std::string notes;
    std::string createdAt; ///< UTC ISO-8601; set by storage.
    std::string updatedAt; ///< UTC ISO-8601; set by storage.

    /// The rating taken at `moment`, if any.
    std::optional<int> pain(PainMoment moment) const;
    /// True when the person exercised (fully or partly) in this session.
    bool exercised() const { return status == SessionStatus::Done || status == SessionStatus::Partly; }

    friend bool operator==(const SessionLog&, const SessionLog&) = default;
};

/// All values of each enum, in display order.
const std::vector<SessionStatus>& allSessionStatuses();
const std::vector<PainMoment>& allPainMoments();

/// Stable codes used in the database, JSON and the CLI; never translated.
const char* sessionStatusCode(SessionStatus value);
const char* painMomentCode(PainMoment value);
std::optional<SessionStatus> sessionStatusFromCode(std::string_view code);
std::optional<PainMoment> painMomentFromCode(std::string_view code);

} // namespace paceplan::core
