// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Id.h"
#include "core/Result.h"
#include "core/monitoring/AdviceToPlan.h"
#include "core/monitoring/PainAdvisor.h"

#include <optional>

namespace paceplan::services {

class Clinic;

/// How far back the session diary is read for pain-monitoring advice, by every face: the seven days the advice
/// speaks about, the look-back for the usual pain level and the weeks of the morning-pain trend (REFERENCE §4.4).
inline constexpr int kAdviceHistoryDays = 90;

/// Pain-monitoring advice for a patient, with the active plan it applies to.
struct CurrentAdvice {
    core::PlanId plan; ///< The plan with an active revision; invalid when the patient has none.
    int activeRevision = 0;
    core::PainAdvice advice;
};

/// The advice from the patient's session diary over the last kAdviceHistoryDays, as of the clinic's today.
core::Result<core::PainAdvice> painAdvice(
    Clinic& clinic, core::PatientId patient, const core::PainMonitoringThresholds& thresholds = {});

/// The advice and the active plan it applies to; nothing when the patient has no active plan.
core::Result<std::optional<CurrentAdvice>> currentAdvice(Clinic& clinic, core::PatientId patient);

/// What applying the advice to the active revision would change; nothing when it cannot be applied (outside
/// the plan's weeks, or advice that asks for no change).
core::Result<std::optional<core::AdvisedPlan>> previewAdvice(Clinic& clinic, const CurrentAdvice& advice);

/// Applies the advice as a new draft revision of the plan (never changing the active one); returns it as stored.
core::Result<core::Plan> applyAdvice(Clinic& clinic, const CurrentAdvice& advice);

} // namespace paceplan::services
