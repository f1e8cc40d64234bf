// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace paceplan::cli {

namespace {

constexpr const char* kDbHelp = R"(Usage: paceplan-cli [--database PATH] [--json] db COMMAND ...

Commands:
  check [--full]        Check the database: a quick check by default, every page and index with --full.
                        Exit code 6 when problems are found.
  backup --to FILE      Copy the whole database to FILE (which must not exist yet), safely while in use.
)";

int check(Context& context)
{
    if (const int code = context.checkOptions({ "--full", "--quick" }); code != kExitOk)
        return code;
    if (const int code = context.openDatabase(false); code != kExitOk)
        return code;
    const bool full = context.args.has("--full");
    auto report = context.database->checkIntegrity(full);
    if (!report)
        return context.fail(report.error());
    if (context.json()) {
        context.out << nlohmann::json {
            { "check", full ? "full" : "quick" }, { "ok", report->ok }, { "problems", report->problems },
            { "schema_version", context.database->schemaVersion() }
        }.dump(2) << '\n';
    } else if (report->ok) {
        context.out << (full ? "Full" : "Quick") << " check passed (schema version "
                    << context.database->schemaVersion() << ").\n";
    } else {
        context.out << (full ? "Full" : "Quick") << " check found " << report->problems.size() << " problem(s):\n";
        for (const auto& problem : report->problems)
            context.out << "  " << problem << '\n';
    }
    if (!report->ok)
        context.err << "paceplan-cli: the database has problems; restore a backup or contact support.\n";
    return report->ok ? kExitOk : kExitIntegrity;
}

int backup(Context& context)
{
    if (const int code = context.checkOptions({ "--to" }); code != kExitOk)
        return code;
    const auto target = context.args.value("--to");
    if (!target || target->empty())
        return context.usage("db backup needs --to FILE");
    if (const int code = context.openDatabase(false); code != kExitOk)
        return code;
    if (auto status = context.database->backupTo(*target); !status)
        return context.fail(status.error(), *target);
    if (context.json())
        context.out << nlohmann::json { { "backup", *target } }.dump(2) << '\n';
    else
        context.out << "Backed up to " << *target << '\n';
    return kExitOk;
}

} // namespace

int runDbCommand(Context& context)
{
    const std::string sub = context.args.word(1);
    if (sub.empty() || context.args.has("--help")) {
        context.out << kDbHelp;
        return sub.empty() && !context.args.has("--help") ? kExitUsage : kExitOk;
    }
    if (sub == "check")
        return check(context);
    if (sub == "backup")
        return backup(context);
    return context.usage("unknown db command '" + sub + "'");
}

} // namespace paceplan::cli
