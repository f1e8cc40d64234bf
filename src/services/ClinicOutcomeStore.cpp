// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ClinicOutcomeStore.h"

#include "services/Clinic.h"

namespace paceplan::services {
namespace {

core::Error noClinic()
{
    return core::makeError(core::ErrorCode::FileNotFound, "database", "no clinic database is open");
}

} // namespace

ClinicOutcomeStore::ClinicOutcomeStore(ClinicProvider clinic) : m_clinic(std::move(clinic)) { }

core::Result<PatientOutcomeData> ClinicOutcomeStore::load(core::PatientId patient)
{
    Clinic* clinic = m_clinic ? m_clinic() : nullptr;
    if (clinic == nullptr)
        return noClinic();
    return patientOutcomeData(*clinic, patient);
}

core::Result<OutcomeEntry> ClinicOutcomeStore::saveOutcome(OutcomeEntry entry)
{
    Clinic* clinic = m_clinic ? m_clinic() : nullptr;
    if (clinic == nullptr)
        return noClinic();
    return saveOutcomeEntry(*clinic, entry);
}

core::Status ClinicOutcomeStore::removeOutcome(core::OutcomeId id)
{
    Clinic* clinic = m_clinic ? m_clinic() : nullptr;
    if (clinic == nullptr)
        return noClinic();
    return services::removeOutcome(*clinic, id);
}

core::Result<core::SessionLog> ClinicOutcomeStore::saveSessionLog(core::SessionLog log)
{
    Clinic* clinic = m_clinic ? m_clinic() : nullptr;
    if (clinic == nullptr)
        return noClinic();
    return services::saveSessionLog(*clinic, std::move(log));
}

core::Result<std::vector<CaseloadRow>> ClinicOutcomeStore::caseload(const core::CaseloadFlagSettings& settings)
{
    Clinic* clinic = m_clinic ? m_clinic() : nullptr;
    if (clinic == nullptr)
        return noClinic();
    return caseloadRows(*clinic, settings);
}

} // namespace paceplan::services
