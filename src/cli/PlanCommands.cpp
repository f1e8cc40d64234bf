// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include "core/plan/PlanChecks.h"
#include "core/plan/ProgressionEngine.h"
#include "core/plan/TemplatePersonalization.h"
#include "interop/JsonDocumentCodec.h"
#include "interop/plan/PlanJson.h"
#include "services/Patients.h"
#include "services/Plans.h"
#include "services/ShippedContent.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <iterator>
#include <ostream>

namespace paceplan::cli {

using namespace paceplan::core;

namespace {

constexpr const char* kPlanHelp = R"(Usage: paceplan-cli [--database PATH] [--json] plan COMMAND ...

Commands:
  create --patient ID --template CODE [--start YYYY-MM-DD] [--walk-minutes N] [--chair-stands N]
                       Make a draft plan for a patient from a template, personalised from their age, resting
                       heart rate, medication and baselines (starting next Monday by default).
  list --patient ID    The patient's plans with their active and newest revisions.
  show PLAN [--revision N]
                       A plan revision (the newest by default) with its dated week-by-week schedule and
                       its checks. --json prints the plan report (docs/formats.md).
  export PLAN [--revision N] --to FILE
                       Write a plan revision as a paceplan.plan document.
  import FILE --patient ID [--start YYYY-MM-DD]
                       Store a paceplan.plan document (a plan or a template) as a new draft plan.
  check FILE [--age N] [--resting-hr BPM] [--beta-blockers]
                       Read a plan document without a database and print its schedule and checks.
  activate PLAN --revision N --screening FILE
                       Activate a draft revision after pre-exercise screening. FILE is the screening as JSON
                       (docs/formats.md): every PAR-Q+ question answered, each "yes" resolved, red flags
                       listed, and a written override reason where one is allowed. A screening that blocks
                       activation is refused (exit 4) with the reasons, as in the desk app.
)";

/// Reads --patient ID; prints the problem and returns nothing when it is missing or unknown.
std::optional<Patient> requirePatient(Context& context, int& exitCode)
{
    const auto text = context.args.value("--patient");
    const auto id = text ? parseWholeNumber(*text) : std::nullopt;
    if (!id || *id <= 0) {
        exitCode = context.usage("this command needs --patient ID (the patient's number)");
        return std::nullopt;
    }
    if (exitCode = context.openDatabase(false); exitCode != kExitOk)
        return std::nullopt;
    auto patient = services::patient(*context.clinic, PatientId(*id));
    if (!patient) {
        exitCode = context.fail(patient.error(), "patient " + *text);
        return std::nullopt;
    }
    return std::move(patient).value();
}

/// Reads PLAN [--revision N] and loads that revision; prints the problem on failure.
std::optional<Plan> requirePlan(Context& context, int& exitCode)
{
    const auto id = parseWholeNumber(context.args.word(2));
    if (!id || *id <= 0) {
        exitCode = context.usage("this command needs a PLAN number");
        return std::nullopt;
    }
    std::optional<int> revision;
    if (const auto text = context.args.value("--revision")) {
        revision = parseWholeNumber(*text);
        if (!revision || *revision <= 0) {
            exitCode = context.usage("--revision takes a revision number");
            return std::nullopt;
        }
    }
    if (exitCode = context.openDatabase(false); exitCode != kExitOk)
        return std::nullopt;
    auto plan = revision ? services::planRevision(*context.clinic, PlanId(*id), *revision)
                         : services::latestRevision(*context.clinic, PlanId(*id));
    if (!plan) {
        exitCode = context.fail(plan.error(), "plan " + context.args.word(2));
        return std::nullopt;
    }
    return std::move(plan).value();
}

void printReport(
    std::ostream& out, const Plan& plan, const Schedule& schedule, const std::vector<PlanFinding>& findings)
{
    out << plan.title << " (revision " << plan.revision << ", " << planStatusCode(plan.status) << ")\n";
    if (plan.startDate.isValid())
        out << "  " << plan.startDate.toIso() << " to " << plan.endDate().toIso() << ", " << plan.lengthWeeks
            << " weeks\n";
    for (const auto& week : schedule.weeks) {
        out << "  Week " << week.week;
        if (!week.phaseLabel.empty())
            out << " (" << week.phaseLabel << ")";
        const auto exerciseDays = std::count_if(week.sessions.begin(), week.sessions.end(),
            [](const ScheduledSession& session) { return !session.items.empty(); });
        out << ": " << exerciseDays << (exerciseDays == 1 ? " exercise day, " : " exercise days, ")
            << week.aerobicMinutes << " aerobic minutes, " << week.strengthDays
            << (week.strengthDays == 1 ? " strength day\n" : " strength days\n");
    }
    if (findings.empty())
        out << "  Checks: no findings.\n";
    for (const auto& finding : findings)
        out << "  [" << severityCode(finding.severity) << "] " << finding.message << '\n';
}

/// Prints the plan report (schedule and checks) as text or JSON.
int showReport(Context& context, const Plan& plan, const ExerciseCatalog& catalog, const PatientContext& patient)
{
    const auto schedule = buildSchedule(plan, catalog, patient);
    const auto findings = checkPlan(plan, schedule, catalog, patient);
    if (context.json())
        context.out << interop::planReportToJson(plan, schedule, findings, &catalog).dump(2) << '\n';
    else
        printReport(context.out, plan, schedule, findings);
    return kExitOk;
}

int createPlan(Context& context)
{
    if (const int code
        = context.checkOptions({ "--patient", "--template", "--start", "--walk-minutes", "--chair-stands" });
        code != kExitOk)
        return code;
    const auto templateCode = context.args.value("--template");
    if (!templateCode)
        return context.usage("plan create needs --template CODE (see 'template list')");
    int exitCode = kExitOk;
    const auto patient = requirePatient(context, exitCode);
    if (!patient)
        return exitCode;
    services::PlanFromTemplate request;
    request.patient = patient->id;
    request.templateCode = *templateCode;
    if (const auto start = context.args.value("--start")) {
        const auto date = Date::fromIso(*start);
        if (!date)
            return context.usage("--start takes a date as YYYY-MM-DD");
        request.startDate = *date;
    }
    for (const auto& [option, target] : { std::pair { "--walk-minutes", &request.baselines.walkingMinutes },
             std::pair { "--chair-stands", &request.baselines.chairStandReps } }) {
        if (const auto text = context.args.value(option)) {
            *target = parseWholeNumber(*text);
            if (!*target || **target < 1 || **target > 120)
                return context.usage(std::string(option) + " takes a whole number from 1 to 120");
        }
    }
    auto made = services::createPlanFromTemplate(*context.clinic, request);
    if (!made)
        return context.fail(
            made.error(), made.error().code == ErrorCode::NotFound ? "template " + *templateCode : std::string());
    for (const auto& note : made->notes)
        context.err << "  " << note << '\n';
    const auto& created = made->plan;
    if (context.json())
        context.out << nlohmann::json {
            { "plan_id", created.id.value() }, { "uuid", created.uuid }, { "revision", created.revision },
            { "start_date", created.startDate.toIso() }
        }.dump(2) << '\n';
    else
        context.out << "Created plan " << created.id.value() << " (draft revision 1) starting "
                    << created.startDate.toIso() << '\n';
    return kExitOk;
}

nlohmann::json revisionJson(const storage::RevisionInfo& info)
{
    return { { "revision", info.revision }, { "state", storage::revisionStateCode(info.state) },
        { "locked", info.locked }, { "printed", info.printed }, { "title", info.title },
        { "start_date", info.startDate.toIso() }, { "length_weeks", info.lengthWeeks },
        { "created_at", info.createdAt }, { "activated_at", info.activatedAt } };
}

int listPlans(Context& context)
{
    if (const int code = context.checkOptions({ "--patient" }); code != kExitOk)
        return code;
    int exitCode = kExitOk;
    const auto patient = requirePatient(context, exitCode);
    if (!patient)
        return exitCode;
    auto plans = services::listPlans(*context.clinic, patient->id);
    if (!plans)
        return context.fail(plans.error());
    if (context.json()) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& plan : *plans)
            out.push_back(
                { { "plan_id", plan.id.value() }, { "uuid", plan.uuid }, { "latest", revisionJson(plan.latest) },
                    { "active", plan.active ? revisionJson(*plan.active) : nlohmann::json(nullptr) } });
        context.out << out.dump(2) << '\n';
        return kExitOk;
    }
    for (const auto& plan : *plans) {
        context.out << "Plan " << plan.id.value() << ": " << plan.latest.title << "  (newest revision "
                    << plan.latest.revision << ", " << storage::revisionStateCode(plan.latest.state);
        if (plan.active)
            context.out << "; active revision " << plan.active->revision;
        context.out << ")\n";
    }
    context.out << plans->size() << " plan(s)\n";
    return kExitOk;
}

