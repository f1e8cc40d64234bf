// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/OutcomeCommands.h"

#include "core/outcomes/InstrumentRegistry.h"
#include "core/outcomes/Scoring.h"
#include "interop/PatientJson.h"
#include "interop/outcomes/OutcomeJson.h"
#include "services/Outcomes.h"
#include "services/Patients.h"
#include "storage/Uuid.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <ostream>

namespace paceplan::cli {

using namespace paceplan::core;
using nlohmann::json;

namespace outcome_cli {

std::optional<long long> parseWhole(const std::string& text)
{
    long long value = 0;
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

bool readInt(Context& context, const std::string& option, std::optional<int>& out, int& code)
{
    const auto text = context.args.value(option);
    if (!text)
        return true;
    const auto value = parseWhole(*text);
    if (!value || *value < -1000000 || *value > 1000000) {
        code = context.usage(option + " needs a whole number, got '" + *text + "'");
        return false;
    }
    out = static_cast<int>(*value);
    return true;
}

bool readDate(Context& context, const std::string& option, std::optional<Date>& out, int& code)
{
    const auto text = context.args.value(option);
    if (!text)
        return true;
    out = Date::fromIso(*text);
    if (!out) {
        code = context.usage(option + " needs a date YYYY-MM-DD, got '" + *text + "'");
        return false;
    }
    return true;
}

int failWithDetail(Context& context, const Error& error, const std::string& subject)
{
    if (context.json())
        context.out << interop::errorToJson(error, error.detail).dump(2) << '\n';
    context.err << "paceplan-cli: " << subject << ": "
                << (error.detail.empty() ? errorCodeName(error.code) : error.detail) << '\n';
    return exitCodeFor(error);
}

namespace {

Result<Patient> findPatient(Context& context)
{
    const auto key = context.args.value("--patient");
    if (!key)
        return makeError(ErrorCode::Required, "patient", "--patient ID is required");
    if (!storage::isUuid(*key)) {
        const auto id = parseWhole(*key);
        if (!id || *id <= 0)
            return makeError(
                ErrorCode::InvalidFormat, "patient", "'" + *key + "' is neither a patient number nor a uuid");
    }
    return services::findPatient(*context.clinic, *key);
}

} // namespace

int openForPatient(Context& context, Patient& patient)
{
    if (!context.args.value("--patient"))
        return context.usage("--patient ID is required");
    if (const int code = context.openDatabase(false); code != kExitOk)
        return code;
    auto found = findPatient(context);
    if (!found)
        return failWithDetail(context, found.error(), "--patient " + context.args.value("--patient").value_or(""));
    patient = std::move(found).value();
    return kExitOk;
}

} // namespace outcome_cli

namespace {

constexpr const char* kScoreHelp
    = R"(Usage: paceplan-cli [--json] score INSTRUMENT (--answers LIST | --total N) [--age N --sex SEX]

Scores one completed instrument; no database is needed. LIST holds the item answers in item order, separated
by commas, with an empty field for a missing answer (",3,,2"). Each answer is the value the instrument
publishes for it (ODI 0-5, TSK 1-4, GRC -7 to 7, a performance test's measured value); an item whose options
have no published values (STarT Back item 9) takes the option's position counting from 0. --total scores a
typed total where the instrument allows it. --age and --sex pick norm bands of performance tests.
Prints instrument, scorable, score, subscales, band and, for sbst, risk. See docs/cli-outcomes.md.
)";

constexpr const char* kInstrumentHelp = R"(Usage: paceplan-cli [--json] instrument list

Lists the instruments PacePlan scores, with their codes, items (what each measures, never the wording),
ranges, licence mode and change thresholds.
)";

constexpr const char* kOutcomeHelp = R"(Usage: paceplan-cli [--database PATH] [--json] outcome COMMAND ...

Commands:
  add --patient ID --instrument CODE (--answers LIST | --total N) [--date YYYY-MM-DD] [--setup TEXT]
      [--notes TEXT]                 Store a measurement (date defaults to today). Answers as for 'score'.
  list --patient ID [--instrument CODE] [--from DATE] [--to DATE]
                                     List a patient's measurements, oldest first, scored by today's code.
  delete ID --yes                    Delete a measurement for good.
)";

constexpr const char* kLogHelp = R"(Usage: paceplan-cli [--database PATH] [--json] log COMMAND ...

Commands:
  add --patient ID --date YYYY-MM-DD --status done|partly|skipped|not_logged [--plan PLAN|none]
      [--pain-before N] [--pain-during N] [--pain-after N] [--pain-next-morning N] [--effort N]
      [--minutes N] [--notes TEXT]   Store the diary entry of one session. Ratings are 0-10. Without --plan
                                     the log belongs to the active plan when it has started, else to none.
  list --patient ID [--from DATE] [--to DATE]
                                     List a patient's session logs, oldest first.
)";

