// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/OutcomeCommands.h"

#include "core/monitoring/Adherence.h"
#include "core/monitoring/CaseloadMapping.h"
#include "core/monitoring/PainAdvisor.h"
#include "core/outcomes/ChangeSummary.h"
#include "core/outcomes/InstrumentRegistry.h"
#include "core/outcomes/Scoring.h"
#include "interop/outcomes/CsvWriter.h"
#include "interop/outcomes/OutcomeJson.h"
#include "storage/OutcomeRepository.h"
#include "storage/PatientRepository.h"
#include "storage/SessionLogRepository.h"

#include <nlohmann/json.hpp>

#include <ostream>
#include <sstream>

namespace paceplan::cli {

using namespace paceplan::core;
using namespace paceplan::cli::outcome_cli;
using nlohmann::json;

namespace {

constexpr const char* kAdviceHelp
    = R"(Usage: paceplan-cli [--database PATH] [--json] advice --patient ID [--usual-pain N]

Works out the pain-monitoring advice (green: progress, amber: hold, red: step back, flare: the flare plan)
from the session logs of the 7 days that end today, and says why: which sessions and which ratings.
--usual-pain sets the person's usual pain level (0-10); without it the level is worked out from the
next-morning ratings of the four weeks before. See docs/monitoring.md.
)";

constexpr const char* kCaseloadHelp = R"(Usage: paceplan-cli [--database PATH] [--json] caseload

Lists every active patient with their last pain rating, the change of their main outcome since baseline
and its class, adherence over the last two weeks, this week's pain-monitoring level and the flags: no
meaningful improvement by week 6, flare in progress, adherence below 50 %, reassessment overdue.
)";

constexpr const char* kExportHelp = R"(Usage: paceplan-cli [--database PATH] export outcomes --patient ID --csv

Writes a patient's outcome measurements as CSV (RFC 4180) on stdout, oldest first: one row per measurement
with the date, instrument, score, band, subscales, the raw answers exactly as entered and the notes.
)";

/// Days of logs the advice reads: the week, the look-back for the usual level and the weeks of the trend.
constexpr int kAdviceHistoryDays = 90;

