// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcomes/Instrument.h"
#include "core/outcomes/InstrumentRegistry.h"
#include "core/outcomes/ScoreResult.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paceplan::core {

/// How a change between two results is judged (reference §2.3, extended for scales without an MCID).
enum class ChangeClassification {
    SubstantialImprovement, ///< Pain intensity down by at least 50 % (IMMPACT).
    MeaningfulImprovement, ///< Reaches the MCID (absolute or percent) and exceeds the MDC.
    ImprovementBelowMcid, ///< Better beyond measurement error, but short of the MCID.
    ImprovementImportanceUnknown, ///< Better beyond measurement error; no MCID is published for this scale.
    NoChange, ///< No change, or a change within measurement error or below the MCID's worsening.
    Worse, ///< Worse by at least the MCID (used symmetrically) and beyond the MDC.
    WorseImportanceUnknown, ///< Worse beyond measurement error; no MCID is published for this scale.
    NotInterpretable, ///< The two results cannot be compared, or the baseline cannot show this change.
};

/// Where the baseline sits relative to the ends of the scale (floor/ceiling, reference §2.2).
enum class BaselineLimit {
    None,
    LimitsImprovement, ///< The baseline is too close to the best end for improvement to show (e.g. RMDQ < 4).
    LimitsWorsening, ///< The baseline is too close to the worst end for worsening to show (e.g. RMDQ > 20).
};

/// Threshold choices for one comparison: a population preset of the measure, or explicit values.
struct ChangeOptions {
    std::string presetId; ///< Id of a ThresholdPreset of the measure; empty = defaults.
    std::optional<double> mcid; ///< Overrides the MCID.
    std::optional<double> relativeMcidPercent; ///< Overrides the percent MCID.
    std::optional<double> mdc; ///< Overrides the MDC.
    std::string baselineSetup; ///< Recall period, protocol or variant of the baseline result.
    std::string latestSetup; ///< The same for the latest result; must match baselineSetup.
};

/// The change between two results on one measure, with every fact the classification used.
struct ChangeResult {
    std::string instrumentCode;
    std::string basis; ///< "" = the main score; otherwise a subscale code.
    std::string label; ///< The measure's short label, e.g. "Pain".
    Direction direction = Direction::HigherIsWorse;
    std::optional<double> baseline;
    std::optional<double> latest;
    double absoluteChange = 0.0; ///< latest - baseline, in score units.
    double improvement = 0.0; ///< Signed so that positive means better.
    std::optional<double> percentChange; ///< 100 x (latest - baseline) / |baseline|; empty at a zero baseline.
    std::optional<double> percentImprovement; ///< 100 x improvement / baseline, only where §2.2 defines it.
    ChangeClassification classification = ChangeClassification::NotInterpretable;
    bool withinMeasurementError = false; ///< An MDC is known and |change| is below it.
    BaselineLimit baselineLimit = BaselineLimit::None;
    bool immpact30 = false; ///< Pain intensity down by at least 30 % (moderately important).
    bool immpact50 = false; ///< Pain intensity down by at least 50 % (substantially important).
    bool responder = false; ///< A meaningful or substantial improvement.
    bool clinicalImportanceUnknown = false; ///< No MCID of any kind applies to this measure.
    std::optional<double> mcidUsed;
    std::optional<double> relativeMcidUsed;
    std::optional<double> mdcUsed;
    std::string reason; ///< Why the change is not interpretable, when it is not.
};

/// Judges change between outcome results against MCID, MDC, IMMPACT and floor/ceiling rules (reference §2).
class ChangeEngine {
public:
    /// An engine that looks instruments up in this registry.
    explicit ChangeEngine(const InstrumentRegistry& registry = InstrumentRegistry::standard());

    /// Compares two results of one instrument on a measure ("" = the main score) in any order of dates.
    ChangeResult compare(const ScoreResult& baseline, const ScoreResult& latest, std::string_view basis = {},
        const ChangeOptions& options = {}) const;

    /// Compares the first and the last scorable result of a chronological series (§2.2: first valid = baseline).
    ChangeResult compareBaselineToLatest(const std::vector<ScoreResult>& chronological, std::string_view basis = {},
        const ChangeOptions& options = {}) const;

    /// Compares two values on a measure of an instrument.
    static ChangeResult compareValues(const Instrument& instrument, const ChangeMeasure& measure, double baseline,
        double latest, const ChangeOptions& options = {});

private:
    const InstrumentRegistry& m_registry;
};

/// A stable code of a change class, e.g. "meaningful-improvement".
const char* changeClassificationCode(ChangeClassification value);

/// A short English phrase for a change class, e.g. "meaningful improvement".
const char* changeClassificationPhrase(ChangeClassification value);

/// True for the classes that count as a response to treatment.
bool isMeaningfulImprovement(ChangeClassification value);

} // namespace paceplan::core