using namespace outcome_cli;

json outcomeToJson(const storage::OutcomeRecord& record)
{
    const Instrument* instrument = InstrumentRegistry::standard().find(record.instrumentCode);
    json out = instrument ? interop::scoreResultToJson(*instrument, record.result) : json::object();
    out["id"] = record.id.value();
    out["uuid"] = record.uuid;
    out["patient_id"] = record.patientId.value();
    out["instrument"] = record.instrumentCode;
    out["instrument_version"] = record.instrumentVersion;
    out["date"] = record.takenOn.toIso();
    out["setup"] = record.setup;
    out["answers"] = record.rawAnswers;
    out["entered_total"] = record.enteredTotal ? json(*record.enteredTotal) : json(nullptr);
    out["notes"] = record.notes;
    return out;
}

std::string scoreText(const Instrument& instrument, const ScoreResult& result)
{
    std::string text = instrument.shortName + ": ";
    if (!result.scorable)
        return text + "not scorable (" + result.notScorableReason + ")";
    text += result.score ? formatScore(instrument, *result.score) : std::string("no total");
    if (!result.band.empty())
        text += " (" + result.band + ")";
    for (const auto& [code, value] : result.subscales)
        text += ", " + code + " " + formatNumber(value, instrument.displayDecimals);
    if (!result.risk.empty())
        text += ", risk " + result.risk;
    return text;
}

int scoreAndPrint(Context& context)
{
    int code = kExitOk;
    const std::string name = context.args.word(1);
    if (name.empty())
        return context.usage("score needs an instrument code (see 'paceplan-cli instrument list')");
    const Instrument* instrument = InstrumentRegistry::standard().find(name);
    if (instrument == nullptr)
        return failWithDetail(context,
            makeError(ErrorCode::NotFound, "instrument", "unknown instrument '" + name + "' (see 'instrument list')"),
            "score");
    ScoreContext scoring;
    std::optional<int> age;
    if (!readInt(context, "--age", age, code))
        return code;
    scoring.ageYears = age;
    if (const auto sex = context.args.value("--sex")) {
        scoring.sex = sexFromCode(*sex);
        if (!scoring.sex)
            return context.usage("--sex needs female, male, other or unknown");
    }
    const auto answers = context.args.value("--answers");
    const auto total = context.args.value("--total");
    if (answers.has_value() == total.has_value())
        return context.usage("score needs either --answers LIST or --total N");
    Result<ScoreResult> result = makeError(ErrorCode::Required, "answers");
    if (answers) {
        auto parsed = storage::parseAnswerList(*answers);
        if (!parsed)
            return failWithDetail(context, parsed.error(), "--answers");
        result = scoreAnswers(*instrument, *parsed, scoring);
    } else {
        auto value = storage::parseAnswerList(*total);
        if (!value || value->size() != 1 || !value->front())
            return context.usage("--total needs one number, got '" + *total + "'");
        result = scoreEnteredTotal(*instrument, *value->front(), scoring);
    }
    if (!result)
        return failWithDetail(context, result.error(), answers ? "--answers" : "--total");
    if (context.json())
        context.out << interop::scoreResultToJson(*instrument, *result).dump(2) << '\n';
    else
        context.out << scoreText(*instrument, *result) << '\n';
    return kExitOk;
}

