// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcomes/ScoreResult.h"
#include "core/patient/Patient.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paceplan::core {

/// What sort of measurement an instrument is.
enum class InstrumentKind { Questionnaire, PainRating, PerformanceTest };

/// Which way a score points: whether a higher value means a worse or a better state.
enum class Direction { HigherIsWorse, HigherIsBetter };

/// Whether the app may show an instrument's item wording or only accepts scores typed from a licensed copy.
enum class LicenceMode { ShipText, ScoresOnly };

/// The unit a score or measured value is expressed in.
enum class MeasureUnit { Points, Millimetres, Percent, TScore, Metres, Repetitions, Seconds };

/// One item as the instrument publishes it: its number, what it measures and the answers it accepts.
struct InstrumentItem {
    int number = 0; ///< 1-based, in the published order.
    std::string construct; ///< What the item measures, in our own words (never the item wording).
    double min = 0.0; ///< Smallest accepted answer.
    std::optional<double> max; ///< Largest accepted answer; empty for an open measured value.
    bool minExclusive = false; ///< True when the answer must be strictly above min (timed tests).
    bool integerOnly = true; ///< True when only whole numbers are accepted.
    bool reverseScored = false; ///< True when the scoring uses (min + max - answer).
    bool scored = true; ///< False for an item that is asked but never counted.
    std::optional<double> warnBelow; ///< Answers below this are accepted but flagged for checking.
    std::optional<double> warnAbove; ///< Answers above this are accepted but flagged for checking.
};

/// A named part score computed from a subset of the items.
struct InstrumentSubscale {
    std::string code; ///< Stable key in ScoreResult::subscales, e.g. "pa", "rumination".
    std::string name; ///< Display name.
    std::vector<int> items; ///< Item numbers it uses; empty when derived from the total.
    double min = 0.0;
    double max = 0.0;
    std::string rule; ///< How it is computed and when it is scorable, in one sentence.
};

/// How missing answers are handled.
enum class ProRating {
    None, ///< Every scored item must be answered.
    ShrinkDenominator, ///< The maximum possible shrinks with each unanswered item (ODI).
    MeanOfAnswered, ///< Missing items take the mean of the answered ones (NDI, PHQ-9, BPI interference, KOOS-12).
    MissingIsZero, ///< An unanswered item counts as 0 (RMDQ: not ticked or not applicable).
    PerDomainWeighting, ///< Each domain sum is weighted by items / answered (FIQR).
    RoundedScaleUp, ///< The raw sum is scaled up to all items and rounded before a table look-up (PROMIS).
};

/// The missing-answer rule: how many items must be answered and how the gaps are filled.
struct MissingRule {
    int minAnswered = 0; ///< Fewest answered scored items for a score (or per domain, see text).
    ProRating proRating = ProRating::None;
    std::string text; ///< The rule in one or two sentences, with its source key.
    bool unconfirmed = false; ///< True when the reference marks the rule "(unconfirmed)": a configurable default.
};

/// One band of a score, with edges exactly as the reference defines them.
struct Band {
    std::string code; ///< Stable code, e.g. "moderate".
    std::string label; ///< Neutral display label.
    std::optional<double> lower; ///< Empty = no lower edge.
    bool lowerInclusive = true;
    std::optional<double> upper; ///< Empty = no upper edge.
    bool upperInclusive = true;
};

/// Bands that apply to one sex and age range of a norm-referenced band scheme, or to everybody.
struct BandRow {
    std::optional<Sex> sex; ///< Empty = any sex.
    std::optional<int> minAge; ///< Inclusive; empty = no lower age limit.
    std::optional<int> maxAge; ///< Inclusive; empty = no upper age limit.
    std::vector<Band> bands;
};

/// A named set of bands (severity, risk or norm bands) read from the main score or a subscale.
struct BandScheme {
    std::string id; ///< Stable id, e.g. "boonstra2016".
    std::string name; ///< Display name.
    std::string target; ///< "" = sets ScoreResult::band; otherwise a key of ScoreResult::subscaleBands.
    std::string basis; ///< "" = read the score; otherwise the subscale whose value is banded.
    std::vector<BandRow> rows; ///< One row for fixed bands; several for age/sex norms.
    std::string source; ///< Reference keys.
    bool unconfirmed = false; ///< True when the reference marks the cut-offs "(unconfirmed)".
};

/// A named alternative set of change thresholds, e.g. for another patient population.
struct ThresholdPreset {
    std::string id;
    std::string name;
    std::optional<double> mcid;
    std::optional<double> mdc;
    std::string source;
    std::optional<double> mdcPercentOfBaseline; ///< Replaces mdc with a percent of the baseline when set.
};

/// An edge of the baseline zone in which change in one direction cannot be shown (floor/ceiling).
struct BaselineZoneEdge {
    double value = 0.0;
    bool inclusive = true; ///< True when a baseline equal to value lies inside the zone.
};

