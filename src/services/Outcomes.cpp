// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Outcomes.h"

#include "core/outcomes/InstrumentRegistry.h"
#include "core/outcomes/Scoring.h"

#include <algorithm>

namespace paceplan::services {

void MemoryOutcomeStore::setData(core::PatientId patient, PatientOutcomeData data)
{
    for (auto& entry : data.outcomes)
        if (entry.id.value() >= m_nextId)
            m_nextId = entry.id.value() + 1;
    dataOf(patient) = std::move(data);
}

PatientOutcomeData& MemoryOutcomeStore::dataOf(core::PatientId patient)
{
    for (auto& [id, data] : m_patients)
        if (id == patient)
            return data;
    m_patients.emplace_back(patient, PatientOutcomeData {});
    return m_patients.back().second;
}

core::Result<PatientOutcomeData> MemoryOutcomeStore::load(core::PatientId patient)
{
    return dataOf(patient);
}

core::Result<OutcomeEntry> MemoryOutcomeStore::saveOutcome(OutcomeEntry entry)
{
    auto& outcomes = dataOf(entry.patientId).outcomes;
    if (entry.id.value() == 0) {
        entry.id = core::OutcomeId(m_nextId++);
        outcomes.push_back(entry);
        return entry;
    }
    const auto found = std::find_if(
        outcomes.begin(), outcomes.end(), [&](const OutcomeEntry& stored) { return stored.id == entry.id; });
    if (found == outcomes.end())
        return core::makeError(core::ErrorCode::NotFound, "outcome");
    *found = entry;
    return entry;
}

core::Status MemoryOutcomeStore::removeOutcome(core::OutcomeId id)
{
    for (auto& [patient, data] : m_patients) {
        const auto removed = std::erase_if(data.outcomes, [&](const OutcomeEntry& entry) { return entry.id == id; });
        if (removed > 0)
            return {};
    }
    return core::makeError(core::ErrorCode::NotFound, "outcome");
}

core::Result<core::SessionLog> MemoryOutcomeStore::saveSessionLog(core::SessionLog log)
{
    auto& logs = dataOf(log.patientId).logs;
    if (log.id.value() == 0) {
        log.id = core::SessionLogId(m_nextId++);
        logs.push_back(log);
        return log;
    }
    const auto found
        = std::find_if(logs.begin(), logs.end(), [&](const core::SessionLog& stored) { return stored.id == log.id; });
    if (found == logs.end())
        return core::makeError(core::ErrorCode::NotFound, "session log");
    *found = log;
    return log;
}

core::Result<core::ScoreResult> scoreEntry(const OutcomeEntry& entry)
{
    const core::Instrument* instrument = core::InstrumentRegistry::standard().find(entry.instrumentCode);
    if (instrument == nullptr)
        return core::makeError(core::ErrorCode::NotFound, "instrument", entry.instrumentCode);
    if (entry.enteredTotal)
        return core::scoreEnteredTotal(*instrument, *entry.enteredTotal);
    return core::scoreAnswers(*instrument, entry.answers);
}

std::optional<double> headlineValue(const core::ScoreResult& result)
{
    if (!result.scorable)
        return std::nullopt;
    if (result.score)
        return result.score;
    if (!result.subscales.empty())
        return result.subscales.begin()->second;
    return std::nullopt;
}

std::string bandLabel(const core::Instrument& instrument, const std::string& bandCode)
{
    if (bandCode.empty())
        return {};
    for (const auto& scheme : instrument.bandSchemes)
        for (const auto& row : scheme.rows)
            for (const auto& band : row.bands)
                if (band.code == bandCode)
                    return band.label;
    return bandCode;
}

} // namespace paceplan::services
