// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/Caseload.h"
#include "services/Outcomes.h"

#include <functional>
#include <vector>

namespace paceplan::services {

class Clinic;

/// The OutcomeStore of the open clinic database: outcomes, session logs and the active plan's schedule and
/// revisions, read and written through the storage repositories (which validate and audit every write).
class StorageOutcomeStore : public OutcomeStore {
public:
    explicit StorageOutcomeStore(std::function<Clinic*()> clinic);

    core::Result<PatientOutcomeData> load(core::PatientId patient) override;
    core::Result<OutcomeEntry> saveOutcome(OutcomeEntry entry) override;
    core::Status removeOutcome(core::OutcomeId id) override;
    core::Result<core::SessionLog> saveSessionLog(core::SessionLog log) override;

    /// A caseload line for every active (not archived) patient of the database, as of the session's today.
    core::Result<std::vector<CaseloadRow>> caseload();

private:
    core::Status loadPlan(core::PatientId patient, PatientOutcomeData& data);

    std::function<Clinic*()> m_clinic;
};

} // namespace paceplan::services
