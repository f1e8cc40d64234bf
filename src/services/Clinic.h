// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Date.h"
#include "core/Result.h"
#include "core/library/ExerciseCatalog.h"
#include "interop/JsonDocumentCodec.h"

#include <memory>
#include <optional>
#include <string>

namespace paceplan::storage {
class Database;
}

namespace paceplan::services {

/// How to open a clinic.
struct OpenRequest {
    std::string path; ///< The clinic's database file.
    bool create = false; ///< Create the file when it does not exist (its folder must exist).
    std::string user; ///< Who the audit log names; empty = the signed-in system user.
    std::shared_ptr<const core::Clock> clock; ///< Time source; the system clock when empty.
    /// When true, opening fails if the shipped content cannot be merged (the CLI); when false the failure is
    /// logged and the clinic still opens (the desk app: a read-only clinic can still be read).
    bool requireShippedContent = false;
};

/// An open clinic: its database, how plan documents are written, and the exercise catalog every operation shares.
class Clinic {
public:
    /// Opens (and if asked creates) a clinic, checks and upgrades it, and merges the shipped content.
    static core::Result<std::unique_ptr<Clinic>> open(OpenRequest request);
    /// Takes over an already opened database (tests, demo tools); merges the shipped content.
    static std::unique_ptr<Clinic> adopt(std::unique_ptr<storage::Database> database);

    ~Clinic();
    Clinic(const Clinic&) = delete;
    Clinic& operator=(const Clinic&) = delete;

    storage::Database& database() { return *m_database; }
    const core::DocumentCodec& codec() const { return m_codec; }
    /// The clinic's today, from its clock.
    core::Date today() const;
    /// The database file.
    const std::string& path() const;
    /// Every exercise of the clinic, read once and shared; a reload after exercisesChanged() gives a new object
    /// while holders of the old one keep it alive.
    std::shared_ptr<const core::InMemoryCatalog> catalog();
    /// Call after adding or changing exercises: the next catalog() reads them again.
    void exercisesChanged() { m_catalog.reset(); }

private:
    explicit Clinic(std::unique_ptr<storage::Database> database);

    std::unique_ptr<storage::Database> m_database;
    interop::JsonDocumentCodec m_codec;
    std::shared_ptr<const core::InMemoryCatalog> m_catalog;
};

/// Who the audit log names when no one is given: the system user, with `suffix` (e.g. " (cli)") appended.
std::string systemUser(const std::string& suffix = {});

/// The backup to offer when opening `path` failed with `error`: the newest backup when the file is damaged or
/// not a database and a backup exists; nothing otherwise (the error is then final).
std::optional<std::string> restoreOffer(const std::string& path, const core::Error& error);

/// Writes a dated backup of the clinic into the backups folder beside it; returns the backup's path.
core::Result<std::string> backUpNow(Clinic& clinic);

/// Puts `backup` in place of the clinic at `path`; the damaged file is kept beside it.
core::Status restoreBackup(const std::string& backup, const std::string& path);

} // namespace paceplan::services
