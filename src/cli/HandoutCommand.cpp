// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include "gui/HandoutLoader.h"
#include "report/HandoutAssembler.h"
#include "report/QtDate.h"
#include "report/handout/HandoutDocument.h"
#include "storage/PatientRepository.h"

#include <QDate>
#include <QGuiApplication>

#include <nlohmann/json.hpp>

#include <charconv>
#include <ostream>

namespace paceplan::cli {

using namespace paceplan::core;

namespace {

constexpr const char* kHandoutHelp
    = R"(Usage: paceplan-cli [--database PATH] handout --patient ID [--plan PLAN] [--revision N]
                    [--weeks SPEC] [--large-print] [--paper a4|letter] [--no-pictures] [--no-diary]
                    [--no-education] [--no-tips] --out FILE.pdf

Writes the patient's handout as a PDF: this week's doses in plain words, pictures, how hard to work, what
pain is OK, the flare-up plan, education topics and a home diary.
  --plan PLAN        The plan (default: the patient's plan with an active revision, else the newest plan).
  --revision N       The revision (default: the active revision, else the newest).
  --weeks SPEC       current (default), next:N (this week and the next N-1), or all.
Options not given are the clinic's saved handout options. Printing an active revision locks it
(later edits make a new revision) and is audited. A draft revision prints with a DRAFT watermark.
)";

} // namespace

int runHandoutCommand(Context& context)
{
    if (context.args.has("--help")) {
        context.out << kHandoutHelp;
        return kExitOk;
    }
    if (const int code = context.checkOptions({ "--patient", "--plan", "--revision", "--weeks", "--large-print",
            "--paper", "--no-pictures", "--no-diary", "--no-education", "--no-tips", "--out" });
        code != kExitOk)
        return code;
    const auto patientText = context.args.value("--patient");
    // A plain int: GCC 12 at -O2 wrongly warns that an optional's value may be uninitialised here.
    const int patientNumber = patientText ? parseWholeNumber(*patientText).value_or(0) : 0;
    const auto out = context.args.value("--out");
    if (patientNumber <= 0 || !out || out->empty())
        return context.usage("handout needs --patient ID and --out FILE.pdf");
    std::optional<int> revision;
    if (const auto text = context.args.value("--revision")) {
        revision = parseWholeNumber(*text);
        if (!revision || *revision <= 0)
            return context.usage("--revision takes a revision number");
    }
    if (const int code = context.openDatabase(false); code != kExitOk)
        return code;
    auto& database = *context.database;

    report::HandoutOptions options = gui::handoutOptions(database);
    if (const auto weeks = context.args.value("--weeks")) {
        if (*weeks == "current") {
            options.weeks = report::HandoutWeeks::CurrentWeek;
        } else if (*weeks == "all") {
            options.weeks = report::HandoutWeeks::WholePlan;
        } else if (weeks->rfind("next:", 0) == 0 && parseWholeNumber(weeks->substr(5)).value_or(0) >= 1) {
            options.weeks = report::HandoutWeeks::NextWeeks;
            options.weekCount = *parseWholeNumber(weeks->substr(5));
        } else {
            return context.usage("--weeks takes current, next:N or all");
        }
    }
    if (context.args.has("--large-print"))
        options.largePrint = true;
    if (const auto paper = context.args.value("--paper")) {
        if (*paper != "a4" && *paper != "letter")
            return context.usage("--paper takes a4 or letter");
        options.paper = *paper == "letter" ? report::HandoutPaper::Letter : report::HandoutPaper::A4;
    }
    options.pictures = options.pictures && !context.args.has("--no-pictures");
    options.diary = options.diary && !context.args.has("--no-diary");
    options.education = options.education && !context.args.has("--no-education");
    options.everydayTips = options.everydayTips && !context.args.has("--no-tips");

    if (auto patient = storage::PatientRepository(database).get(PatientId(patientNumber)); !patient)
        return context.fail(patient.error(), "patient " + *patientText);
    PlanId planId;
    if (const auto planText = context.args.value("--plan")) {
        const auto id = parseWholeNumber(*planText);
        if (!id || *id <= 0)
            return context.usage("--plan takes a plan number");
        planId = PlanId(*id);
    } else {
        auto chosen = gui::defaultHandoutPlan(database, context.codec, PatientId(patientNumber));
        if (!chosen) {
            context.err << "paceplan-cli: patient " << *patientText << " has no exercise plan to print\n";
            return kExitNotFound;
        }
        planId = *chosen;
    }
    auto source = gui::loadHandoutSource(database, context.codec, planId, revision);
    if (!source)
        return context.fail(source.error(), "plan " + std::to_string(planId.value()));
    if (source->plan.patientId != PatientId(patientNumber)) {
        context.err << "paceplan-cli: plan " << planId.value() << " belongs to another patient\n";
        return kExitInvalid;
    }
    const core::Date today = database.clock().today();
    const QDate printedOn = report::toQDate(today);
    const report::HandoutDocument document(report::assembleHandout(*source, options, printedOn), options);
    if (!document.writePdf(QString::fromStdString(*out))) {
        context.err << "paceplan-cli: cannot write " << *out << '\n';
        return kExitIo;
    }
    if (auto printed = gui::recordPrinted(database, context.codec, *source); !printed)
        return context.fail(printed.error());
    if (context.json())
        context.out << nlohmann::json {
            { "file", *out }, { "plan_id", planId.value() }, { "revision", source->plan.revision },
            { "draft", source->draft }
        }.dump(2) << '\n';
    else
        context.out << "Wrote the handout for plan " << planId.value() << " revision " << source->plan.revision
                    << (source->draft ? " (draft)" : "") << " to " << *out << '\n';
    return kExitOk;
}

} // namespace paceplan::cli
