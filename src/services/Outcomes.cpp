// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Outcomes.h"

#include "core/monitoring/CaseloadMapping.h"
#include "core/outcomes/InstrumentRegistry.h"
#include "core/outcomes/Scoring.h"
#include "interop/outcomes/CsvWriter.h"
#include "services/Clinic.h"
#include "storage/OutcomeRepository.h"
#include "storage/PatientRepository.h"
#include "storage/PlanRepository.h"
#include "storage/SessionLogRepository.h"

#include <algorithm>
#include <sstream>

namespace paceplan::services {
namespace {

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

void fillRecord(storage::OutcomeRecord& record, const OutcomeEntry& entry)
{
    record.patientId = entry.patientId;
    record.instrumentCode = entry.instrumentCode;
    record.takenOn = entry.date;
    record.enteredTotal = entry.enteredTotal;
    record.rawAnswers = entry.enteredTotal ? std::string() : answerList(entry.answers);
    record.notes = entry.notes;
}

std::string subscaleText(const core::ScoreResult& result)
{
    std::ostringstream out;
    bool first = true;
    for (const auto& [code, value] : result.subscales) {
        out << (first ? "" : ";") << code << '=' << core::formatNumber(value, 2);
        first = false;
    }
    return out.str();
}

/// Adds the active plan's schedule (the union of each activated revision's days until the next one) and the
/// activation markers of every plan of the patient.
core::Status loadPlan(Clinic& clinic, core::PatientId patient, PatientOutcomeData& data)
{
    storage::PlanRepository plans(clinic.database(), clinic.codec());
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

} // namespace

core::ScoreContext scoreContextFor(const ScoringPerson& person, const core::Date& on)
{
    core::ScoreContext context;
    if (person.dateOfBirth.isValid() && on.isValid())
        context.ageYears = person.dateOfBirth.yearsUntil(on);
    if (person.sex != core::Sex::Unknown)
        context.sex = person.sex;
    return context;
}

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
    const core::ScoreContext context = scoreContextFor(entry.person, entry.date);
    if (entry.enteredTotal)
        return core::scoreEnteredTotal(*instrument, *entry.enteredTotal, context);
    return core::scoreAnswers(*instrument, entry.answers, context);
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

core::Result<ScoringPerson> scoringPerson(Clinic& clinic, core::PatientId patient)
{
    auto stored = storage::PatientRepository(clinic.database()).get(patient);
    if (!stored)
        return stored.error();
    return ScoringPerson { stored->dateOfBirth, stored->sex };
}

core::Result<std::vector<storage::OutcomeRecord>> listOutcomes(Clinic& clinic, core::PatientId patient,
    std::optional<core::Date> from, std::optional<core::Date> to, std::string_view instrument)
{
    return storage::OutcomeRepository(clinic.database()).list(patient, from, to, instrument);
}

core::Result<storage::OutcomeRecord> outcome(Clinic& clinic, core::OutcomeId id)
{
    return storage::OutcomeRepository(clinic.database()).get(id);
}

core::Result<storage::OutcomeRecord> addOutcome(Clinic& clinic, storage::OutcomeRecord record)
{
    return storage::OutcomeRepository(clinic.database()).add(std::move(record));
}

core::Result<storage::OutcomeRecord> updateOutcome(Clinic& clinic, storage::OutcomeRecord record)
{
    return storage::OutcomeRepository(clinic.database()).update(std::move(record));
}

core::Status removeOutcome(Clinic& clinic, core::OutcomeId id)
{
    return storage::OutcomeRepository(clinic.database()).remove(id);
}

OutcomeEntry toOutcomeEntry(const storage::OutcomeRecord& record, const ScoringPerson& person)
{
    OutcomeEntry entry;
    entry.id = record.id;
    entry.patientId = record.patientId;
    entry.instrumentCode = record.instrumentCode;
    entry.date = record.takenOn;
    entry.enteredTotal = record.enteredTotal;
    entry.notes = record.notes;
    entry.person = person;
    if (!record.rawAnswers.empty())
        if (auto answers = storage::parseAnswerList(record.rawAnswers))
            entry.answers = std::move(answers).value();
    return entry;
}

core::Result<OutcomeEntry> saveOutcomeEntry(Clinic& clinic, const OutcomeEntry& entry)
{
    storage::OutcomeRecord record;
    if (entry.id.value() != 0) {
        auto stored = outcome(clinic, entry.id);
        if (!stored)
            return stored.error();
        record = std::move(stored).value();
    }
    fillRecord(record, entry);
    auto saved = entry.id.value() != 0 ? updateOutcome(clinic, record) : addOutcome(clinic, record);
    if (!saved)
        return saved.error();
    auto person = scoringPerson(clinic, saved->patientId);
    if (!person)
        return person.error();
    return toOutcomeEntry(*saved, *person);
}

core::Result<std::optional<core::Plan>> activePlanOf(Clinic& clinic, core::PatientId patient)
{
    storage::PlanRepository plans(clinic.database(), clinic.codec());
    auto summaries = plans.plansOf(patient);
    if (!summaries)
        return summaries.error();
    for (const auto& summary : *summaries) {
        if (!summary.active)
            continue;
        auto plan = plans.revision(summary.id, summary.active->revision);
        if (!plan)
            return plan.error();
        return std::optional<core::Plan>(std::move(plan).value());
    }
    return std::optional<core::Plan>();
}

core::Result<core::SessionLog> addSessionLog(Clinic& clinic, core::SessionLog log, LogPlan plan)
{
    if (plan == LogPlan::ActiveWhenStarted && !log.planId.isValid()) {
        auto active = activePlanOf(clinic, log.patientId);
        if (!active)
            return active.error();
        if (*active && (*active)->startDate <= log.date)
            log.planId = (*active)->id;
    }
    return storage::SessionLogRepository(clinic.database()).add(std::move(log));
}

core::Result<core::SessionLog> saveSessionLog(Clinic& clinic, core::SessionLog log)
{
    storage::SessionLogRepository repository(clinic.database());
    return log.id.value() != 0 ? repository.update(std::move(log)) : repository.add(std::move(log));
}

core::Result<std::vector<core::SessionLog>> listSessionLogs(
    Clinic& clinic, core::PatientId patient, std::optional<core::Date> from, std::optional<core::Date> to)
{
    return storage::SessionLogRepository(clinic.database()).list(patient, from, to);
}

core::Result<PatientOutcomeData> patientOutcomeData(Clinic& clinic, core::PatientId patient)
{
    PatientOutcomeData data;
    auto person = scoringPerson(clinic, patient);
    if (!person)
        return person.error();
    data.person = *person;
    auto records = listOutcomes(clinic, patient);
    if (!records)
        return records.error();
    for (const auto& record : *records)
        data.outcomes.push_back(toOutcomeEntry(record, data.person));
    auto logs = listSessionLogs(clinic, patient);
    if (!logs)
        return logs.error();
    data.logs = std::move(logs).value();
    if (auto planned = loadPlan(clinic, patient, data); !planned)
        return planned.error();
    return data;
}

core::Result<std::string> outcomesCsv(Clinic& clinic, core::PatientId patient)
{
    auto records = listOutcomes(clinic, patient);
    if (!records)
        return records.error();
    interop::CsvWriter csv;
    csv.addRow({ "date", "instrument", "instrument_version", "scoring_version", "scorable", "score", "band",
        "subscales", "risk", "answers", "entered_total", "setup", "notes" });
    for (const auto& record : *records) {
        const core::Instrument* instrument = core::InstrumentRegistry::standard().find(record.instrumentCode);
        const auto& result = record.result;
        csv.addRow({ record.takenOn.toIso(), record.instrumentCode, record.instrumentVersion, result.scoringVersion,
            result.scorable ? "yes" : "no",
            result.score && instrument ? core::formatScore(*instrument, *result.score) : std::string(), result.band,
            subscaleText(result), result.risk, record.rawAnswers,
            record.enteredTotal ? core::formatNumber(*record.enteredTotal, 2) : std::string(), record.setup,
            record.notes });
    }
    return csv.text();
}

} // namespace paceplan::services
