// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/PlanChecks.h"

#include <string>
#include <vector>

namespace paceplan::core::detail {

/// Everything a plan check reads; shared by the check files.
struct CheckInput {
    const Plan& plan;
    const Schedule& schedule;
    const ExerciseCatalog& catalog;
    const PatientContext& context;
    const CheckLimits& limits;
};

/// Checks of the weekly template: rest day, list length, doses, exercises, intensity targets, baselines.
void checkTemplate(const CheckInput& input, std::vector<PlanFinding>& findings);

/// Checks of the dated schedule: recovery between strength days, volume rises, session length, weekly
/// aerobic minutes and strength days, quota goals.
void checkSchedule(const CheckInput& input, std::vector<PlanFinding>& findings);

} // namespace paceplan::core::detail