/// Instruments tried, in order, as a patient's main outcome for the caseload (condition-specific first).
std::vector<std::string> mainOutcomeOrder(PrimaryCondition condition)
{
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

Result<PainAdvice> adviceFor(Context& context, PatientId patient, const PainMonitoringThresholds& thresholds)
{
    const Date today = context.database->clock().today();
    auto logs
        = storage::SessionLogRepository(*context.database).list(patient, today.addDays(-kAdviceHistoryDays), today);
    if (!logs)
        return logs.error();
    return advisePainMonitoring(*logs, today, thresholds);
}

/// The newest pain rating: an NPRS measurement or a session log's next-morning or before-exercise rating.
json lastPain(const std::vector<storage::OutcomeRecord>& outcomes, const std::vector<SessionLog>& logs)
{
    json best = nullptr;
    Date bestDate;
    for (const auto& record : outcomes)
        if (record.instrumentCode == "nprs" && record.result.score && record.takenOn >= bestDate) {
            bestDate = record.takenOn;
            best = { { "value", *record.result.score }, { "date", record.takenOn.toIso() }, { "source", "nprs" } };
        }
    for (const auto& log : logs) {
        const auto value = log.painNextMorning ? log.painNextMorning : log.painBefore;
        const Date day = log.painNextMorning ? log.date.addDays(1) : log.date;
        if (value && day > bestDate) {
            bestDate = day;
            best = { { "value", *value }, { "date", day.toIso() }, { "source", "session-log" } };
        }
    }
    return best;
}

struct MainChange {
    json data;
    ChangeClass change = ChangeClass::Unknown;
};

MainChange mainChange(const Patient& patient, const std::vector<storage::OutcomeRecord>& outcomes)
{
    const ChangeEngine engine;
    MainChange fallback;
    for (const auto& code : mainOutcomeOrder(patient.condition)) {
        std::vector<ScoreResult> series;
        for (const auto& record : outcomes)
            if (record.instrumentCode == code && record.result.scorable && record.result.score)
                series.push_back(record.result);
        if (series.size() < 2)
            continue;
        const Instrument* instrument = InstrumentRegistry::standard().find(code);
        const ChangeResult change = engine.compareBaselineToLatest(series);
        MainChange out;
        out.change = caseloadChangeClass(change.classification);
        out.data = interop::changeResultToJson(change);
        out.data["class"] = changeClassCode(out.change);
        out.data["summary"] = changeSummaryLine(*instrument, change);
        // A scale without a published MCID cannot say whether the change matters; try the next one.
        if (out.change != ChangeClass::Unknown)
            return out;
        if (fallback.data.is_null())
            fallback = out;
    }
    return fallback;
}

json caseloadRow(Context& context, const Patient& patient, const Date& today)
{
    auto outcomes = storage::OutcomeRepository(*context.database).list(patient.id);
    auto logs
        = storage::SessionLogRepository(*context.database).list(patient.id, today.addDays(-kAdviceHistoryDays), today);
    const std::vector<storage::OutcomeRecord> records
        = outcomes ? std::move(outcomes).value() : std::vector<storage::OutcomeRecord> {};
    const std::vector<SessionLog> diary = logs ? std::move(logs).value() : std::vector<SessionLog> {};

    CaseloadFlagSettings settings;
    CaseloadInputs inputs;
    inputs.today = today;
    const MainChange change = mainChange(patient, records);
    inputs.change = change.change;
    if (!records.empty())
        inputs.lastOutcome = records.back().takenOn;
    if (auto advice = advisePainMonitoring(diary, today))
        inputs.advice = std::move(advice).value();

    json row { { "patient_id", patient.id.value() }, { "uuid", patient.uuid },
        { "name", patient.givenName + " " + patient.familyName },
        { "condition", primaryConditionCode(patient.condition) }, { "last_pain", lastPain(records, diary) },
        { "change", change.data }, { "change_class", changeClassCode(change.change) }, { "plan", nullptr },
        { "adherence", nullptr } };
    const auto plan = activePlan(context, patient.id);
    if (plan && plan->startDate.isValid()) {
        inputs.planStart = plan->startDate;
        const Date first = today.addDays(1 - settings.adherenceWindowDays);
        std::vector<SessionLog> planLogs;
        for (const auto& log : diary)
            if (log.planId == plan->id)
                planLogs.push_back(log);
        inputs.adherence = adherenceOverLastDays(
            scheduledSessionDates(*plan, first, today), planLogs, today, settings.adherenceWindowDays);
        row["plan"] = { { "id", plan->id.value() }, { "revision", plan->revision },
            { "start", plan->startDate.toIso() }, { "week", completedPlanWeeks(plan->startDate, today) + 1 } };
        row["adherence"] = interop::adherenceToJson(*inputs.adherence);
    } else {
        // Without a plan the clock for a reassessment starts at the first measurement (or today).
        inputs.planStart = records.empty() ? today : records.front().takenOn;
    }
    row["advice"] = inputs.advice ? trafficLightCode(inputs.advice->level) : "not_enough_data";
    row["flags"] = interop::caseloadFlagsToJson(caseloadFlags(inputs, settings));
    return row;
}

std::string percentText(const json& adherence)
{
    if (adherence.is_null() || adherence["percent"].is_null())
        return "-";
    return formatNumber(adherence["percent"].get<double>(), 0) + "%";
}

std::string subscaleText(const ScoreResult& result)
{
    std::ostringstream out;
    bool first = true;
    for (const auto& [code, value] : result.subscales) {
        out << (first ? "" : ";") << code << '=' << formatNumber(value, 2);
        first = false;
    }
    return out.str();
}

} // namespace

