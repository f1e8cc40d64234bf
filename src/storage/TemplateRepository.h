// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DocumentCodec.h"
#include "core/Result.h"
#include "core/patient/Patient.h"
#include "core/plan/Plan.h"
#include "storage/PlanTemplate.h"

#include <string>
#include <string_view>
#include <vector>

namespace paceplan::storage {

class Database;

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