/// What the change engine needs to judge change on one score of an instrument.
struct ChangeMeasure {
    std::string basis; ///< "" = the main score; otherwise a subscale code.
    std::string label; ///< Short plain name used in summaries, e.g. "Pain", "Disability".
    Direction direction = Direction::HigherIsWorse;
    std::optional<double> best; ///< The best possible value, when the scale has one.
    std::optional<double> worst; ///< The worst possible value, when the scale has one.
    std::optional<double> mcid; ///< Minimal clinically important change, in score units.
    std::optional<double> relativeMcidPercent; ///< Percent improvement from baseline that counts as important.
    std::optional<double> mdc; ///< Minimal detectable change, in score units.
    std::optional<double> mdcPercentOfBaseline; ///< MDC as a percent of the baseline value (Naylor 2014 style).
    std::optional<double> highBaselineAbove; ///< A baseline above this value uses highBaselineMcid instead.
    std::optional<double> highBaselineMcid;
    std::optional<double> mdcSingleItem; ///< PSFS: the MDC when both results rate one activity only.
    std::optional<BaselineZoneEdge> improvementLimitedBeyond; ///< Baselines better than this cannot show improvement.
    std::optional<BaselineZoneEdge> worseningLimitedBeyond; ///< Baselines worse than this cannot show worsening.
    bool percentMeaningful = false; ///< True for higher-is-worse scales with a floor of 0 (reference §2.2).
    bool painIntensity = false; ///< True when the IMMPACT 30 % / 50 % rules apply.
    bool changeRating = false; ///< True for PGIC/GRC: the score already is a rating of change.
    bool mcidUnconfirmed = false; ///< True when the MCID is an "(unconfirmed)" configurable default.
    std::vector<ThresholdPreset> presets;
    std::string source; ///< Reference keys of the thresholds.
};

/// The total that may be typed in instead of item answers, where the scoring allows it.
struct TotalEntry {
    std::string name; ///< What the number is, e.g. "ODI percentage score".
    double min = 0.0;
    double max = 0.0;
    bool integerOnly = true;
};

struct Instrument;

/// Computes the score of validated item answers (nullopt = missing).
using ItemScorer = ScoreResult (*)(const Instrument&, const Answers&, const ScoreContext&);
/// Computes the score from a validated entered total.
using TotalScorer = ScoreResult (*)(const Instrument&, double total, const ScoreContext&);

/// An outcome instrument: its items, scoring rules, bands, change thresholds and licence.
struct Instrument {
    std::string code; ///< Stable code, e.g. "odi".
    std::string name; ///< Full display name.
    std::string shortName; ///< Abbreviation shown in tables, e.g. "ODI".
    std::string version; ///< The published version of the instrument.
    std::string scoringVersion; ///< Version of PacePlan's scoring code, stored with every result.
    InstrumentKind kind = InstrumentKind::Questionnaire;
    MeasureUnit unit = MeasureUnit::Points;
    std::vector<InstrumentItem> items;
    std::size_t minAnswerCount = 0; ///< Fewest answer positions accepted (trailing optional items may be left out).
    std::vector<InstrumentSubscale> subscales;
    MissingRule missingRule;
    std::optional<double> scoreMin;
    std::optional<double> scoreMax; ///< Empty for an open measured value.
    Direction direction = Direction::HigherIsWorse;
    std::vector<BandScheme> bandSchemes; ///< For each target the first scheme is the default.
    std::vector<ChangeMeasure> measures; ///< The main score first, then subscales with their own thresholds.
    std::string recallPeriod;
    LicenceMode licenceMode = LicenceMode::ScoresOnly;
    std::string licenceNote;
    std::optional<TotalEntry> totalEntry; ///< Set only where a total can be entered instead of items.
    int displayDecimals = 0; ///< Decimals shown for the score (full precision is kept).
    std::string formula; ///< The scoring formula in one line.
    std::string sources; ///< Reference keys and sections.
    ItemScorer scoreItems = nullptr;
    TotalScorer scoreTotal = nullptr;

    /// The change measure with this basis ("" = main score), or nullptr.
    const ChangeMeasure* measure(std::string_view basis = {}) const;
    /// The subscale with this code, or nullptr.
    const InstrumentSubscale* subscale(std::string_view code) const;
};

/// Stable codes of the enums above, for JSON, the CLI and the database.
const char* instrumentKindCode(InstrumentKind value);
const char* directionCode(Direction value);
const char* licenceModeCode(LicenceMode value);
const char* measureUnitCode(MeasureUnit value);
/// The short unit symbol shown after a value ("m", "s", "mm"), or "" for points.
const char* measureUnitSymbol(MeasureUnit value);

} // namespace paceplan::core
