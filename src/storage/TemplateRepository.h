// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DocumentCodec.h"
#include "core/Result.h"
#include "core/patient/Patient.h"
#include "core/plan/Plan.h"

#include <string>
#include <string_view>
#include <vector>

namespace paceplan::storage {

class Database;

/// A reusable plan without patient or dates: shipped with PacePlan (built in) or saved by the clinic.
struct PlanTemplate {
    std::string code; ///< Stable id: kebab-case for built-in templates, "custom-<uuid>" for the clinic's.
    std::string name;
    std::string description;
    core::PrimaryCondition condition = core::PrimaryCondition::Other;
    bool builtin = false;
    core::Plan plan; ///< Start date invalid; doses are the template's defaults.
};

/// Stores plan templates.
class TemplateRepository {
public:
    TemplateRepository(Database& database, const core::DocumentCodec& codec);

    /// Adds or refreshes the built-in templates; the clinic's own are never touched.
    core::Status mergeBuiltins(const std::vector<PlanTemplate>& templates);
    core::Result<std::vector<PlanTemplate>> list();
    core::Result<PlanTemplate> get(std::string_view code);
    /// Stores a clinic template (a new code when empty); built-in templates cannot be changed.
    core::Result<PlanTemplate> save(PlanTemplate planTemplate);
    core::Status remove(std::string_view code);

private:
    Database& m_db;
    const core::DocumentCodec& m_codec;
};

} // namespace paceplan::storage
