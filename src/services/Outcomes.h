// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Date.h"
#include "core/Id.h"
#include "core/Result.h"
#include "core/monitoring/SessionLog.h"
#include "core/outcomes/Instrument.h"
#include "core/outcomes/ScoreResult.h"
#include "core/patient/Patient.h"
#include "core/plan/Plan.h"
#include "storage/OutcomeRecord.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paceplan::services {

class Clinic;

/// The patient facts that age- and sex-referenced norm bands (e.g. the 30-second chair stand) depend on.
struct ScoringPerson {
    core::Date dateOfBirth; ///< Invalid when unknown: no age-banded norm applies.
    core::Sex sex = core::Sex::Unknown; ///< Unknown: no sex-banded norm applies.
};

/// The age (on `on`) and sex of a person as core's scoring needs them: the rule storage scores records with.
core::ScoreContext scoreContextFor(const ScoringPerson& person, const core::Date& on);

/// One recorded outcome measure as the GUI edits it: raw answers (or a typed total), date and notes.
struct OutcomeEntry {
    core::OutcomeId id; ///< Null until stored.
    core::PatientId patientId;
    std::string instrumentCode;
    core::Date date;
    core::Answers answers; ///< Item answers in published order; empty when a total was typed.
    std::optional<double> enteredTotal; ///< Set when the total was typed instead of item answers.
    std::string notes;
    ScoringPerson person; ///< Who was measured, for norm bands; filled in by the store.
};

/// A labelled date drawn as a vertical line on the trend chart, e.g. a plan revision's activation.
struct PlanMarker {
    core::Date date;
    std::string label;
};

/// Everything the outcomes page shows for one patient, as plain data.
struct PatientOutcomeData {
    std::vector<OutcomeEntry> outcomes; ///< Any order; views sort by date.
    std::vector<core::SessionLog> logs;
    std::vector<core::Date> scheduled; ///< One date per scheduled session of the active plan.
    core::Date planStart; ///< First day of the active plan; invalid when there is none.
    core::PlanId planId; ///< The active plan, used for new session logs.
    int revisionNumber = 0; ///< The active revision, used for new session logs.
    std::vector<PlanMarker> markers;
    ScoringPerson person; ///< The patient's date of birth and sex, for scoring new entries.
};

/// Where the outcomes page reads and writes outcomes and session logs; storage-backed in the app.
class OutcomeStore {
public:
    virtual ~OutcomeStore() = default;
    /// Everything recorded for the patient.
    virtual core::Result<PatientOutcomeData> load(core::PatientId patient) = 0;
    /// Stores a new entry (null id) or changes an existing one; returns it as stored.
    virtual core::Result<OutcomeEntry> saveOutcome(OutcomeEntry entry) = 0;
    /// Deletes an entry.
    virtual core::Status removeOutcome(core::OutcomeId id) = 0;
    /// Stores a new log (null id) or changes an existing one; returns it as stored.
    virtual core::Result<core::SessionLog> saveSessionLog(core::SessionLog log) = 0;
};

/// An OutcomeStore kept in memory (tests, screenshots, and until a database is connected).
class MemoryOutcomeStore : public OutcomeStore {
public:
    /// Replaces the data held for a patient.
    void setData(core::PatientId patient, PatientOutcomeData data);

    core::Result<PatientOutcomeData> load(core::PatientId patient) override;
    core::Result<OutcomeEntry> saveOutcome(OutcomeEntry entry) override;
    core::Status removeOutcome(core::OutcomeId id) override;
    core::Result<core::SessionLog> saveSessionLog(core::SessionLog log) override;

private:
    std::vector<std::pair<core::PatientId, PatientOutcomeData>> m_patients;
    std::int64_t m_nextId = 1;
    PatientOutcomeData& dataOf(core::PatientId patient);
};

/// Scores an entry with core, with the person's age on the entry's date and sex: the typed total when there is
/// one, else the item answers.
core::Result<core::ScoreResult> scoreEntry(const OutcomeEntry& entry);

/// The value shown for a result: the main score, or the first subscale when there is no total.
std::optional<double> headlineValue(const core::ScoreResult& result);

/// The display label of a band code of the instrument's main band, or the code when unknown.
std::string bandLabel(const core::Instrument& instrument, const std::string& bandCode);

/// The age and sex of a stored patient, for scoring their entries.
core::Result<ScoringPerson> scoringPerson(Clinic& clinic, core::PatientId patient);

/// A patient's measurements from `from` to `to` (inclusive; open ends when empty), oldest first, each scored
/// by today's code with the patient's age and sex; `instrument` filters by code when not empty.
core::Result<std::vector<storage::OutcomeRecord>> listOutcomes(Clinic& clinic, core::PatientId patient,
    std::optional<core::Date> from = {}, std::optional<core::Date> to = {}, std::string_view instrument = {});

/// One stored measurement, scored as listOutcomes() scores it.
core::Result<storage::OutcomeRecord> outcome(Clinic& clinic, core::OutcomeId id);

/// Stores a new measurement after storage's checks (known instrument, answers in range, not in the future,
/// known patient); the write is audited. Returns it as stored and scored.
core::Result<storage::OutcomeRecord> addOutcome(Clinic& clinic, storage::OutcomeRecord record);

/// Replaces the answers, date, setup, total and notes of a stored measurement; patient and instrument stay.
core::Result<storage::OutcomeRecord> updateOutcome(Clinic& clinic, storage::OutcomeRecord record);

/// Deletes a measurement for good (audited).
core::Status removeOutcome(Clinic& clinic, core::OutcomeId id);

/// Stores an entry as edited in the desk app: a new measurement (null id) or changes to a stored one.
core::Result<OutcomeEntry> saveOutcomeEntry(Clinic& clinic, const OutcomeEntry& entry);

/// The entry the desk app edits for a stored measurement, with the patient's age and sex for scoring.
OutcomeEntry toOutcomeEntry(const storage::OutcomeRecord& record, const ScoringPerson& person);

/// Which plan a new session log without one is filed under.
enum class LogPlan {
    AsGiven, ///< Keep the log's plan (none stays none).
    ActiveWhenStarted, ///< No plan given: the active plan when it has started by the log's date, else none.
};

/// Stores a new session log (ratings 0-10, checked and audited by storage); returns it as stored.
core::Result<core::SessionLog> addSessionLog(
    Clinic& clinic, core::SessionLog log, LogPlan plan = LogPlan::ActiveWhenStarted);

/// Stores a new session log (null id) or the changed status, ratings, minutes and notes of a stored one.
core::Result<core::SessionLog> saveSessionLog(Clinic& clinic, core::SessionLog log);

/// A patient's session logs from `from` to `to` (inclusive; open ends when empty), oldest first.
core::Result<std::vector<core::SessionLog>> listSessionLogs(
    Clinic& clinic, core::PatientId patient, std::optional<core::Date> from = {}, std::optional<core::Date> to = {});

/// Everything the outcomes page shows for a patient: measurements (with their age and sex for scoring),
/// session logs, the active plan's schedule over its activated revisions and the revision markers.
core::Result<PatientOutcomeData> patientOutcomeData(Clinic& clinic, core::PatientId patient);

/// The patient's active plan revision, when there is one.
core::Result<std::optional<core::Plan>> activePlanOf(Clinic& clinic, core::PatientId patient);

/// A patient's measurements as CSV (RFC 4180), oldest first, with the header row of docs/cli-outcomes.md.
core::Result<std::string> outcomesCsv(Clinic& clinic, core::PatientId patient);

} // namespace paceplan::services
