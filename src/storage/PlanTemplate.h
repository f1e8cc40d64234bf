// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/patient/Patient.h"
#include "core/plan/Plan.h"

#include <string>

namespace paceplan::storage {

/// A reusable plan without patient or dates: shipped with PacePlan (built in) or saved by the clinic.
struct PlanTemplate {
    std::string code; ///< Stable id: kebab-case for built-in templates, "custom-<uuid>" for the clinic's.
    std::string name;
    std::string description;
    core::PrimaryCondition condition = core::PrimaryCondition::Other;
    bool builtin = false;
    core::Plan plan; ///< Start date invalid; doses are the template's defaults.
};

} // namespace paceplan::storage
