// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DocumentCodec.h"
#include "core/Id.h"
#include "core/Result.h"
#include "report/HandoutAssembler.h"
#include "report/handout/HandoutOptions.h"

#include <optional>

namespace paceplan::storage {
class Database;
}

namespace paceplan::services {

/// Reads a plan revision and everything its handout shows (patient, exercises, pictures, topics, the previous
/// revision, the clinic's details) from the database. Without `revision`, the active revision is used, or
/// the newest when none is active.
core::Result<report::HandoutSource> loadHandoutSource(storage::Database& database, const core::DocumentCodec& codec,
    core::PlanId plan, std::optional<int> revision = std::nullopt);

/// The plan to print for a patient: the most recent plan with an active revision, else the most recent plan.
core::Result<core::PlanId> defaultHandoutPlan(
    storage::Database& database, const core::DocumentCodec& codec, core::PatientId patient);

/// The clinic's letterhead details, kept as clinic settings in the database.
report::HandoutClinic clinicDetails(storage::Database& database);
core::Status saveClinicDetails(storage::Database& database, const report::HandoutClinic& clinic);

/// The handout options last used in this clinic (stored in the database, so every computer shares them).
report::HandoutOptions handoutOptions(storage::Database& database);
core::Status saveHandoutOptions(storage::Database& database, const report::HandoutOptions& options);

/// Marks an active revision printed (it is locked from then on); drafts are not marked.
core::Status recordPrinted(
    storage::Database& database, const core::DocumentCodec& codec, const report::HandoutSource& source);

} // namespace paceplan::services
