// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ClinicOutcomeStore.h"

#include "core/monitoring/CaseloadMapping.h"
#include "core/outcomes/Scoring.h"
#include "services/Clinic.h"
#include "storage/OutcomeRepository.h"
#include "storage/PatientRepository.h"
#include "storage/PlanRepository.h"
#include "storage/SessionLogRepository.h"

#include <algorithm>

namespace paceplan::services {
namespace {

core::Error noDatabase()
{
    return core::makeError(core::ErrorCode::FileNotFound, "database", "no clinic database is open");
}

std::string answerList(const core::Answers& answers)
{
    std::string text;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        if (i > 0)
            text += ',';
        if (answers[i])
            text += core::formatNumber(
                *answers[i], *answers[i] == static_cast<double>(static_cast<long long>(*answers[i])) ? 0 : 2);
    }
    return text;
}

OutcomeEntry toEntry(const storage::OutcomeRecord& record)
{
    OutcomeEntry entry;
    entry.id = record.id;
    entry.patientId = record.patientId;
    entry.instrumentCode = record.instrumentCode;
    entry.date = record.takenOn;
    entry.enteredTotal = record.enteredTotal;
    entry.notes = record.notes;
    if (!record.rawAnswers.empty())
        if (auto answers = storage::parseAnswerList(record.rawAnswers))
            entry.answers = std::move(answers).value();
    return entry;
}

void fillRecord(storage::OutcomeRecord& record, const OutcomeEntry& entry)
{
    record.patientId = entry.patientId;
    record.instrumentCode = entry.instrumentCode;
    record.takenOn = entry.date;
    record.enteredTotal = entry.enteredTotal;
    record.rawAnswers = entry.enteredTotal ? std::string() : answerList(entry.answers);
    record.notes = entry.notes;
}

} // namespace

StorageOutcomeStore::StorageOutcomeStore(std::function<Clinic*()> clinic) : m_clinic(std::move(clinic)) { }

core::Result<PatientOutcomeData> StorageOutcomeStore::load(core::PatientId patient)
{
    Clinic* clinic = m_clinic();
    storage::Database* db = clinic ? &clinic->database() : nullptr;
    if (db == nullptr)
        return noDatabase();
    PatientOutcomeData data;
    auto records = storage::OutcomeRepository(*db).list(patient);
    if (!records)
        return records.error();
    for (const auto& record : *records)
        data.outcomes.push_back(toEntry(record));
    auto logs = storage::SessionLogRepository(*db).list(patient);
    if (!logs)
        return logs.error();
    data.logs = std::move(logs).value();
    if (auto planned = loadPlan(patient, data); !planned)
        return planned.error();
    return data;
}

core::Status StorageOutcomeStore::loadPlan(core::PatientId patient, PatientOutcomeData& data)
{
    storage::PlanRepository plans(m_clinic()->database(), m_clinic()->codec());
    auto summaries = plans.plansOf(patient);
    if (!summaries)
        return summaries.error();
    for (const auto& summary : *summaries) {
        auto revisions = plans.revisions(summary.id);
        if (!revisions)
            return revisions.error();
        std::vector<storage::RevisionInfo> activated;
        for (const auto& info : *revisions) {
            if (info.activatedAt.empty())
                continue;
            activated.push_back(info);
            if (auto date = core::Date::fromIso(info.activatedAt.substr(0, 10)))
                data.markers.push_back({ *date, "Plan rev. " + std::to_string(info.revision) });
        }
        if (!summary.active || activated.empty())
            continue;
        // The active plan: its schedule is the union of each activated revision's days until the next one.
        data.planId = summary.id;
        data.revisionNumber = summary.active->revision;
        std::sort(
            activated.begin(), activated.end(), [](const auto& a, const auto& b) { return a.revision < b.revision; });
        data.planStart = activated.front().startDate;
        for (std::size_t i = 0; i < activated.size(); ++i) {
            auto plan = plans.revision(summary.id, activated[i].revision);
            if (!plan)
                return plan.error();
            const core::Date first = activated[i].startDate;
            core::Date last = first.addDays(7 * std::max(plan->lengthWeeks, 1) - 1);
            if (i + 1 < activated.size() && activated[i + 1].startDate.isValid())
                last = std::min(last, activated[i + 1].startDate.addDays(-1));
            if (!first.isValid())
                continue;
            for (const auto& date : core::scheduledSessionDates(*plan, first, last))
                data.scheduled.push_back(date);
        }
    }
    return {};
}

core::Result<OutcomeEntry> StorageOutcomeStore::saveOutcome(OutcomeEntry entry)
{
    Clinic* clinic = m_clinic();
    storage::Database* db = clinic ? &clinic->database() : nullptr;
    if (db == nullptr)
        return noDatabase();
    storage::OutcomeRepository repository(*db);
    storage::OutcomeRecord record;
    if (entry.id.value() != 0) {
        auto stored = repository.get(entry.id);
        if (!stored)
            return stored.error();
        record = std::move(stored).value();
    }
    fillRecord(record, entry);
    auto saved = entry.id.value() != 0 ? repository.update(record) : repository.add(record);
    if (!saved)
        return saved.error();
    return toEntry(*saved);
}

core::Status StorageOutcomeStore::removeOutcome(core::OutcomeId id)
{
    Clinic* clinic = m_clinic();
    storage::Database* db = clinic ? &clinic->database() : nullptr;
    if (db == nullptr)
        return noDatabase();
    return storage::OutcomeRepository(*db).remove(id);
}

core::Result<core::SessionLog> StorageOutcomeStore::saveSessionLog(core::SessionLog log)
{
    Clinic* clinic = m_clinic();
    storage::Database* db = clinic ? &clinic->database() : nullptr;
    if (db == nullptr)
        return noDatabase();
    storage::SessionLogRepository repository(*db);
    return log.id.value() != 0 ? repository.update(log) : repository.add(log);
}

core::Result<std::vector<CaseloadRow>> StorageOutcomeStore::caseload()
{
    Clinic* clinic = m_clinic();
    storage::Database* db = clinic ? &clinic->database() : nullptr;
    if (db == nullptr)
        return noDatabase();
    storage::PatientQuery query;
    auto patients = storage::PatientRepository(*db).list(query);
    if (!patients)
        return patients.error();
    std::vector<CaseloadRow> rows;
    for (const auto& patient : *patients) {
        auto data = load(patient.id);
        if (!data)
            return data.error();
        rows.push_back(buildCaseloadRow(patient.id, patient.displayName(), *data, m_clinic()->today()));
    }
    return rows;
}

} // namespace paceplan::services