int addOutcome(Context& context)
{
    int code
        = context.checkOptions({ "--patient", "--instrument", "--answers", "--total", "--date", "--setup", "--notes" });
    if (code != kExitOk)
        return code;
    if (!context.args.value("--instrument"))
        return context.usage("outcome add needs --instrument CODE");
    std::optional<Date> date;
    if (!readDate(context, "--date", date, code))
        return code;
    Patient patient;
    if (code = openForPatient(context, patient); code != kExitOk)
        return code;
    storage::OutcomeRecord record;
    record.patientId = patient.id;
    record.instrumentCode = *context.args.value("--instrument");
    record.takenOn = date.value_or(context.clinic->today());
    record.rawAnswers = context.args.value("--answers").value_or("");
    record.setup = context.args.value("--setup").value_or("");
    record.notes = context.args.value("--notes").value_or("");
    if (const auto total = context.args.value("--total")) {
        auto value = storage::parseAnswerList(*total);
        if (!value || value->size() != 1 || !value->front())
            return context.usage("--total needs one number, got '" + *total + "'");
        record.enteredTotal = *value->front();
    }
    auto added = services::addOutcome(*context.clinic, record);
    if (!added)
        return failWithDetail(context, added.error(), "outcome (" + added.error().field + ")");
    if (context.json()) {
        context.out << outcomeToJson(*added).dump(2) << '\n';
    } else {
        const Instrument* instrument = InstrumentRegistry::standard().find(added->instrumentCode);
        context.out << "Added outcome " << added->id.value() << " (" << added->takenOn.toIso()
                    << "): " << scoreText(*instrument, added->result) << '\n';
    }
    return kExitOk;
}

int listOutcomes(Context& context)
{
    int code = context.checkOptions({ "--patient", "--instrument", "--from", "--to" });
    if (code != kExitOk)
        return code;
    std::optional<Date> from;
    std::optional<Date> to;
    if (!readDate(context, "--from", from, code) || !readDate(context, "--to", to, code))
        return code;
    Patient patient;
    if (code = openForPatient(context, patient); code != kExitOk)
        return code;
    auto records = services::listOutcomes(
        *context.clinic, patient.id, from, to, context.args.value("--instrument").value_or(""));
    if (!records)
        return context.fail(records.error());
    if (context.json()) {
        json out = json::array();
        for (const auto& record : *records)
            out.push_back(outcomeToJson(record));
        context.out << out.dump(2) << '\n';
        return kExitOk;
    }
    for (const auto& record : *records) {
        const Instrument* instrument = InstrumentRegistry::standard().find(record.instrumentCode);
        context.out << record.id.value() << "  " << record.takenOn.toIso() << "  "
                    << (instrument ? scoreText(*instrument, record.result) : record.instrumentCode) << '\n';
    }
    return kExitOk;
}

int deleteOutcome(Context& context)
{
    if (const int code = context.checkOptions({ "--yes" }); code != kExitOk)
        return code;
    const auto id = parseWhole(context.args.word(2));
    if (!id || *id <= 0)
        return context.usage("outcome delete needs an outcome number");
    if (!context.args.has("--yes"))
        return context.usage("outcome delete removes the measurement for good; add --yes to confirm");
    if (const int code = context.openDatabase(false); code != kExitOk)
        return code;
    if (auto removed = services::removeOutcome(*context.clinic, OutcomeId(*id)); !removed)
        return context.fail(removed.error(), "outcome");
    context.out << (context.json() ? json { { "id", *id }, { "result", "deleted" } }.dump(2) : "Outcome deleted")
                << '\n';
    return kExitOk;
}

int addLog(Context& context)
{
    int code = context.checkOptions({ "--patient", "--date", "--status", "--plan", "--pain-before", "--pain-during",
        "--pain-after", "--pain-next-morning", "--effort", "--minutes", "--notes" });
    if (code != kExitOk)
        return code;
    SessionLog log;
    std::optional<Date> date;
    if (!readDate(context, "--date", date, code))
        return code;
    if (!date)
        return context.usage("log add needs --date YYYY-MM-DD");
    const auto status = sessionStatusFromCode(context.args.value("--status").value_or(""));
    if (!status)
        return context.usage("log add needs --status done, partly, skipped or not_logged");
    std::optional<int> plan;
    if (!readInt(context, "--pain-before", log.painBefore, code)
        || !readInt(context, "--pain-during", log.painDuring, code)
        || !readInt(context, "--pain-after", log.painAfter, code)
        || !readInt(context, "--pain-next-morning", log.painNextMorning, code)
        || !readInt(context, "--effort", log.effort, code) || !readInt(context, "--minutes", log.minutes, code))
        return code;
    const bool noPlan = context.args.value("--plan") == std::optional<std::string>("none");
    if (!noPlan && !readInt(context, "--plan", plan, code))
        return code;
    Patient patient;
    if (code = openForPatient(context, patient); code != kExitOk)
        return code;
    log.patientId = patient.id;
    log.date = *date;
    log.status = *status;
    log.notes = context.args.value("--notes").value_or("");
    if (plan)
        log.planId = PlanId(*plan);
    auto added = services::addSessionLog(
        *context.clinic, log, plan || noPlan ? services::LogPlan::AsGiven : services::LogPlan::ActiveWhenStarted);
    if (!added)
        return failWithDetail(context, added.error(), "session log (" + added.error().field + ")");
    if (context.json())
        context.out << interop::sessionLogToJson(*added).dump(2) << '\n';
    else
        context.out << "Added session log " << added->id.value() << " for " << added->date.toIso() << '\n';
    return kExitOk;
}

