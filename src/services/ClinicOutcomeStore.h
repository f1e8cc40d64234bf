// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/Caseload.h"
#include "services/Outcomes.h"

#include <functional>
#include <vector>

namespace paceplan::services {

class Clinic;

/// The OutcomeStore of the open clinic: outcomes, session logs and the active plan's schedule and revisions,
/// read and written through the outcome services (storage validates and audits every write).
class ClinicOutcomeStore : public OutcomeStore {
public:
    /// Gives the open clinic, or null when none is open; asked on every call since the desk can switch clinics.
    using ClinicProvider = std::function<Clinic*()>;

    explicit ClinicOutcomeStore(ClinicProvider clinic);

    core::Result<PatientOutcomeData> load(core::PatientId patient) override;
    core::Result<OutcomeEntry> saveOutcome(OutcomeEntry entry) override;
    core::Status removeOutcome(core::OutcomeId id) override;
    core::Result<core::SessionLog> saveSessionLog(core::SessionLog log) override;

    /// The caseload of the open clinic by services::caseloadRows, the rule paceplan-cli uses too.
    core::Result<std::vector<CaseloadRow>> caseload(const core::CaseloadFlagSettings& settings = {});

private:
    ClinicProvider m_clinic;
};

} // namespace paceplan::services
