// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include "cli/OutcomeCommands.h"

#include "interop/PatientJson.h"
#include "services/AppPaths.h"
#include "services/DemoSeeder.h"
#include "services/ErrorMessages.h"
#include "storage/Logging.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDir>

#include <filesystem>
#include <iostream>
#include <set>

namespace paceplan::cli {

namespace {

constexpr const char* kMainHelp = R"(Usage: paceplan-cli [--database PATH] [--json] [--verbose] COMMAND ...

PacePlan on the command line: the same operations as the desktop app, for clinic IT and scripts.

Commands:
  init                 Create the database (if it does not exist) and check it.
  demo                 Add the demo clinic (fictional patients) to the database.
  patient add|list|show|update|archive|delete
                       Manage patients. See 'paceplan-cli patient --help'.
  db check|backup      Check the database or back it up. See 'paceplan-cli db --help'.
  score INSTRUMENT --answers LIST
                       Score a questionnaire or test (no database needed). See docs/cli-outcomes.md.
  instrument list      The outcome instruments and how they are answered.
  outcome add|list|delete
                       A patient's outcome measurements. See 'paceplan-cli outcome --help'.
  log add|list         A patient's session diary. See 'paceplan-cli log --help'.
  advice --patient ID  Pain-monitoring advice from the last week of session logs, with the why.
  caseload             Every active patient: last pain, change, adherence and flags.
  export outcomes --patient ID --csv
                       A patient's outcome measurements as CSV.
  library list|show|export
                       The exercise library. See 'paceplan-cli library --help'.
  exercise add|import|duplicate|archive
                       The clinic's own exercises. See 'paceplan-cli exercise --help'.
  template list        Plan templates.
  plan create|list|show|export|import|check
                       Exercise plans, their schedules and checks. See 'paceplan-cli plan --help'.
  handout --patient ID --out FILE.pdf
                       The patient's printable handout. See 'paceplan-cli handout --help'.

Options:
  --database PATH      The database file (default: the app's own database).
  --json               Print machine-readable JSON on stdout (read commands).
  --verbose            Print debug details to stderr.
  --help, -h           Show help; works after any command too.
  --version            Show the version.

Exit codes: 0 ok, 1 failure, 2 usage, 3 not found, 4 invalid data, 5 database cannot be opened,
6 integrity problems, 7 file error. See docs/cli.md.
)";

const std::set<std::string> kSwitches = { "--json", "--verbose", "--help", "--version", "--all", "--archived", "--full",
    "--yes", "--undo", "--quick", "--custom", "--desc", "--beta-blockers", "--large-print", "--no-pictures",
    "--no-diary", "--no-education", "--no-tips", "--csv" };

} // namespace

int exitCodeFor(const core::Error& error)
{
    using core::ErrorCode;
    switch (error.code) {
    case ErrorCode::NotFound:
        return kExitNotFound;
    case ErrorCode::Required:
    case ErrorCode::TooLong:
    case ErrorCode::OutOfRange:
    case ErrorCode::InvalidFormat:
    case ErrorCode::InvalidValue:
    case ErrorCode::Inconsistent:
    case ErrorCode::ParseError:
    case ErrorCode::Unsupported:
    case ErrorCode::NotScorable:
    case ErrorCode::Conflict:
        return kExitInvalid;
    case ErrorCode::FileNotFound:
    case ErrorCode::FolderNotWritable:
    case ErrorCode::ReadOnly:
    case ErrorCode::NotADatabase:
    case ErrorCode::Damaged:
    case ErrorCode::NewerSchema:
    case ErrorCode::MigrationFailed:
    case ErrorCode::Busy:
        return kExitDatabase;
    case ErrorCode::BackupFailed:
    case ErrorCode::Io:
        return kExitIo;
    }
    return kExitFailure;
}

int Context::openDatabase(bool create)
{
    if (clinic)
        return kExitOk;
    if (databasePath.empty())
        databasePath = services::defaultDatabasePath().toStdString();
    if (databasePath.empty())
        return fail(core::makeError(core::ErrorCode::FileNotFound, "folder", "no data folder"));
    services::OpenRequest request;
    request.path = databasePath;
    request.create = create;
    request.user = services::systemUser(" (cli)");
    request.requireShippedContent = true;
    auto opened = services::Clinic::open(std::move(request));
    if (!opened)
        return fail(opened.error(), databasePath);
    clinic = std::move(opened).value();
    database = &clinic->database();
    return kExitOk;
}

int Context::fail(const core::Error& error, const std::string& subject)
{
    std::string message = services::databaseErrorMessage(error).toStdString();
    if (json())
        out << interop::errorToJson(error, message).dump(2) << '\n';
    err << "paceplan-cli: ";
    if (!subject.empty())
        err << subject << ": ";
    err << message;
    if (!error.field.empty() && exitCodeFor(error) == kExitInvalid)
        err << " (field: " << error.field << ")";
    err << '\n';
    return exitCodeFor(error);
}

int Context::usage(const std::string& message)
{
    err << "paceplan-cli: " << message << "\nTry 'paceplan-cli --help'.\n";
    return kExitUsage;
}

int Context::checkOptions(const std::vector<std::string>& known)
{
    std::set<std::string> all(known.begin(), known.end());
    all.insert({ "--database", "--json", "--verbose", "--help" });
    const auto unknown = args.unknown(all);
    if (!unknown.empty())
        return usage("unknown option " + unknown.front());
    return kExitOk;
}

namespace {

int runInit(Context& context)
{
    if (context.args.has("--help")) {
        context.out << "Usage: paceplan-cli [--database PATH] init\n\nCreates the database if needed, upgrades it "
                       "to this version's schema and checks it.\n";
        return kExitOk;
    }
    if (const int code = context.checkOptions({}); code != kExitOk)
        return code;
    if (const int code = context.openDatabase(true); code != kExitOk)
        return code;
    if (context.json())
        context.out << nlohmann::json {
            { "database", context.databasePath }, { "schema_version", context.database->schemaVersion() }
        }.dump(2) << '\n';
    else
        context.out << "Database ready: " << context.databasePath << " (schema version "
                    << context.database->schemaVersion() << ")\n";
    return kExitOk;
}

int runDemo(Context& context)
{
    if (context.args.has("--help")) {
        context.out << "Usage: paceplan-cli [--database PATH] demo\n\nAdds the demo clinic (fictional patients) "
                       "once; running it again changes nothing.\n";
        return kExitOk;
    }
    if (const int code = context.checkOptions({}); code != kExitOk)
        return code;
    if (const int code = context.openDatabase(true); code != kExitOk)
        return code;
    auto added = services::seedDemoClinic(*context.clinic);
    if (!added)
        return context.fail(added.error());
    if (context.json())
        context.out << nlohmann::json {
            { "patients_added", added->patients }, { "plans_added", added->plans },
            { "history_records_added", added->historyRecords }
        }.dump(2) << '\n';
    else if (added->patients == 0)
        context.out << "The demo clinic is already in this database.\n";
    else
        context.out << "Added the demo clinic: " << added->patients << " patients, " << added->plans << " plans and "
                    << added->historyRecords << " outcome and diary records.\n";
    return kExitOk;
}

} // namespace

int run(const std::vector<std::string>& words, std::ostream& out, std::ostream& err)
{
    Args args;
    if (const auto problem = Args::parse(words, kSwitches, args)) {
        err << "paceplan-cli: " << *problem << "\nTry 'paceplan-cli --help'.\n";
        return kExitUsage;
    }
    Context context { std::move(args), out, err, {}, {}, {} };
    storage::setUpLogging(services::logFolder().toStdString(), context.args.has("--verbose"), true);

    if (context.args.has("--version")) {
        out << "paceplan-cli " << PACEPLAN_VERSION << '\n';
        return kExitOk;
    }
    const std::string command = context.args.word(0);
    if (command.empty() || (command == "help")) {
        out << kMainHelp;
        return command.empty() && !context.args.has("--help") ? kExitUsage : kExitOk;
    }
    // The default database is found (and its folder made) only when a command opens it.
    if (const auto path = context.args.value("--database"))
        context.databasePath = *path;

    if (command == "init")
        return runInit(context);
    if (command == "demo")
        return runDemo(context);
    if (command == "patient")
        return runPatientCommand(context);
    if (command == "db")
        return runDbCommand(context);
    if (command == "score")
        return runScoreCommand(context);
    if (command == "instrument")
        return runInstrumentCommand(context);
    if (command == "outcome")
        return runOutcomeCommand(context);
    if (command == "log")
        return runLogCommand(context);
    if (command == "advice")
        return runAdviceCommand(context);
    if (command == "caseload")
        return runCaseloadCommand(context);
    if (command == "export")
        return runExportCommand(context);
    if (command == "library")
        return runLibraryCommand(context);
    if (command == "exercise")
        return runExerciseCommand(context);
    if (command == "template")
        return runTemplateCommand(context);
    if (command == "plan")
        return runPlanCommand(context);
    if (command == "handout")
        return runHandoutCommand(context);
    return context.usage("unknown command '" + command + "'");
}

} // namespace paceplan::cli