int showPlan(Context& context)
{
    if (const int code = context.checkOptions({ "--revision" }); code != kExitOk)
        return code;
    int exitCode = kExitOk;
    const auto plan = requirePlan(context, exitCode);
    if (!plan)
        return exitCode;
    auto patient = services::patient(*context.clinic, plan->patientId);
    if (!patient)
        return context.fail(patient.error());
    const auto catalog = context.clinic->catalog();
    return showReport(context, *plan, *catalog, PatientContext::fromPatient(*patient, plan->startDate));
}

int exportPlan(Context& context)
{
    if (const int code = context.checkOptions({ "--revision", "--to" }); code != kExitOk)
        return code;
    const auto file = context.args.value("--to");
    if (!file)
        return context.usage("plan export needs --to FILE");
    int exitCode = kExitOk;
    const auto plan = requirePlan(context, exitCode);
    if (!plan)
        return exitCode;
    std::ofstream out(*file, std::ios::binary | std::ios::trunc);
    if (!out || !(out << interop::planToJson(*plan).dump(2) << '\n')) {
        context.err << "paceplan-cli: cannot write " << *file << '\n';
        return kExitIo;
    }
    context.err << "Wrote plan " << plan->id.value() << " revision " << plan->revision << " to " << *file << '\n';
    return kExitOk;
}

