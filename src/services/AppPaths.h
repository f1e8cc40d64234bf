// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace paceplan::services {

/// Sets the organisation and application names that QSettings and QStandardPaths use.
void setApplicationIdentity();

/// The folder for the app's data (database, backups, logs); created when missing. Empty on failure.
QString dataFolder();

/// The embedded default database: "clinic.db" in the data folder.
QString defaultDatabasePath();

/// The folder for log files: "logs" in the data folder.
QString logFolder();

} // namespace paceplan::services
