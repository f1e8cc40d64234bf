// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/OutcomeCommands.h"

#include "core/outcomes/Scoring.h"
#include "interop/outcomes/OutcomeJson.h"
#include "services/Advice.h"
#include "services/Caseload.h"
#include "services/Outcomes.h"

#include <nlohmann/json.hpp>

#include <ostream>

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

json caseloadRowToJson(const services::CaseloadRow& row)
{
    json out { { "patient_id", row.patientId.value() }, { "uuid", row.uuid }, { "name", row.fullName },
        { "condition", primaryConditionCode(row.condition) }, { "last_pain", nullptr }, { "change", nullptr },
        { "change_class", changeClassCode(row.changeClass) }, { "plan", nullptr }, { "adherence", nullptr } };
    if (row.lastPain)
        out["last_pain"] = { { "value", row.lastPain->value }, { "date", row.lastPain->date.toIso() },
            { "source", row.lastPain->source } };
    if (row.change) {
        out["change"] = interop::changeResultToJson(row.change->change);
        out["change"]["class"] = changeClassCode(row.changeClass);
        out["change"]["summary"] = row.change->summary;
    }
    if (row.plan)
        out["plan"] = { { "id", row.plan->id.value() }, { "revision", row.plan->revision },
            { "start", row.plan->start.toIso() }, { "week", row.plan->week } };
    if (row.adherence)
        out["adherence"] = interop::adherenceToJson(*row.adherence);
    out["advice"] = row.advice ? trafficLightCode(row.advice->level) : "not_enough_data";
    out["flags"] = interop::caseloadFlagsToJson(row.flags);
    return out;
}

std::string percentText(const json& adherence)
{
    if (adherence.is_null() || adherence["percent"].is_null())
        return "-";
    return formatNumber(adherence["percent"].get<double>(), 0) + "%";
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
    auto advice = services::painAdvice(*context.clinic, patient.id, thresholds);
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
    auto caseload = services::caseloadRows(*context.clinic);
    if (!caseload)
        return context.fail(caseload.error());
    json rows = json::array();
    for (const auto& row : *caseload)
        rows.push_back(caseloadRowToJson(row));
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
    auto csv = services::outcomesCsv(*context.clinic, patient.id);
    if (!csv)
        return context.fail(csv.error());
    context.out << *csv;
    return kExitOk;
}

} // namespace paceplan::cli
