// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Plan.h"
#include "core/plan/Schedule.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paceplan::core {

class ExerciseCatalog;

/// How much a finding matters; stored by its stable code.
enum class Severity { Info, Warning, Problem };

/// One finding of the plan checks: what, how serious, where, and a plain message for the clinician.
struct PlanFinding {
    std::string code; ///< A stable code from check_code.
    Severity severity = Severity::Info;
    int week = 0; ///< The week it concerns (1-based); 0 = every week (the weekly template).
    int weekday = -1; ///< The day it concerns, Monday = 0 ... Sunday = 6; -1 = no single day.
    std::string itemKey; ///< The item it concerns; empty = no single item.
    std::string message;

    friend bool operator==(const PlanFinding&, const PlanFinding&) = default;
};

/// The stable codes of the plan checks.
namespace check_code {
inline constexpr const char* kNoRestDay = "no-rest-day";
inline constexpr const char* kStrengthSameRegion = "strength-same-region";
inline constexpr const char* kVolumeIncrease = "volume-increase";
inline constexpr const char* kStartAboveBaseline = "start-above-baseline";
inline constexpr const char* kBelowWhoAerobic = "below-who-aerobic";
inline constexpr const char* kFewStrengthDays = "few-strength-days";
inline constexpr const char* kHeartRateWithBetaBlockers = "heart-rate-with-beta-blockers";
inline constexpr const char* kHeartRateUnavailable = "heart-rate-unavailable";
inline constexpr const char* kTooManyExercises = "too-many-exercises";
inline constexpr const char* kRestDayWithExercises = "rest-day-with-exercises";
inline constexpr const char* kSessionTooLong = "session-too-long";
inline constexpr const char* kNoDose = "no-dose";
inline constexpr const char* kUnknownExercise = "unknown-exercise";
inline constexpr const char* kQuotaGoalNotReached = "quota-goal-not-reached";
} // namespace check_code

/// The limits the checks use, with their defaults and sources (see docs/progression.md).
struct CheckLimits {
    /// Largest week-over-week rise of an item's volume: +10 %/week of the quota [I-Engage][oakvillepain];
    /// the general "10 % rule" is unconfirmed, so this is a configurable default.
    double maxWeeklyIncreasePercent = 10.0;
    /// Days between strength sessions for the same body region: 48 h [cascadeprimetimers]; older-adult
    /// guidance allows 24-48 h [Avers2009 via bonefit]. Used within 1-7.
    int minRecoveryDays = 2;
    /// Moderate-intensity aerobic minutes a week [Bull2020].
    int whoAerobicMinutes = 150;
    /// Strength days a week [Bull2020].
    int minStrengthDays = 2;
    /// Most exercises on one day (design default, unconfirmed: shorter lists are easier to keep up).
    int maxExercisesPerDay = 6;
    /// Longest estimated session in minutes (design default, unconfirmed).
    int maxSessionMinutes = 60;
};

/// Stable codes for storage and JSON; the FromCode functions give nothing for an unknown code.
const char* severityCode(Severity severity);
std::optional<Severity> severityFromCode(std::string_view code);

/// Runs every plan check over a plan and its schedule (built by buildSchedule with the same context).
/// Findings come most serious first, then in check order.
std::vector<PlanFinding> checkPlan(const Plan& plan, const Schedule& schedule, const ExerciseCatalog& catalog,
    const PatientContext& context, const CheckLimits& limits = {});

/// The weekly volume of one scheduled dose: sets × amount × times a day, × kilograms with a weight.
double itemVolume(const Dose& dose);

} // namespace paceplan::core