/// Reads a plan document from the FILE word; prints the problem and returns nothing on failure.
std::optional<interop::PlanDocument> readPlanFile(Context& context, int& exitCode)
{
    const std::string file = context.args.word(2);
    if (file.empty()) {
        exitCode = context.usage("this command needs a plan FILE");
        return std::nullopt;
    }
    const auto text = readTextFile(file);
    if (!text) {
        context.err << "paceplan-cli: cannot read " << file << '\n';
        exitCode = kExitIo;
        return std::nullopt;
    }
    auto document = interop::planDocumentFromText(*text);
    if (!document) {
        context.err << "paceplan-cli: " << file << ": " << errorCodeName(document.error().code)
                    << (document.error().field.empty() ? "" : " at " + document.error().field)
                    << (document.error().detail.empty() ? "" : ": " + document.error().detail) << '\n';
        exitCode = kExitInvalid;
        return std::nullopt;
    }
    return std::move(document).value();
}

int importPlan(Context& context)
{
    if (const int code = context.checkOptions({ "--patient", "--start" }); code != kExitOk)
        return code;
    int exitCode = kExitOk;
    auto document = readPlanFile(context, exitCode);
    if (!document)
        return exitCode;
    const auto patient = requirePatient(context, exitCode);
    if (!patient)
        return exitCode;
    Plan plan = document->plan;
    if (const auto start = context.args.value("--start")) {
        const auto date = Date::fromIso(*start);
        if (!date)
            return context.usage("--start takes a date as YYYY-MM-DD");
        plan.startDate = *date;
    } else if (!plan.startDate.isValid()) {
        plan.startDate = core::nextMonday(context.clinic->today());
    }
    const auto catalog = context.clinic->catalog();
    for (const auto& day : plan.days)
        for (const auto& item : day.items)
            if (!catalog->find(item.exerciseId))
                return context.fail(makeError(ErrorCode::NotFound, "exercise_id", item.exerciseId),
                    "exercise " + item.exerciseId + " is not in this clinic's library");
    auto created = services::importPlan(*context.clinic, patient->id, std::move(plan));
    if (!created)
        return context.fail(created.error());
    if (context.json())
        context.out << nlohmann::json {
            { "plan_id", created->id.value() }, { "uuid", created->uuid }, { "revision", 1 }
        }.dump(2) << '\n';
    else
        context.out << "Imported as plan " << created->id.value() << " (draft revision 1)\n";
    return kExitOk;
}

