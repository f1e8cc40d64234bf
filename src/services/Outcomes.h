// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Date.h"
#include "core/Id.h"
#include "core/Result.h"
#include "core/monitoring/SessionLog.h"
#include "core/outcomes/Instrument.h"
#include "core/outcomes/ScoreResult.h"

#include <optional>
#include <string>
#include <vector>

namespace paceplan::services {

/// One recorded outcome measure as the GUI edits it: raw answers (or a typed total), date and notes.
struct OutcomeEntry {
    core::OutcomeId id; ///< Null until stored.
    core::PatientId patientId;
    std::string instrumentCode;
    core::Date date;
    core::Answers answers; ///< Item answers in published order; empty when a total was typed.
    std::optional<double> enteredTotal; ///< Set when the total was typed instead of item answers.
    std::string notes;
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

/// Scores an entry with core: the typed total when there is one, else the item answers.
core::Result<core::ScoreResult> scoreEntry(const OutcomeEntry& entry);

/// The value shown for a result: the main score, or the first subscale when there is no total.
std::optional<double> headlineValue(const core::ScoreResult& result);

/// The display label of a band code of the instrument's main band, or the code when unknown.
std::string bandLabel(const core::Instrument& instrument, const std::string& bandCode);

} // namespace paceplan::services
