// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include "services/Handouts.h"
#include "services/Patients.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <ostream>

namespace paceplan::cli {

using namespace paceplan::core;

namespace {

constexpr const char* kHandoutHelp
    = R"(Usage: paceplan-cli [--database PATH] handout --patient ID [--plan PLAN] [--revision N]
                    [--weeks SPEC] [--large-print] [--paper a4|letter] [--no-pictures] [--no-diary]
                    [--no-education] [--no-tips] [--cards-per-page 1|2|3] --out FILE.pdf

Writes the patient's handout as a PDF: this week's doses in plain words, pictures, how hard to work, what
pain is OK, the flare-up plan, education topics and a home diary.
  --plan PLAN        The plan (default: the patient's plan with an active revision, else the newest plan).
  --revision N       The revision (default: the active revision, else the newest).
  --weeks SPEC       current (default), next:N (this week and the next N-1), or all.
  --cards-per-page N 1, 2 or 3 exercise cards a page (default 3; large print uses at most 2).
Options not given are the clinic's saved handout options. Every handout written is audited; printing an
active revision locks it (later edits make a new revision). A draft revision prints with a DRAFT
watermark and stays unlocked.
)";

} // namespace

int runHandoutCommand(Context& context)
{
    if (context.args.has("--help")) {
        context.out << kHandoutHelp;
        return kExitOk;
    }
    if (const int code = context.checkOptions({ "--patient", "--plan", "--revision", "--weeks", "--large-print",
            "--paper", "--no-pictures", "--no-diary", "--no-education", "--no-tips", "--cards-per-page", "--out" });
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
    auto& clinic = *context.clinic;

    report::HandoutOptions options = services::handoutOptions(clinic);
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
    if (const auto cards = context.args.value("--cards-per-page")) {
        const auto count = parseWholeNumber(*cards);
        if (!count || *count < 1 || *count > 3)
            return context.usage("--cards-per-page takes 1, 2 or 3");
        options.cardsPerPage = *count;
    }
    options.pictures = options.pictures && !context.args.has("--no-pictures");
    options.diary = options.diary && !context.args.has("--no-diary");
    options.education = options.education && !context.args.has("--no-education");
    options.everydayTips = options.everydayTips && !context.args.has("--no-tips");

    if (auto patient = services::patient(clinic, PatientId(patientNumber)); !patient)
        return context.fail(patient.error(), "patient " + *patientText);
    PlanId planId;
    if (const auto planText = context.args.value("--plan")) {
        const auto id = parseWholeNumber(*planText);
        if (!id || *id <= 0)
            return context.usage("--plan takes a plan number");
        planId = PlanId(*id);
    } else {
        auto chosen = services::defaultHandoutPlan(clinic, PatientId(patientNumber));
        if (!chosen) {
            context.err << "paceplan-cli: patient " << *patientText << " has no exercise plan to print\n";
            return kExitNotFound;
        }
        planId = *chosen;
    }
    auto source = services::loadHandoutSource(clinic, planId, revision);
    if (!source)
        return context.fail(source.error(), "plan " + std::to_string(planId.value()));
    if (source->plan.patientId != PatientId(patientNumber)) {
        context.err << "paceplan-cli: plan " << planId.value() << " belongs to another patient\n";
        return kExitInvalid;
    }
    // Renders the PDF, then (only when it was written) locks an active revision and audits the export.
    if (auto written = services::writeHandoutPdf(clinic, *source, options, QString::fromStdString(*out)); !written) {
        if (written.error().code == ErrorCode::Io && written.error().field == "file") {
            context.err << "paceplan-cli: cannot write " << *out << '\n';
            return kExitIo;
        }
        return context.fail(written.error());
    }
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