std::string ratingText(const std::optional<int>& value)
{
    return value ? std::to_string(*value) : std::string("-");
}

int listLogs(Context& context)
{
    int code = context.checkOptions({ "--patient", "--from", "--to" });
    if (code != kExitOk)
        return code;
    std::optional<Date> from;
    std::optional<Date> to;
    if (!readDate(context, "--from", from, code) || !readDate(context, "--to", to, code))
        return code;
    Patient patient;
    if (code = openForPatient(context, patient); code != kExitOk)
        return code;
    auto logs = services::listSessionLogs(*context.clinic, patient.id, from, to);
    if (!logs)
        return context.fail(logs.error());
    if (context.json()) {
        json out = json::array();
        for (const auto& log : *logs)
            out.push_back(interop::sessionLogToJson(log));
        context.out << out.dump(2) << '\n';
        return kExitOk;
    }
    context.out << "date        status      before during after morning effort minutes\n";
    for (const auto& log : *logs) {
        std::string status = sessionStatusCode(log.status);
        status.resize(11, ' ');
        context.out << log.date.toIso() << "  " << status << ' ' << ratingText(log.painBefore) << "      "
                    << ratingText(log.painDuring) << "      " << ratingText(log.painAfter) << "     "
                    << ratingText(log.painNextMorning) << "       " << ratingText(log.effort) << "      "
                    << ratingText(log.minutes) << '\n';
    }
    return kExitOk;
}

} // namespace

int runScoreCommand(Context& context)
{
    if (context.args.has("--help")) {
        context.out << kScoreHelp;
        return kExitOk;
    }
    if (const int code = context.checkOptions({ "--answers", "--total", "--age", "--sex" }); code != kExitOk)
        return code;
    return scoreAndPrint(context);
}

int runInstrumentCommand(Context& context)
{
    const std::string sub = context.args.word(1);
    if (context.args.has("--help") || sub != "list") {
        context.out << kInstrumentHelp;
        return context.args.has("--help") ? kExitOk : kExitUsage;
    }
    if (const int code = context.checkOptions({}); code != kExitOk)
        return code;
    json out = json::array();
    for (const auto& instrument : InstrumentRegistry::standard().all()) {
        if (context.json())
            out.push_back(interop::instrumentToJson(instrument));
        else
            context.out << instrument.code << std::string(14 - std::min<std::size_t>(13, instrument.code.size()), ' ')
                        << instrument.name << " (" << instrument.items.size() << " items, "
                        << licenceModeCode(instrument.licenceMode) << ")\n";
    }
    if (context.json())
        context.out << out.dump(2) << '\n';
    return kExitOk;
}

int runOutcomeCommand(Context& context)
{
    const std::string sub = context.args.word(1);
    if (sub.empty() || context.args.has("--help")) {
        context.out << kOutcomeHelp;
        return sub.empty() && !context.args.has("--help") ? kExitUsage : kExitOk;
    }
    if (sub == "add")
        return addOutcome(context);
    if (sub == "list")
        return listOutcomes(context);
    if (sub == "delete")
        return deleteOutcome(context);
    return context.usage("unknown outcome command '" + sub + "'");
}

int runLogCommand(Context& context)
{
    const std::string sub = context.args.word(1);
    if (sub.empty() || context.args.has("--help")) {
        context.out << kLogHelp;
        return sub.empty() && !context.args.has("--help") ? kExitUsage : kExitOk;
    }
    if (sub == "add")
        return addLog(context);
    if (sub == "list")
        return listLogs(context);
    return context.usage("unknown log command '" + sub + "'");
}

} // namespace paceplan::cli
