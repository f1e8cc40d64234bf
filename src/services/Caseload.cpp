// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Caseload.h"

#include "core/monitoring/CaseloadMapping.h"
#include "core/monitoring/PainAdvisor.h"
#include "core/outcomes/ChangeSummary.h"
#include "core/outcomes/InstrumentRegistry.h"
#include "services/Advice.h"
#include "services/Clinic.h"
#include "services/Patients.h"
#include "storage/PatientQuery.h"

#include <algorithm>

namespace paceplan::services {
namespace {

/// The newest pain rating: a stored NPRS or a session log's next-morning (else before-exercise) rating. On the
/// same day a later NPRS wins over an earlier one and an NPRS wins over a log.
std::optional<LastPain> lastPainOf(const std::vector<OutcomeEntry>& outcomes, const std::vector<core::SessionLog>& logs)
{
    std::optional<LastPain> best;
    core::Date bestDate;
    for (const auto& entry : outcomes) {
        if (entry.instrumentCode != "nprs" || entry.date < bestDate)
            continue;
        auto result = scoreEntry(entry);
        if (!result || !result->score)
            continue;
        bestDate = entry.date;
        best = LastPain { *result->score, entry.date, "nprs" };
    }
    for (const auto& log : logs) {
        const auto value = log.painNextMorning ? log.painNextMorning : log.painBefore;
        const core::Date day = log.painNextMorning ? log.date.addDays(1) : log.date;
        if (value && day > bestDate) {
            bestDate = day;
            best = LastPain { static_cast<double>(*value), day, "session-log" };
        }
    }
    return best;
}

std::optional<MainOutcomeChange> mainChangeOf(
    core::PrimaryCondition condition, const std::vector<OutcomeEntry>& outcomes, core::ChangeClass& changeClass)
{
    const core::ChangeEngine engine;
    std::optional<MainOutcomeChange> fallback;
    core::ChangeClass fallbackClass = core::ChangeClass::Unknown;
    for (const auto& code : mainOutcomeOrder(condition)) {
        const core::Instrument* instrument = core::InstrumentRegistry::standard().find(code);
        if (instrument == nullptr)
            continue;
        std::vector<std::pair<core::Date, core::ScoreResult>> dated;
        for (const auto& entry : outcomes) {
            if (entry.instrumentCode != code || !entry.date.isValid())
                continue;
            auto result = scoreEntry(entry);
            if (result && result->scorable && result->score)
                dated.emplace_back(entry.date, std::move(result).value());
        }
        if (dated.size() < 2)
            continue;
        std::stable_sort(dated.begin(), dated.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<core::ScoreResult> series;
        series.reserve(dated.size());
        for (auto& item : dated)
            series.push_back(std::move(item.second));
        MainOutcomeChange change { code, engine.compareBaselineToLatest(series), {} };
        change.summary = core::changeSummaryLine(*instrument, change.change);
        const core::ChangeClass found = core::caseloadChangeClass(change.change.classification);
        // A scale without a published MCID cannot say whether the change matters; try the next one.
        if (found != core::ChangeClass::Unknown) {
            changeClass = found;
            return change;
        }
        if (!fallback) {
            fallback = std::move(change);
            fallbackClass = found;
        }
    }
    changeClass = fallbackClass;
    return fallback;
}

} // namespace

std::vector<std::string> mainOutcomeOrder(core::PrimaryCondition condition)
{
    using core::PrimaryCondition;
    switch (condition) {
    case PrimaryCondition::ChronicLowBackPain:
        return { "odi", "rmdq", "nprs" };
    case PrimaryCondition::NeckPain:
        return { "ndi", "nprs" };
    case PrimaryCondition::KneeOsteoarthritis:
        return { "koos-12", "nprs" };
    case PrimaryCondition::HipOsteoarthritis:
        return { "hoos-12", "nprs" };
    case PrimaryCondition::Fibromyalgia:
        return { "fiqr", "nprs" };
    case PrimaryCondition::WidespreadPain:
        return { "peg", "bpi-sf", "nprs" };
    case PrimaryCondition::Other:
        return { "nprs", "peg" };
    }
    return { "nprs" };
}

CaseloadRow buildCaseloadRow(const core::Patient& patient, const PatientOutcomeData& data, const core::Date& today,
    const core::CaseloadFlagSettings& settings)
{
    CaseloadRow row;
    row.patientId = patient.id;
    row.uuid = patient.uuid;
    row.name = patient.displayName();
    row.fullName = patient.givenName + " " + patient.familyName;
    row.condition = patient.condition;

    // One history window for the diary, as the pain-monitoring advice reads it (services::painAdvice).
    std::vector<core::SessionLog> diary;
    for (const auto& log : data.logs)
        if (log.date >= today.addDays(-kAdviceHistoryDays) && log.date <= today)
            diary.push_back(log);
    std::stable_sort(diary.begin(), diary.end(), [](const auto& a, const auto& b) { return a.date < b.date; });

    row.lastPain = lastPainOf(data.outcomes, diary);
    row.change = mainChangeOf(patient.condition, data.outcomes, row.changeClass);

    core::CaseloadInputs inputs;
    inputs.today = today;
    inputs.change = row.changeClass;
    if (auto advice = core::advisePainMonitoring(diary, today)) {
        row.advice = std::move(advice).value();
        inputs.advice = row.advice;
    }
    core::Date firstOutcome;
    for (const auto& entry : data.outcomes) {
        if (!entry.date.isValid())
            continue;
        if (!inputs.lastOutcome || *inputs.lastOutcome < entry.date)
            inputs.lastOutcome = entry.date;
        if (!firstOutcome.isValid() || entry.date < firstOutcome)
            firstOutcome = entry.date;
    }
    if (data.planId.isValid() && data.planStart.isValid()) {
        inputs.planStart = data.planStart;
        row.plan = CaseloadPlan { data.planId, data.revisionNumber, data.planStart,
            core::completedPlanWeeks(data.planStart, today) + 1 };
        std::vector<core::SessionLog> planLogs;
        for (const auto& log : data.logs)
            if (log.planId == data.planId)
                planLogs.push_back(log);
        row.adherence = core::adherenceOverLastDays(data.scheduled, planLogs, today, settings.adherenceWindowDays);
        inputs.adherence = row.adherence;
    } else {
        // Without a plan the patient still needs looking at: the weeks count from the first measure (or today).
        inputs.planStart = firstOutcome.isValid() ? firstOutcome : today;
    }
    row.flags = core::caseloadFlags(inputs, settings);
    return row;
}

core::Result<CaseloadRow> caseloadRow(
    Clinic& clinic, core::PatientId patient, const core::CaseloadFlagSettings& settings)
{
    auto stored = services::patient(clinic, patient);
    if (!stored)
        return stored.error();
    auto data = patientOutcomeData(clinic, patient);
    if (!data)
        return data.error();
    return buildCaseloadRow(*stored, *data, clinic.today(), settings);
}

core::Result<std::vector<CaseloadRow>> caseloadRows(Clinic& clinic, const core::CaseloadFlagSettings& settings)
{
    storage::PatientQuery query;
    query.archive = storage::ArchiveFilter::Active;
    query.sort = storage::PatientSort::FamilyName;
    auto patients = listPatients(clinic, query);
    if (!patients)
        return patients.error();
    const core::Date today = clinic.today();
    std::vector<CaseloadRow> rows;
    rows.reserve(patients->size());
    for (const auto& patient : *patients) {
        auto data = patientOutcomeData(clinic, patient.id);
        if (!data)
            return data.error();
        rows.push_back(buildCaseloadRow(patient, *data, today, settings));
    }
    return rows;
}

} // namespace paceplan::services
