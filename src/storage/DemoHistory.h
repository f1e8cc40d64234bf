// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DocumentCodec.h"
#include "core/Result.h"
#include "core/outcomes/ScoreResult.h"

#include <string_view>

namespace paceplan::core {
struct Instrument;
}

namespace paceplan::storage {

class Database;

/// Adds months of outcome history and session logs to the demo patients, dated back from the database
/// clock's today so it always looks current: some people respond, some do not, one has a flare-up this
/// week and one rarely does the sessions. Session logs follow each patient's active plan when there is one
/// (read with `codec`); without a plan, or with no codec, they fall on Mondays, Wednesdays and Fridays and
/// belong to no plan. Patients that already have outcomes are left alone; returns how many records were added.
core::Result<int> seedDemoHistory(Database& database, const core::DocumentCodec* codec = nullptr);

/// Item answers (as the comma-separated text the CLI and storage take) whose score is as close as the
/// instrument allows to `target`: every item gets the same answer or the next one up. Used to build
/// believable demo answers for any instrument.
std::string answersNear(const core::Instrument& instrument, double target);

} // namespace paceplan::storage
