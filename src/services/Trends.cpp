// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Trends.h"

#include "core/outcomes/ChangeSummary.h"
#include "core/outcomes/InstrumentRegistry.h"

#include <algorithm>

namespace paceplan::services {
namespace {

struct ScoredEntry {
    const OutcomeEntry* entry = nullptr;
    core::ScoreResult result;
};

std::vector<ScoredEntry> scoredEntries(const std::string& code, const std::vector<OutcomeEntry>& outcomes)
{
    std::vector<ScoredEntry> scored;
    for (const auto& entry : outcomes) {
        if (entry.instrumentCode != code || !entry.date.isValid())
            continue;
        auto result = scoreEntry(entry);
        if (result && headlineValue(*result))
            scored.push_back({ &entry, std::move(result).value() });
    }
    std::stable_sort(scored.begin(), scored.end(),
        [](const ScoredEntry& a, const ScoredEntry& b) { return a.entry->date < b.entry->date; });
    return scored;
}

} // namespace

InstrumentTrend buildTrend(const core::Instrument& instrument, const std::vector<OutcomeEntry>& outcomes,
    const core::Date& from, const core::Date& to)
{
    InstrumentTrend trend;
    trend.instrument = &instrument;
    const auto scored = scoredEntries(instrument.code, outcomes);
    if (scored.empty())
        return trend;
    const core::ChangeMeasure* measure = instrument.measure();
    trend.painIntensity = measure != nullptr && measure->painIntensity;
    trend.baseline = headlineValue(scored.front().result);
    trend.baselineDate = scored.front().entry->date;
    const core::ChangeEngine engine;
    if (scored.size() > 1 && measure != nullptr && scored.front().result.score) {
        std::vector<core::ScoreResult> chronological;
        chronological.reserve(scored.size());
        for (const auto& item : scored)
            chronological.push_back(item.result);
        trend.change = engine.compareBaselineToLatest(chronological);
        trend.mcid = trend.change->mcidUsed;
        trend.summary = core::changeSummaryLine(instrument, *trend.change);
    } else if (measure != nullptr) {
        trend.mcid = measure->mcid;
    }
    for (const auto& item : scored) {
        const core::Date& date = item.entry->date;
        if ((from.isValid() && date < from) || (to.isValid() && to < date))
            continue;
        TrendPoint point;
        point.date = date;
        point.value = *headlineValue(item.result);
        point.band = bandLabel(instrument, item.result.band);
        point.notes = item.entry->notes;
        if (trend.baseline) {
            point.changeFromBaseline = point.value - *trend.baseline;
            if (*trend.baseline != 0.0)
                point.percentFromBaseline = 100.0 * (point.value - *trend.baseline) / *trend.baseline;
        }
        trend.points.push_back(std::move(point));
    }
    return trend;
}

std::vector<std::string> recordedInstruments(const std::vector<OutcomeEntry>& outcomes)
{
    std::vector<std::string> codes;
    for (const auto& instrument : core::InstrumentRegistry::standard().all()) {
        const bool recorded = std::any_of(outcomes.begin(), outcomes.end(),
            [&](const OutcomeEntry& entry) { return entry.instrumentCode == instrument.code; });
        if (recorded)
            codes.push_back(instrument.code);
    }
    return codes;
}

std::vector<std::string> summaryLines(const std::vector<OutcomeEntry>& outcomes)
{
    std::vector<std::string> lines;
    for (const auto& code : recordedInstruments(outcomes)) {
        const auto trend = buildTrend(*core::InstrumentRegistry::standard().find(code), outcomes, {}, {});
        if (!trend.summary.empty())
            lines.push_back(trend.summary);
    }
    return lines;
}

std::vector<core::WeekAdherence> weeklyAdherenceOf(const PatientOutcomeData& data, const core::Date& today)
{
    if (!data.planStart.isValid() || !today.isValid())
        return {};
    return core::weeklyAdherence(data.scheduled, data.logs, data.planStart, today);
}

} // namespace paceplan::services
