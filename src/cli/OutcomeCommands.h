// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Cli.h"
#include "core/Date.h"
#include "core/patient/Patient.h"

#include <optional>
#include <string>

namespace paceplan::cli {

/// `score INSTRUMENT --answers LIST`: scores answers without a database.
int runScoreCommand(Context& context);
/// `instrument list`: the instruments PacePlan scores.
int runInstrumentCommand(Context& context);
/// `outcome add|list|delete`: a patient's outcome measurements.
int runOutcomeCommand(Context& context);
/// `log add|list`: a patient's session diary.
int runLogCommand(Context& context);
/// `advice --patient ID`: pain-monitoring advice from the last week of session logs, with the why.
int runAdviceCommand(Context& context);
/// `caseload`: every active patient with last pain, change since baseline, adherence and flags.
int runCaseloadCommand(Context& context);
/// `export outcomes --patient ID --csv`: a patient's outcome measurements as CSV on stdout.
int runExportCommand(Context& context);

/// Helpers shared by the outcome commands.
namespace outcome_cli {

/// A whole number written in full, or nothing.
std::optional<long long> parseWhole(const std::string& text);
/// Reads a whole-number option into `out`; on a malformed value prints the problem, sets `code` and returns false.
bool readInt(Context& context, const std::string& option, std::optional<int>& out, int& code);
/// Reads a YYYY-MM-DD option into `out`; on a malformed value prints the problem, sets `code` and returns false.
bool readDate(Context& context, const std::string& option, std::optional<core::Date>& out, int& code);
/// Opens the database and finds the patient named by --patient; kExitOk or the exit code after an error.
int openForPatient(Context& context, core::Patient& patient);
/// Prints an error with its technical detail (which names the item, range or rule at fault, never patient
/// data) on stderr, and as JSON on stdout with --json; returns the exit code that fits it.
int failWithDetail(Context& context, const core::Error& error, const std::string& subject);

} // namespace outcome_cli

} // namespace paceplan::cli
