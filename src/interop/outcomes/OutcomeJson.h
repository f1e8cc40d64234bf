// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/monitoring/CaseloadFlags.h"
#include "core/monitoring/PainAdvice.h"
#include "core/monitoring/SessionLog.h"
#include "core/outcomes/ChangeEngine.h"
#include "core/outcomes/Instrument.h"
#include "core/outcomes/ScoreResult.h"

#include <nlohmann/json_fwd.hpp>

#include <vector>

namespace paceplan::interop {

/// A score as JSON: instrument, scorable, score (null when none), subscales, band (null when none), risk for
/// STarT Back, and the details behind them (see docs/cli-outcomes.md).
nlohmann::json scoreResultToJson(const core::Instrument& instrument, const core::ScoreResult& result);

/// What an instrument is and how it is answered, without any item wording.
nlohmann::json instrumentToJson(const core::Instrument& instrument);

/// A session log as JSON with stable snake_case keys; missing ratings are null.
nlohmann::json sessionLogToJson(const core::SessionLog& log);

/// Pain-monitoring advice with its level, action, headline and every reason with the ratings behind it.
nlohmann::json painAdviceToJson(const core::PainAdvice& advice);

/// A change between two results with its classification and the thresholds it used.
nlohmann::json changeResultToJson(const core::ChangeResult& change);

/// Caseload flags as an array of {code, message}.
nlohmann::json caseloadFlagsToJson(const std::vector<core::CaseloadFlag>& flags);

/// Adherence counts over a span, with the percent (null when nothing was scheduled).
nlohmann::json adherenceToJson(const core::AdherenceCounts& adherence);

} // namespace paceplan::interop
