// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Date.h"
#include "core/monitoring/Adherence.h"
#include "core/outcomes/ChangeEngine.h"
#include "services/Outcomes.h"

#include <optional>
#include <string>
#include <vector>

namespace paceplan::services {

/// One scored result on a trend line.
struct TrendPoint {
    core::Date date;
    double value = 0.0;
    std::string band; ///< Band label, empty when none.
    std::optional<double> changeFromBaseline; ///< value - baseline.
    std::optional<double> percentFromBaseline;
    std::string notes;
};

/// The scored history of one instrument with its baseline, thresholds and change, ready to draw.
struct InstrumentTrend {
    const core::Instrument* instrument = nullptr;
    std::vector<TrendPoint> points; ///< Chronological, scorable results inside the date range.
    std::optional<double> baseline; ///< First scorable result ever (reference §2.2).
    core::Date baselineDate;
    std::optional<double> mcid; ///< The MCID the change engine used, in score units.
    bool painIntensity = false; ///< True when the IMMPACT 30 % / 50 % lines apply.
    std::optional<core::ChangeResult> change; ///< Baseline against the latest result.
    std::string summary; ///< The one-line summary from core, e.g. "Pain 7 → 4, −43%: meaningful improvement".
};

/// Builds the trend of one instrument from the entries (any instrument, any order), showing [from, to].
InstrumentTrend buildTrend(const core::Instrument& instrument, const std::vector<OutcomeEntry>& outcomes,
    const core::Date& from, const core::Date& to);

/// Codes of the instruments that have at least one entry, in registry order.
std::vector<std::string> recordedInstruments(const std::vector<OutcomeEntry>& outcomes);

/// One summary line per recorded instrument with a baseline and a later result.
std::vector<std::string> summaryLines(const std::vector<OutcomeEntry>& outcomes);

/// Weekly adherence of the plan up to today (empty without a plan).
std::vector<core::WeekAdherence> weeklyAdherenceOf(const PatientOutcomeData& data, const core::Date& today);

} // namespace paceplan::services
