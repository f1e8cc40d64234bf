// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/PlanDetails.h"

namespace paceplan::gui {

PlanDetails PlanDetails::of(const core::Plan& plan)
{
    return { plan.title, plan.goals, plan.startDate, plan.lengthWeeks, plan.phases, plan.educationTopicIds };
}

void PlanDetails::applyTo(core::Plan& plan) const
{
    plan.title = title;
    plan.goals = goals;
    plan.startDate = startDate;
    plan.lengthWeeks = lengthWeeks;
    plan.phases = phases;
    plan.educationTopicIds = educationTopicIds;
}

} // namespace paceplan::gui
