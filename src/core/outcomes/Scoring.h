// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/outcomes/Instrument.h"
#include "core/outcomes/ScoreResult.h"

#include <string>
#include <string_view>

namespace paceplan::core {

/// Scores item answers: checks each against its item, applies the instrument's rules, then its bands.
/// A wrong number of answers or an answer outside an item's range is an Error; too many missing answers
/// give a result with scorable == false and the rule that failed.
Result<ScoreResult> scoreAnswers(
    const Instrument& instrument, const Answers& answers, const ScoreContext& context = {});

/// Scores the instrument with this code from the standard registry; an unknown code is a NotFound Error.
Result<ScoreResult> scoreAnswers(std::string_view code, const Answers& answers, const ScoreContext& context = {});

/// Scores a typed total where the instrument allows it (Instrument::totalEntry); otherwise an Unsupported Error.
Result<ScoreResult> scoreEnteredTotal(const Instrument& instrument, double total, const ScoreContext& context = {});

/// The band scheme used for a target ("" = main band): the first preferred id in context, else the default.
const BandScheme* chooseBandScheme(const Instrument& instrument, std::string_view target, const ScoreContext& context);

/// The band of value in scheme for the person in context, or nullptr when none applies.
const Band* findBand(const BandScheme& scheme, double value, const ScoreContext& context);

/// True when value lies inside the band's edges.
bool bandContains(const Band& band, double value);

/// A value rounded for display with a fixed number of decimals ("-0" is printed as "0").
std::string formatNumber(double value, int decimals);

/// A score rounded for display with the instrument's decimals (1 for means and percentages, 0 for sums).
std::string formatScore(const Instrument& instrument, double value);

} // namespace paceplan::core