int checkPlanFile(Context& context)
{
    if (const int code = context.checkOptions({ "--age", "--resting-hr", "--beta-blockers" }); code != kExitOk)
        return code;
    int exitCode = kExitOk;
    auto document = readPlanFile(context, exitCode);
    if (!document)
        return exitCode;
    PatientContext patient;
    if (const auto age = context.args.value("--age")) {
        patient.ageYears = parseWholeNumber(*age);
        if (!patient.ageYears || *patient.ageYears < 0 || *patient.ageYears > 120)
            return context.usage("--age takes a whole number of years");
    }
    if (const auto rate = context.args.value("--resting-hr")) {
        patient.restingHeartRate = parseWholeNumber(*rate);
        if (!patient.restingHeartRate || *patient.restingHeartRate < 30 || *patient.restingHeartRate > 150)
            return context.usage("--resting-hr takes 30 to 150 beats per minute");
    }
    patient.betaBlockers = context.args.has("--beta-blockers");
    auto shipped = services::ShippedContent::load();
    if (!shipped)
        return context.fail(shipped.error(), "shipped exercise library");
    const InMemoryCatalog catalog(shipped->exercises);
    return showReport(context, document->plan, catalog, patient);
}

int activatePlan(Context& context)
{
    if (const int code = context.checkOptions({ "--revision", "--screening" }); code != kExitOk)
        return code;
    // Plain ints: GCC 12 at -O2 wrongly warns that an optional's value may be uninitialised here.
    const int planNumber = parseWholeNumber(context.args.word(2)).value_or(0);
    const auto revisionText = context.args.value("--revision");
    const int revisionNumber = revisionText ? parseWholeNumber(*revisionText).value_or(0) : 0;
    const auto file = context.args.value("--screening");
    if (planNumber <= 0 || revisionNumber <= 0 || !file || file->empty())
        return context.usage("plan activate needs PLAN, --revision N and --screening FILE");
    const auto text = readTextFile(*file);
    if (!text)
        return context.fail(makeError(ErrorCode::FileNotFound, "screening", *file), *file);
    const auto json = nlohmann::json::parse(*text, nullptr, false);
    if (json.is_discarded())
        return context.fail(makeError(ErrorCode::ParseError, "screening", "not JSON"), *file);
    auto screening = interop::screeningFromJson(json);
    if (!screening)
        return context.fail(screening.error(), *file);
    if (const int code = context.openDatabase(false); code != kExitOk)
        return code;
    // Warnings go to stderr, so scripts reading the JSON on stdout still see it whole.
    if (auto warnings = services::activationWarnings(*context.clinic, PlanId(planNumber), revisionNumber))
        for (const auto& warning : *warnings)
            context.err << "paceplan-cli: warning: " << warning << '\n';
    if (auto activated = services::activatePlan(*context.clinic, PlanId(planNumber), revisionNumber, *screening);
        !activated) {
        if (activated.error().field == "screening")
            context.err << "paceplan-cli: " << activated.error().detail << '\n';
        return context.fail(activated.error(), "plan " + context.args.word(2));
    }
    if (context.json())
        context.out << nlohmann::json {
            { "plan_id", planNumber }, { "revision", revisionNumber }, { "state", "active" }
        }.dump(2) << '\n';
    else
        context.out << "Activated plan " << planNumber << " revision " << revisionNumber
                    << ". It is locked: later edits make a new revision.\n";
    return kExitOk;
}

} // namespace

int runPlanCommand(Context& context)
{
    const std::string sub = context.args.word(1);
    if (sub.empty() || context.args.has("--help")) {
        context.out << kPlanHelp;
        return sub.empty() && !context.args.has("--help") ? kExitUsage : kExitOk;
    }
    if (sub == "create")
        return createPlan(context);
    if (sub == "list")
        return listPlans(context);
    if (sub == "show")
        return showPlan(context);
    if (sub == "export")
        return exportPlan(context);
    if (sub == "import")
        return importPlan(context);
    if (sub == "check")
        return checkPlanFile(context);
    if (sub == "activate")
        return activatePlan(context);
    return context.usage("unknown plan command '" + sub + "'");
}

} // namespace paceplan::cli
