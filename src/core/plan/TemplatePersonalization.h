// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Date.h"
#include "core/Id.h"
#include "core/patient/Patient.h"
#include "core/plan/Plan.h"
#include "core/plan/Schedule.h"

#include <optional>
#include <string>
#include <vector>

namespace paceplan::core {

class ExerciseCatalog;

/// What the clinician measured at the first visit; every value is optional.
struct PatientBaselines {
    /// Minutes of continuous walking (or other aerobic work) the patient manages now without a clear rise
    /// in pain or fatigue, for example the mean of three days (REFERENCE §4.2).
    std::optional<int> walkingMinutes;
    /// Sit-to-stands the patient can do in a row at a steady pace before stopping.
    std::optional<int> chairStandReps;
};

/// The limits personalisation keeps to.
inline constexpr int kMinBaselineWalkingMinutes = 1;
inline constexpr int kMaxBaselineWalkingMinutes = 120;
inline constexpr int kMinBaselineChairStands = 1;
inline constexpr int kMaxBaselineChairStands = 60;
/// Repetition range from a chair-stand count: the bottom is 80 % of the count (leaving repetitions in
/// reserve, REFERENCE §3.6/§3.8), kept within 5-12, and the top is 5 more.
inline constexpr int kMinPersonalRepsLow = 5;
inline constexpr int kMaxPersonalRepsLow = 12;
inline constexpr int kPersonalRepsSpan = 5;

/// How a template is turned into a patient's plan.
struct TemplatePersonalization {
    PatientId patient;
    Date today; ///< The clinic's today; the plan starts on the next Monday after it unless startDate is set.
    Date startDate; ///< The first day of week 1; invalid = the next Monday after today.
    PatientContext context; ///< Age, resting heart rate and beta-blockers on the start date.
    PatientBaselines baselines;
    std::string goals; ///< The patient's own goals; empty keeps the template's.
};

/// A plan made from a template, ready to store as a draft, and what was changed, in plain words.
struct PersonalizedPlan {
    Plan plan;
    PatientContext context; ///< The context to schedule and check the plan with (baselines included).
    std::vector<std::string> notes;
};

/// The first Monday after `today` (a week later when today is a Monday).
Date nextMonday(const Date& today);

/// Applies a template to a patient: dates it, personalises aerobic quotas from the walking baseline (week 1 at
/// 80 %), the repetition ranges of leg exercises from the chair-stand count, replaces heart-rate targets by the
/// effort scale when heart rate cannot be used (beta-blockers, or no age or resting rate), and returns the plan
/// as a draft revision 1 for the patient with a note for every change.
PersonalizedPlan personalizeTemplate(
    const Plan& templatePlan, const TemplatePersonalization& options, const ExerciseCatalog& catalog);

/// Replaces every heart-rate target of `plan` by the matching effort range (effortForHeartRate), for a patient
/// whose heart rate cannot guide effort (beta-blockers, REFERENCE §3.4); returns how many targets changed.
int useEffortInsteadOfHeartRate(Plan& plan);

/// The one rule every face uses to make a patient's plan from a template: the plan starts on
/// `options.startDate` (or the next Monday after `options.today`), is personalised for `patient` as they are on
/// that day (age, resting heart rate, beta-blockers), and is titled with the template's own title or, when that
/// is empty, the template's name. `options.patient` and `options.context` are set from `patient`.
PersonalizedPlan planFromTemplate(const Plan& templatePlan, const std::string& templateName, const Patient& patient,
    TemplatePersonalization options, const ExerciseCatalog& catalog);

} // namespace paceplan::core
