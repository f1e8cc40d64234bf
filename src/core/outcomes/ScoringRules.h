// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcomes/Instrument.h"
#include "core/outcomes/ScoreResult.h"

#include <string>
#include <vector>

/// Building blocks shared by the instrument scorers. Answers reaching them are already validated and
/// padded to the instrument's item count.
namespace paceplan::core::scoring {

/// The sum and count of the answered items among a set of items, with reverse scoring applied.
struct Tally {
    double sum = 0.0;
    int answered = 0;
    int asked = 0;

    int missing() const { return asked - answered; }
    double mean() const { return answered > 0 ? sum / answered : 0.0; }
};

/// The value an answer contributes to scores: the answer, or (min + max - answer) for reverse-scored items.
double itemValue(const InstrumentItem& item, double answer);

/// Tallies the listed item numbers (1-based).
Tally tally(const Instrument& instrument, const Answers& answers, const std::vector<int>& numbers);

/// Tallies every scored item.
Tally tallyScored(const Instrument& instrument, const Answers& answers);

/// The numbers from first to last inclusive.
std::vector<int> itemRange(int first, int last);

/// The answer to item number (1-based), or nullopt.
std::optional<double> answer(const Answers& answers, int number);

/// A result that is scorable with this score.
ScoreResult scorable(double score);

/// A result that is not scorable for this reason.
ScoreResult notScorable(std::string reason);

/// The reason text for a rule requiring every listed item: "needs all 17 items answered (3 missing)".
std::string needsAll(const Tally& t, const std::string& what = "items");

/// Sum-of-items scoring with every item required: the common rule where the reference publishes no
/// missing-item rule (TSK, PSEQ, PCS, WHO-5 ...).
ScoreResult sumAllRequired(const Instrument& instrument, const Answers& answers, const ScoreContext& context);

/// The one rating of a single-item scale as the score; not scorable when the rating is missing.
ScoreResult singleRatingScore(const Instrument& instrument, const Answers& answers);

/// An item with a whole-number range.
InstrumentItem makeItem(int number, std::string construct, double min, double max);

/// Items numbered from 1 with the same whole-number range, one per construct.
std::vector<InstrumentItem> makeItems(const std::vector<std::string>& constructs, double min, double max);

/// A band from lower to upper, both inclusive unless stated.
Band band(std::string code, std::string label, std::optional<double> lower, std::optional<double> upper,
    bool lowerInclusive = true, bool upperInclusive = true);

/// A band scheme with one row for everybody.
BandScheme fixedScheme(std::string id, std::string name, std::vector<Band> bands, std::string source,
    bool unconfirmed = false, std::string target = {}, std::string basis = {});

/// A scorer for entered totals whose total is the score itself.
ScoreResult totalIsScore(const Instrument& instrument, double total, const ScoreContext& context);

} // namespace paceplan::core::scoring
