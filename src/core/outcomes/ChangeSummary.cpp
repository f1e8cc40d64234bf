// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/ChangeSummary.h"

#include "core/outcomes/Scoring.h"

#include <cmath>

namespace paceplan::core {

namespace {

constexpr const char* kArrow = "\xE2\x86\x92"; // U+2192 RIGHTWARDS ARROW
constexpr const char* kMinus = "\xE2\x88\x92"; // U+2212 MINUS SIGN

std::string verdictOf(const ChangeResult& change)
{
    std::string verdict = changeClassificationPhrase(change.classification);
    if (change.classification == ChangeClassification::NoChange && change.withinMeasurementError
        && change.improvement != 0.0)
        verdict = "no real change (within measurement error)";
    else if (change.classification == ChangeClassification::NotInterpretable
        && change.baselineLimit != BaselineLimit::None)
        verdict = "change not interpretable (baseline near the end of the scale)";
    return verdict;
}

} // namespace

ChangeSummaryData changeSummaryData(const Instrument& instrument, const ChangeResult& change)
{
    ChangeSummaryData data;
    data.label = change.label.empty() ? instrument.shortName : change.label;
    if (change.baseline)
        data.baseline = formatScore(instrument, *change.baseline);
    if (change.latest)
        data.latest = formatScore(instrument, *change.latest);
    // Percentage scores (WHO-5, ODI) read as plain numbers so they are not confused with percent change.
    data.unit = instrument.unit == MeasureUnit::Percent ? "" : measureUnitSymbol(instrument.unit);
    if (change.percentChange)
        data.percent = std::lround(*change.percentChange);
    data.verdict = verdictOf(change);
    return data;
}

std::string changeSummaryLine(const ChangeSummaryData& data)
{
    if (data.baseline.empty() || data.latest.empty())
        return data.label + ": " + data.verdict;
    std::string line = data.label + " " + data.baseline + " " + kArrow + " " + data.latest;
    if (!data.unit.empty())
        line += " " + data.unit;
    if (data.percent) {
        line += ", ";
        if (*data.percent < 0)
            line += kMinus + std::to_string(-*data.percent);
        else if (*data.percent > 0)
            line += "+" + std::to_string(*data.percent);
        else
            line += "0";
        line += "%";
    }
    return line + ": " + data.verdict;
}

std::string changeSummaryLine(const Instrument& instrument, const ChangeResult& change)
{
    return changeSummaryLine(changeSummaryData(instrument, change));
}

} // namespace paceplan::core
