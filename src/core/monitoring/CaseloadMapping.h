// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Date.h"
#include "core/monitoring/CaseloadFlags.h"
#include "core/outcomes/ChangeEngine.h"
#include "core/plan/Plan.h"

#include <vector>

namespace paceplan::core {

/// The caseload's change class of a change-engine classification: any meaningful or substantial improvement is
/// MeaningfulImprovement; an improvement below the MCID, no change and worse keep their class; the rest
/// (importance unknown, not interpretable) is Unknown.
ChangeClass caseloadChangeClass(ChangeClassification classification);

/// The dates of the scheduled sessions of a plan from `first` to `last` (inclusive), clipped to the plan's
/// own weeks: one date for every day of the weekly template that holds at least one exercise.
std::vector<Date> scheduledSessionDates(const Plan& plan, const Date& first, const Date& last);

} // namespace paceplan::core
