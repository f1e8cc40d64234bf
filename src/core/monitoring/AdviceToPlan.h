// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library/ExerciseCatalog.h"
#include "core/monitoring/PainAdvice.h"
#include "core/plan/Plan.h"
#include "core/plan/Schedule.h"

#include <optional>
#include <string>
#include <vector>

namespace paceplan::core {

/// A plan revision that carries out pain-monitoring advice, and what it changes in plain words.
struct AdvisedPlan {
    Plan plan;
    std::vector<std::string> changes;
};

/// Turns "hold" or "step back" advice into the next revision of `plan`, keeping its end date. Hold: the plan
/// starts again next Monday with this week's doses, so next week repeats them. Step back: it starts again this
/// Monday with the doses of the week the step-back rule names (or this week's reduced by its percentage).
/// Progression carries on from there; ladders keep the exercise reached. Returns nothing for other advice, when
/// `today` is outside the plan, or when no week is left.
std::optional<AdvisedPlan> applyPainAdvice(const Plan& plan, const PainAdvice& advice, const Date& today,
    const ExerciseCatalog& catalog, const PatientContext& context);

} // namespace paceplan::core