int runAdviceCommand(Context& context)
{
    if (context.args.has("--help")) {
        context.out << kAdviceHelp;
        return kExitOk;
    }
    int code = context.checkOptions({ "--patient", "--usual-pain" });
    if (code != kExitOk)
        return code;
    PainMonitoringThresholds thresholds;
    if (!readInt(context, "--usual-pain", thresholds.usualPain, code))
        return code;
    Patient patient;
    if (code = openForPatient(context, patient); code != kExitOk)
        return code;
    auto advice = adviceFor(context, patient.id, thresholds);
    if (!advice)
        return context.fail(advice.error(), "advice");
    if (context.json()) {
        json out = interop::painAdviceToJson(*advice);
        out["patient_id"] = patient.id.value();
        context.out << out.dump(2) << '\n';
    } else {
        context.out << advice->explanation << '\n';
    }
    return kExitOk;
}

int runCaseloadCommand(Context& context)
{
    if (context.args.has("--help")) {
        context.out << kCaseloadHelp;
        return kExitOk;
    }
    if (const int code = context.checkOptions({}); code != kExitOk)
        return code;
    if (const int code = context.openDatabase(false); code != kExitOk)
        return code;
    storage::PatientQuery query;
    query.archive = storage::ArchiveFilter::Active;
    auto patients = storage::PatientRepository(*context.database).list(query);
    if (!patients)
        return context.fail(patients.error());
    const Date today = context.database->clock().today();
    json rows = json::array();
    for (const auto& patient : *patients)
        rows.push_back(caseloadRow(context, patient, today));
    if (context.json()) {
        context.out << rows.dump(2) << '\n';
        return kExitOk;
    }
    for (const auto& row : rows) {
        context.out << row["patient_id"].get<std::int64_t>() << "  " << row["name"].get<std::string>() << "  pain "
                    << (row["last_pain"].is_null() ? std::string("-") : row["last_pain"]["value"].dump()) << "  "
                    << (row["change"].is_null() ? std::string("no change measured")
                                                : row["change"]["summary"].get<std::string>())
                    << "  adherence " << percentText(row["adherence"]) << "  " << row["advice"].get<std::string>();
        for (const auto& flag : row["flags"])
            context.out << "  [" << flag["code"].get<std::string>() << "]";
        context.out << '\n';
    }
    return kExitOk;
}

int runExportCommand(Context& context)
{
    if (context.args.has("--help")) {
        context.out << kExportHelp;
        return kExitOk;
    }
    if (context.args.word(1) != "outcomes")
        return context.usage("export knows 'outcomes' only: export outcomes --patient ID --csv");
    int code = context.checkOptions({ "--patient", "--csv" });
    if (code != kExitOk)
        return code;
    if (!context.args.has("--csv"))
        return context.usage("export outcomes needs --csv (the only format)");
    Patient patient;
    if (code = openForPatient(context, patient); code != kExitOk)
        return code;
    auto records = storage::OutcomeRepository(*context.database).list(patient.id);
    if (!records)
        return context.fail(records.error());
    interop::CsvWriter csv;
    csv.addRow({ "date", "instrument", "instrument_version", "scoring_version", "scorable", "score", "band",
        "subscales", "risk", "answers", "entered_total", "setup", "notes" });
    for (const auto& record : *records) {
        const Instrument* instrument = InstrumentRegistry::standard().find(record.instrumentCode);
        const auto& result = record.result;
        csv.addRow({ record.takenOn.toIso(), record.instrumentCode, record.instrumentVersion, result.scoringVersion,
            result.scorable ? "yes" : "no",
            result.score && instrument ? formatScore(*instrument, *result.score) : std::string(), result.band,
            subscaleText(result), result.risk, record.rawAnswers,
            record.enteredTotal ? formatNumber(*record.enteredTotal, 2) : std::string(), record.setup, record.notes });
    }
    context.out << csv.text();
    return kExitOk;
}

} // namespace paceplan::cli
