// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace paceplan::storage {

class Connection;

/// One numbered schema step. Released steps are never edited: fix forward with a new step.
struct Migration {
    int version = 0; ///< The schema version after this step.
    std::string description; ///< One line, also listed in docs/schema.md.
    std::string sql; ///< Statements run in the step's transaction.
    std::function<void(Connection&)> after; ///< Optional data work in the same transaction.
};

/// The ordered list of PacePlan's schema steps.
const std::vector<Migration>& schemaMigrations();

/// The schema version this build writes.
int latestSchemaVersion();

/// Brings the database from its PRAGMA user_version up to the last step of `steps`, each step in its own
/// transaction that also sets user_version; a failing step rolls back and throws (MigrationFailed).
void migrate(Connection& connection, const std::vector<Migration>& steps);

} // namespace paceplan::storage
