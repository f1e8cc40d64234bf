// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Plan.h"

#include <string>
#include <vector>

namespace paceplan::gui {

/// The plan-level fields edited together: title, goals, start, length, phases and education topics.
struct PlanDetails {
    std::string title;
    std::string goals;
    core::Date startDate;
    int lengthWeeks = 12;
    std::vector<core::PlanPhase> phases;
    std::vector<std::string> educationTopicIds;

    /// The details of a plan.
    static PlanDetails of(const core::Plan& plan);
    /// Writes the details into a plan.
    void applyTo(core::Plan& plan) const;

    friend bool operator==(const PlanDetails&, const PlanDetails&) = default;
};

} // namespace paceplan::gui
