// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Migrations.h"

#include "storage/Connection.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"

#include <spdlog/spdlog.h>

namespace paceplan::storage {

namespace {

// Version 1: the clinic's patients and the audit trail.
constexpr const char* kSchemaV1 = R"SQL(
CREATE TABLE clinic_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE patient (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    given_name         TEXT NOT NULL,
    family_name        TEXT NOT NULL,
    date_of_birth      TEXT NOT NULL,
    sex                TEXT NOT NULL DEFAULT 'unknown',
    phone              TEXT NOT NULL DEFAULT '',
    email              TEXT NOT NULL DEFAULT '',
    condition          TEXT NOT NULL DEFAULT 'other',
    pain_duration      TEXT NOT NULL DEFAULT 'unknown',
    precautions        TEXT NOT NULL DEFAULT '',
    precaution_notes   TEXT NOT NULL DEFAULT '',
    resting_heart_rate INTEGER CHECK (resting_heart_rate IS NULL OR resting_heart_rate BETWEEN 30 AND 150),
    clinician_notes    TEXT NOT NULL DEFAULT '',
    archived           INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    key_given_first    TEXT NOT NULL,
    key_family_first   TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX patient_by_given_first ON patient (key_given_first);
CREATE INDEX patient_by_family_first ON patient (key_family_first);
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    at          TEXT NOT NULL,
    user        TEXT NOT NULL,
    action      TEXT NOT NULL,
    table_name  TEXT NOT NULL,
    record_uuid TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_record ON audit_log (record_uuid);
)SQL";

} // namespace

const std::vector<Migration>& schemaMigrations()
{
    static const std::vector<Migration> steps = {
        {1, "Patients, clinic settings and the audit log", kSchemaV1, {}},
    };
    return steps;
}

int latestSchemaVersion()
{
    return schemaMigrations().back().version;
}

void migrate(Connection& connection, const std::vector<Migration>& steps)
{
    const auto current = static_cast<int>(connection.queryInt("PRAGMA user_version"));
    for (const auto& step : steps) {
        if (step.version <= current)
            continue;
        try {
            Transaction transaction(connection);
            connection.execute(step.sql);
            if (step.after)
                step.after(connection);
            connection.execute("PRAGMA user_version = " + std::to_string(step.version));
            transaction.commit();
            spdlog::info("database schema migrated to version {} ({})", step.version, step.description);
        } catch (const StorageError& error) {
            spdlog::error("schema step {} failed: {}", step.version, error.what());
            throw StorageError(core::ErrorCode::MigrationFailed,
                               "step " + std::to_string(step.version) + " failed: " + error.what());
        }
    }
}

} // namespace paceplan::storage
