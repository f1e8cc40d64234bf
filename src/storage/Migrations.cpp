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

// Version 2: the exercise library (shipped and the clinic's own), pictures and education topics. Whole
// documents are kept as JSON text in `content` (ADR 3); the columns hold what lists filter and sort on.
constexpr const char* kSchemaV2 = R"SQL(
CREATE TABLE exercise (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    category        TEXT NOT NULL,
    level           INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    regions         TEXT NOT NULL DEFAULT '',
    equipment       TEXT NOT NULL DEFAULT '',
    search_key      TEXT NOT NULL,
    source          TEXT NOT NULL CHECK (source IN ('library', 'custom')),
    library_version INTEGER NOT NULL DEFAULT 0,
    clinic_edited   INTEGER NOT NULL DEFAULT 0 CHECK (clinic_edited IN (0, 1)),
    archived        INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    content         TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX exercise_by_category ON exercise (category, level);
CREATE INDEX exercise_by_search ON exercise (search_key);
CREATE TABLE exercise_media (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    exercise_id INTEGER NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    mime_type   TEXT NOT NULL CHECK (mime_type IN ('image/png', 'image/jpeg', 'image/svg+xml')),
    width       INTEGER NOT NULL DEFAULT 0,
    height      INTEGER NOT NULL DEFAULT 0,
    caption     TEXT NOT NULL DEFAULT '',
    data        BLOB NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX exercise_media_by_exercise ON exercise_media (exercise_id, position);
CREATE TABLE education_topic (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    code            TEXT NOT NULL UNIQUE,
    title           TEXT NOT NULL,
    library_version INTEGER NOT NULL DEFAULT 0,
    clinic_edited   INTEGER NOT NULL DEFAULT 0 CHECK (clinic_edited IN (0, 1)),
    content         TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
)SQL";

// Version 3: exercise plans with their revisions, and plan templates. A revision that was activated or
// printed is locked: edits make a new revision.
constexpr const char* kSchemaV3 = R"SQL(
CREATE TABLE plan (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    patient_id INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX plan_by_patient ON plan (patient_id);
CREATE TABLE plan_revision (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    plan_id         INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    revision        INTEGER NOT NULL CHECK (revision >= 1),
    state           TEXT NOT NULL CHECK (state IN ('draft', 'active', 'superseded', 'completed')),
    title           TEXT NOT NULL,
    start_date      TEXT NOT NULL DEFAULT '',
    length_weeks    INTEGER NOT NULL CHECK (length_weeks BETWEEN 1 AND 52),
    locked          INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
    activated_at    TEXT NOT NULL DEFAULT '',
    printed_at      TEXT NOT NULL DEFAULT '',
    screening       TEXT NOT NULL DEFAULT '',
    override_reason TEXT NOT NULL DEFAULT '',
    content         TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (plan_id, revision)
);
CREATE TABLE plan_template (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    condition   TEXT NOT NULL DEFAULT 'other',
    builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    content     TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
)SQL";

// Version 4: outcome measurements and session logs. Raw answers are kept exactly as entered (comma-separated,
// an empty field for a missing answer); the score is recomputed on read by the versioned scoring code and also
// stored with its scoring version so old results stay explainable.
constexpr const char* kSchemaV4 = R"SQL(
CREATE TABLE outcome (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    patient_id         INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    instrument         TEXT NOT NULL,
    instrument_version TEXT NOT NULL DEFAULT '',
    scoring_version    TEXT NOT NULL DEFAULT '',
    taken_on           TEXT NOT NULL,
    setup              TEXT NOT NULL DEFAULT '',
    raw_answers        TEXT NOT NULL DEFAULT '',
    entered_total      REAL,
    score              REAL,
    band               TEXT NOT NULL DEFAULT '',
    subscales          TEXT NOT NULL DEFAULT '',
    notes              TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX outcome_by_patient_date ON outcome (patient_id, taken_on);
CREATE TABLE session_log (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    patient_id       INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    plan_id          INTEGER REFERENCES plan (id) ON DELETE CASCADE,
    revision         INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
    date             TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('done', 'partly', 'skipped', 'not_logged')),
    pain_before      INTEGER CHECK (pain_before IS NULL OR pain_before BETWEEN 0 AND 10),
    pain_during      INTEGER CHECK (pain_during IS NULL OR pain_during BETWEEN 0 AND 10),
    pain_after       INTEGER CHECK (pain_after IS NULL OR pain_after BETWEEN 0 AND 10),
    pain_next_morning INTEGER CHECK (pain_next_morning IS NULL OR pain_next_morning BETWEEN 0 AND 10),
    effort           INTEGER CHECK (effort IS NULL OR effort BETWEEN 0 AND 10),
    minutes          INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 0 AND 600),
    notes            TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE UNIQUE INDEX session_log_one_per_day ON session_log (patient_id, ifnull(plan_id, 0), date);
CREATE INDEX session_log_by_patient_date ON session_log (patient_id, date);
CREATE INDEX session_log_by_plan ON session_log (plan_id);
)SQL";

} // namespace

const std::vector<Migration>& schemaMigrations()
{
    static const std::vector<Migration> steps = {
        { 1, "Patients, clinic settings and the audit log", kSchemaV1, {} },
        { 2, "Exercise library, the clinic's own exercises, pictures and education topics", kSchemaV2, {} },
        { 3, "Exercise plans with revisions, and plan templates", kSchemaV3, {} },
        { 4, "Outcome measurements and session logs", kSchemaV4, {} },
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
            throw StorageError(
                core::ErrorCode::MigrationFailed, "step " + std::to_string(step.version) + " failed: " + error.what());
        }
    }
}

} // namespace paceplan::storage
