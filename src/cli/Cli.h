// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Args.h"
#include "core/Result.h"
#include "services/Clinic.h"
#include "storage/Database.h"

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace paceplan::cli {

/// The exit codes of paceplan-cli, documented in docs/cli.md.
enum ExitCode : int {
    kExitOk = 0,
    kExitFailure = 1, ///< Anything not listed below.
    kExitUsage = 2, ///< Unknown command or option, missing or malformed argument.
    kExitNotFound = 3, ///< The record asked for does not exist.
    kExitInvalid = 4, ///< The data given is not valid (a field out of range, say).
    kExitDatabase = 5, ///< The database cannot be opened (missing, not a database, damaged, newer, read-only).
    kExitIntegrity = 6, ///< `db check` found problems.
    kExitIo = 7, ///< A file could not be read or written (backup, export).
};

/// What a command works with: its words, output streams and (opened on demand) the clinic.
struct Context {
    Args args;
    std::ostream& out;
    std::ostream& err;
    std::string databasePath;
    std::unique_ptr<services::Clinic> clinic; ///< Open after openDatabase() succeeded.
    storage::Database* database = nullptr; ///< The clinic's database, for `db` commands and the schema version.

    bool json() const { return args.has("--json"); }
    /// Opens the database; on failure prints the reason and returns the exit code (else kExitOk).
    int openDatabase(bool create);
    /// Prints an error in plain words on stderr and returns the exit code that fits it.
    int fail(const core::Error& error, const std::string& context = {});
    /// Prints a usage error on stderr and returns kExitUsage.
    int usage(const std::string& message);
    /// Rejects options the command does not know; returns kExitOk when all are known.
    int checkOptions(const std::vector<std::string>& known);
};

/// Runs paceplan-cli with the words after the program name; returns the exit code.
int run(const std::vector<std::string>& words, std::ostream& out, std::ostream& err);

int runPatientCommand(Context& context);
int runDbCommand(Context& context);
int runLibraryCommand(Context& context);
int runExerciseCommand(Context& context);
int runTemplateCommand(Context& context);
int runPlanCommand(Context& context);
int runHandoutCommand(Context& context);

/// The exit code that fits an error from core or storage.
int exitCodeFor(const core::Error& error);

} // namespace paceplan::cli
