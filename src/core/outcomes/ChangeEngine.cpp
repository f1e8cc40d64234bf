// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/ChangeEngine.h"

#include <cmath>

namespace paceplan::core {

namespace {

ChangeResult notInterpretable(ChangeResult result, std::string reason)
{
    result.classification = ChangeClassification::NotInterpretable;
    result.responder = false;
    result.reason = std::move(reason);
    return result;
}

ChangeResult notInterpretable(std::string code, std::string basis, std::string reason)
{
    ChangeResult result;
    result.instrumentCode = std::move(code);
    result.basis = std::move(basis);
    return notInterpretable(std::move(result), std::move(reason));
}

std::optional<double> valueOf(const ScoreResult& result, std::string_view basis)
{
    if (!result.scorable)
        return std::nullopt;
    if (basis.empty())
        return result.score;
    const auto it = result.subscales.find(std::string(basis));
    if (it == result.subscales.end())
        return std::nullopt;
    return it->second;
}

const ThresholdPreset* findPreset(const ChangeMeasure& measure, const std::string& id)
{
    for (const ThresholdPreset& preset : measure.presets) {
        if (preset.id == id)
            return &preset;
    }
    return nullptr;
}

// True when the baseline lies beyond edge towards the end named by towardsHigh.
bool beyond(double baseline, const BaselineZoneEdge& edge, bool towardsHigh)
{
    if (towardsHigh)
        return edge.inclusive ? baseline >= edge.value : baseline > edge.value;
    return edge.inclusive ? baseline <= edge.value : baseline < edge.value;
}

BaselineLimit baselineLimit(const ChangeMeasure& measure, double baseline)
{
    const bool worseIsHigh = measure.direction == Direction::HigherIsWorse;
    // Improvement is limited near the best end, worsening near the worst end. Without published zones,
    // only a baseline at the very end of the scale limits the change (it cannot move further).
    if (measure.improvementLimitedBeyond) {
        if (beyond(baseline, *measure.improvementLimitedBeyond, !worseIsHigh))
            return BaselineLimit::LimitsImprovement;
    } else if (measure.best && baseline == *measure.best) {
        return BaselineLimit::LimitsImprovement;
    }
    if (measure.worseningLimitedBeyond) {
        if (beyond(baseline, *measure.worseningLimitedBeyond, worseIsHigh))
            return BaselineLimit::LimitsWorsening;
    } else if (measure.worst && baseline == *measure.worst) {
        return BaselineLimit::LimitsWorsening;
    }
    return BaselineLimit::None;
}

} // namespace

ChangeEngine::ChangeEngine(const InstrumentRegistry& registry) : m_registry(registry) { }

ChangeResult ChangeEngine::compare(
    const ScoreResult& baseline, const ScoreResult& latest, std::string_view basis, const ChangeOptions& options) const
{
    const std::string code = baseline.instrumentCode;
    if (baseline.instrumentCode != latest.instrumentCode)
        return notInterpretable(code, std::string(basis), "the results come from different instruments");
    const Instrument* instrument = m_registry.find(code);
    if (!instrument)
        return notInterpretable(code, std::string(basis), "unknown instrument");
    const ChangeMeasure* measure = instrument->measure(basis);
    if (!measure)
        return notInterpretable(
            code, std::string(basis), "the instrument has no change measure '" + std::string(basis) + "'");
    if (baseline.scoringVersion != latest.scoringVersion)
        return notInterpretable(
            code, std::string(basis), "the results were scored by different scoring versions; re-score both");
    const auto before = valueOf(baseline, basis);
    const auto after = valueOf(latest, basis);
    if (!before || !after)
        return notInterpretable(code, std::string(basis), "both results must be scorable on this measure");
    ChangeOptions effective = options;
    // PSFS: a single rated activity has its own, larger MDC [PSFS-form].
    if (!effective.mdc && effective.presetId.empty() && measure->mdcSingleItem && baseline.answeredItems == 1
        && latest.answeredItems == 1)
        effective.mdc = measure->mdcSingleItem;
    return compareValues(*instrument, *measure, *before, *after, effective);
}

ChangeResult ChangeEngine::compareBaselineToLatest(
    const std::vector<ScoreResult>& chronological, std::string_view basis, const ChangeOptions& options) const
{
    const ScoreResult* first = nullptr;
    const ScoreResult* last = nullptr;
    for (const ScoreResult& result : chronological) {
        if (!valueOf(result, basis))
            continue;
        if (!first)
            first = &result;
        last = &result;
    }
    if (!first || first == last) {
        const std::string code = chronological.empty() ? std::string() : chronological.front().instrumentCode;
        return notInterpretable(code, std::string(basis), "needs two scorable results");
    }
    return compare(*first, *last, basis, options);
}

ChangeResult ChangeEngine::compareValues(const Instrument& instrument, const ChangeMeasure& measure, double baseline,
    double latest, const ChangeOptions& options)
{
    ChangeResult r;
    r.instrumentCode = instrument.code;
    r.basis = measure.basis;
    r.label = measure.label;
    r.direction = measure.direction;
    r.baseline = baseline;
    r.latest = latest;
    if (!std::isfinite(baseline) || !std::isfinite(latest))
        return notInterpretable(std::move(r), "a value is not a number");
    r.absoluteChange = latest - baseline;
    r.improvement = measure.direction == Direction::HigherIsWorse ? baseline - latest : latest - baseline;
    if (baseline != 0.0)
        r.percentChange = 100.0 * (latest - baseline) / std::fabs(baseline);
    // §2.2: percent improvement is defined only for higher-is-worse scales with a floor of 0.
    if (measure.percentMeaningful && baseline > 0.0)
        r.percentImprovement = 100.0 * r.improvement / baseline;
    r.baselineLimit = baselineLimit(measure, baseline);
    if (measure.painIntensity && r.percentImprovement) {
        r.immpact30 = *r.percentImprovement >= 30.0;
        r.immpact50 = *r.percentImprovement >= 50.0;
    }
    if (measure.changeRating)
        return notInterpretable(std::move(r),
            "a global rating of change is itself a rating of change; show it beside "
            "score changes instead of classifying it");
    if (options.baselineSetup != options.latestSetup)
        return notInterpretable(std::move(r),
            "the results were recorded differently (" + options.baselineSetup + " vs " + options.latestSetup
                + "); compare like with like");

    // Thresholds: explicit options first, then the chosen preset, then the measure's defaults.
    const ThresholdPreset* preset = options.presetId.empty() ? nullptr : findPreset(measure, options.presetId);
    if (!options.presetId.empty() && !preset)
        return notInterpretable(std::move(r), "unknown threshold preset '" + options.presetId + "'");
    std::optional<double> mcid = measure.mcid;
    if (measure.highBaselineAbove && measure.highBaselineMcid && baseline > *measure.highBaselineAbove)
        mcid = measure.highBaselineMcid;
    std::optional<double> mdc = measure.mdc;
    if (measure.mdcPercentOfBaseline)
        mdc = std::fabs(baseline) * *measure.mdcPercentOfBaseline / 100.0;
    if (preset) {
        mcid = preset->mcid;
        mdc = preset->mdcPercentOfBaseline
            ? std::optional<double>(std::fabs(baseline) * *preset->mdcPercentOfBaseline / 100.0)
            : preset->mdc;
    }
    if (options.mcid)
        mcid = options.mcid;
    if (options.mdc)
        mdc = options.mdc;
    const std::optional<double> relative
        = options.relativeMcidPercent ? options.relativeMcidPercent : measure.relativeMcidPercent;
    r.mcidUsed = mcid;
    r.relativeMcidUsed = relative;
    r.mdcUsed = mdc;

    const double d = r.improvement;
    const bool exceedsError = mdc ? std::fabs(d) >= *mdc : true;
    r.withinMeasurementError = mdc && std::fabs(d) < *mdc;
    r.clinicalImportanceUnknown = !mcid && !relative;
    const std::optional<double> pct = r.percentImprovement;

    if (d > 0.0) {
        if (r.baselineLimit == BaselineLimit::LimitsImprovement)
            return notInterpretable(std::move(r),
                "the baseline is too close to the best end of the scale for an "
                "improvement to show reliably (floor/ceiling)");
        const bool meetsMcid = (mcid && d >= *mcid) || (relative && pct && *pct >= *relative);
        if (measure.painIntensity && pct && *pct >= 50.0)
            r.classification = ChangeClassification::SubstantialImprovement;
        else if (r.clinicalImportanceUnknown)
            r.classification
                = exceedsError ? ChangeClassification::ImprovementImportanceUnknown : ChangeClassification::NoChange;
        else if (meetsMcid && exceedsError)
            r.classification = ChangeClassification::MeaningfulImprovement;
        else if (!exceedsError)
            r.classification = ChangeClassification::NoChange;
        else
            r.classification = ChangeClassification::ImprovementBelowMcid;
    } else if (d < 0.0) {
        if (r.baselineLimit == BaselineLimit::LimitsWorsening)
            return notInterpretable(std::move(r),
                "the baseline is too close to the worst end of the scale for a "
                "worsening to show reliably (floor/ceiling)");
        // No deterioration thresholds are published: the improvement MCID is used symmetrically (§2.3, §8 item 12).
        const bool meetsMcid = (mcid && -d >= *mcid) || (relative && pct && -*pct >= *relative);
        if (r.clinicalImportanceUnknown)
            r.classification
                = exceedsError ? ChangeClassification::WorseImportanceUnknown : ChangeClassification::NoChange;
        else if (meetsMcid && exceedsError)
            r.classification = ChangeClassification::Worse;
        else
            r.classification = ChangeClassification::NoChange;
    } else {
        r.classification = ChangeClassification::NoChange;
    }
    r.responder = isMeaningfulImprovement(r.classification);
    return r;
}

const char* changeClassificationCode(ChangeClassification value)
{
    switch (value) {
    case ChangeClassification::SubstantialImprovement:
        return "substantial-improvement";
    case ChangeClassification::MeaningfulImprovement:
        return "meaningful-improvement";
    case ChangeClassification::ImprovementBelowMcid:
        return "improvement-below-mcid";
    case ChangeClassification::ImprovementImportanceUnknown:
        return "improvement-importance-unknown";
    case ChangeClassification::NoChange:
        return "no-change";
    case ChangeClassification::Worse:
        return "worse";
    case ChangeClassification::WorseImportanceUnknown:
        return "worse-importance-unknown";
    case ChangeClassification::NotInterpretable:
        return "not-interpretable";
    }
    return "not-interpretable";
}

const char* changeClassificationPhrase(ChangeClassification value)
{
    switch (value) {
    case ChangeClassification::SubstantialImprovement:
        return "substantial improvement";
    case ChangeClassification::MeaningfulImprovement:
        return "meaningful improvement";
    case ChangeClassification::ImprovementBelowMcid:
        return "improvement below the MCID";
    case ChangeClassification::ImprovementImportanceUnknown:
        return "real improvement, importance unknown";
    case ChangeClassification::NoChange:
        return "no change";
    case ChangeClassification::Worse:
        return "worse";
    case ChangeClassification::WorseImportanceUnknown:
        return "real worsening, importance unknown";
    case ChangeClassification::NotInterpretable:
        return "change not interpretable";
    }
    return "change not interpretable";
}

bool isMeaningfulImprovement(ChangeClassification value)
{
    return value == ChangeClassification::SubstantialImprovement
        || value == ChangeClassification::MeaningfulImprovement;
}

} // namespace paceplan::core
