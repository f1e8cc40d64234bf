// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace paceplan::storage {

class Connection;
struct Migration;

/// How to open a clinic database.
struct OpenOptions {
    bool create = true; ///< Create the file when it does not exist (its folder must exist).
    std::string user = "clinician"; ///< Recorded as "who" in the audit log.
    std::shared_ptr<const core::Clock> clock; ///< Time source; the system clock when empty.
    const std::vector<Migration>* migrations = nullptr; ///< Schema steps; PacePlan's own when null (tests only).
};

/// The result of an integrity check.
struct IntegrityReport {
    bool ok = false;
    std::vector<std::string> problems; ///< SQLite's messages when not ok (technical; no patient data).
};

/// An open, checked and migrated PacePlan database: one SQLite file.
class Database {
public:
    /// Opens `path`, checking it is a healthy PacePlan database, backing it up and upgrading its schema when
    /// needed. Each problem has its own error code: FileNotFound (missing file or folder), FolderNotWritable,
    /// ReadOnly, NotADatabase, Damaged, NewerSchema, MigrationFailed, Busy. A file that fails is never changed.
    static core::Result<std::unique_ptr<Database>> open(const std::string& path, OpenOptions options = {});

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const std::string& path() const { return m_path; }
    int schemaVersion() const;
    const core::Clock& clock() const { return *m_clock; }
    const std::string& user() const { return m_user; }
    void setUser(std::string user) { m_user = std::move(user); }

    /// Copies the whole database to `file` with SQLite's online backup; the copy is checked afterwards.
    core::Status backupTo(const std::string& file);
    /// Writes a dated backup into the backups folder beside the database and returns its path.
    core::Result<std::string> backupNow(std::string_view reason = "manual");
    /// PRAGMA quick_check (fast) or integrity_check (full).
    core::Result<IntegrityReport> checkIntegrity(bool full);

    /// Reads or writes a clinic-wide setting (not clinical data).
    core::Result<std::string> setting(const std::string& key, const std::string& fallback = {});
    core::Status setSetting(const std::string& key, const std::string& value);

    /// The connection, for repositories inside the storage layer.
    Connection& connection() { return *m_connection; }
    /// Adds an audit_log row; call inside the write's transaction. Throws StorageError.
    void audit(
        std::string_view action, std::string_view table, std::string_view recordUuid, std::string_view detail = {});
    /// Adds an audit_log row on its own, for an event that changes no record (printing a patient's summary, say);
    /// `detail` must hold no patient data.
    core::Status auditEvent(
        std::string_view action, std::string_view table, std::string_view recordUuid, std::string_view detail = {});

private:
    Database(std::unique_ptr<Connection> connection, std::string path, OpenOptions options);

    std::unique_ptr<Connection> m_connection;
    std::string m_path;
    std::string m_user;
    std::shared_ptr<const core::Clock> m_clock;
};

/// The folder where backups of `databasePath` are written: "backups" beside the database.
std::string backupFolderFor(const std::string& databasePath);

/// Backups of `databasePath` in its backup folder, newest first.
std::vector<std::string> listBackups(const std::string& databasePath);

/// Replaces a damaged database with a healthy backup; the damaged file is kept beside it, renamed
/// "<name>.damaged-<time>", never deleted.
core::Status restoreFromBackup(
    const std::string& backupPath, const std::string& databasePath, const core::Clock& clock);

} // namespace paceplan::storage
