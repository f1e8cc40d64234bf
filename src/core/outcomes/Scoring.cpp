// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/Scoring.h"

#include "core/outcomes/InstrumentRegistry.h"
#include "core/outcomes/ScoringRules.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace paceplan::core {

namespace {

std::string rangeText(const InstrumentItem& item)
{
    std::string text = formatNumber(item.min, item.integerOnly ? 0 : 2);
    if (item.minExclusive)
        text = "above " + text;
    if (item.max)
        text += " to " + formatNumber(*item.max, item.integerOnly ? 0 : 2);
    else
        text += " or more";
    return text;
}

std::string plain(double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

Result<void> checkAnswer(const Instrument& instrument, const InstrumentItem& item, double value)
{
    const std::string field = "item " + std::to_string(item.number);
    const std::string where = field + " of " + instrument.code + ": ";
    if (!std::isfinite(value))
        return makeError(ErrorCode::InvalidValue, field, where + "the answer is not a number");
    const bool belowMin = item.minExclusive ? value <= item.min : value < item.min;
    const bool aboveMax = item.max && value > *item.max;
    if (belowMin || aboveMax)
        return makeError(
            ErrorCode::OutOfRange, field, where + plain(value) + " is outside the allowed range " + rangeText(item));
    if (item.integerOnly && std::floor(value) != value)
        return makeError(ErrorCode::InvalidValue, field,
            where + plain(value) + " is not a whole number (allowed: whole numbers " + rangeText(item) + ")");
    return {};
}

void addFlag(ScoreResult& result, const std::string& flag)
{
    if (!result.hasFlag(flag))
        result.flags.push_back(flag);
}

std::optional<double> basisValue(const ScoreResult& result, const std::string& basis)
{
    if (basis.empty())
        return result.score;
    const auto it = result.subscales.find(basis);
    if (it == result.subscales.end())
        return std::nullopt;
    return it->second;
}

void applyBands(const Instrument& instrument, ScoreResult& result, const ScoreContext& context)
{
    std::set<std::string> targets;
    for (const BandScheme& scheme : instrument.bandSchemes)
        targets.insert(scheme.target);
    for (const std::string& target : targets) {
        const BandScheme* scheme = chooseBandScheme(instrument, target, context);
        if (!scheme)
            continue;
        // The main band describes the score, so an unscorable result has none.
        if (target.empty() && !result.scorable)
            continue;
        const auto value = basisValue(result, scheme->basis);
        if (!value)
            continue;
        const Band* band = findBand(*scheme, *value, context);
        if (!band) {
            const bool normReferenced = std::any_of(scheme->rows.begin(), scheme->rows.end(),
                [](const BandRow& row) { return row.sex || row.minAge || row.maxAge; });
            if (normReferenced)
                addFlag(result, "no-norm-for-person");
            continue;
        }
        if (target.empty()) {
            result.band = band->code;
            result.bandScheme = scheme->id;
        } else {
            result.subscaleBands[target] = band->code;
        }
    }
}

void finish(const Instrument& instrument, ScoreResult& result, const ScoreContext& context)
{
    result.instrumentCode = instrument.code;
    result.scoringVersion = instrument.scoringVersion;
    if (!result.scorable)
        result.score.reset();
    applyBands(instrument, result, context);
}

} // namespace

Result<ScoreResult> scoreAnswers(const Instrument& instrument, const Answers& answers, const ScoreContext& context)
{
    const std::size_t itemCount = instrument.items.size();
    if (answers.size() > itemCount || answers.size() < instrument.minAnswerCount) {
        const std::string expected = instrument.minAnswerCount == itemCount
            ? std::to_string(itemCount)
            : std::to_string(instrument.minAnswerCount) + " to " + std::to_string(itemCount);
        return makeError(ErrorCode::InvalidValue, "answers",
            instrument.code + " takes " + expected + " answers in item order, got " + std::to_string(answers.size()));
    }
    if (!instrument.scoreItems)
        return makeError(ErrorCode::Unsupported, "answers", instrument.code + " has no item scoring");

    Answers padded = answers;
    padded.resize(itemCount);
    std::vector<std::string> warnings;
    for (std::size_t i = 0; i < itemCount; ++i) {
        if (!padded[i])
            continue;
        const InstrumentItem& item = instrument.items[i];
        if (auto status = checkAnswer(instrument, item, *padded[i]); !status)
            return status.error();
        if (item.warnBelow && *padded[i] < *item.warnBelow)
            warnings.push_back("check-value-low");
        if (item.warnAbove && *padded[i] > *item.warnAbove)
            warnings.push_back("check-value-high");
    }

    ScoreResult result = instrument.scoreItems(instrument, padded, context);
    result.answeredItems = scoring::tallyScored(instrument, padded).answered;
    for (const std::string& warning : warnings)
        addFlag(result, warning);
    finish(instrument, result, context);
    return result;
}

Result<ScoreResult> scoreAnswers(std::string_view code, const Answers& answers, const ScoreContext& context)
{
    const Instrument* instrument = InstrumentRegistry::standard().find(code);
    if (!instrument)
        return makeError(ErrorCode::NotFound, "instrument", "no instrument with code '" + std::string(code) + "'");
    return scoreAnswers(*instrument, answers, context);
}

Result<ScoreResult> scoreEnteredTotal(const Instrument& instrument, double total, const ScoreContext& context)
{
    if (!instrument.totalEntry || !instrument.scoreTotal)
        return makeError(ErrorCode::Unsupported, "total",
            instrument.code + " cannot be scored from a total: its scoring needs the item answers");
    const TotalEntry& entry = *instrument.totalEntry;
    const std::string where = "total of " + instrument.code + ": ";
    if (!std::isfinite(total))
        return makeError(ErrorCode::InvalidValue, "total", where + "the total is not a number");
    if (total < entry.min || total > entry.max)
        return makeError(ErrorCode::OutOfRange, "total",
            where + plain(total) + " is outside the allowed range " + plain(entry.min) + " to " + plain(entry.max));
    if (entry.integerOnly && std::floor(total) != total)
        return makeError(ErrorCode::InvalidValue, "total", where + plain(total) + " is not a whole number");
    ScoreResult result = instrument.scoreTotal(instrument, total, context);
    result.fromEnteredTotal = true;
    finish(instrument, result, context);
    return result;
}

const BandScheme* chooseBandScheme(const Instrument& instrument, std::string_view target, const ScoreContext& context)
{
    for (const std::string& preferred : context.bandSchemes) {
        for (const BandScheme& scheme : instrument.bandSchemes) {
            if (scheme.target == target && scheme.id == preferred)
                return &scheme;
        }
    }
    for (const BandScheme& scheme : instrument.bandSchemes) {
        if (scheme.target == target)
            return &scheme;
    }
    return nullptr;
}

bool bandContains(const Band& band, double value)
{
    if (band.lower && (band.lowerInclusive ? value < *band.lower : value <= *band.lower))
        return false;
    if (band.upper && (band.upperInclusive ? value > *band.upper : value >= *band.upper))
        return false;
    return true;
}

const Band* findBand(const BandScheme& scheme, double value, const ScoreContext& context)
{
    for (const BandRow& row : scheme.rows) {
        if (row.sex && (!context.sex || *context.sex != *row.sex))
            continue;
        if ((row.minAge || row.maxAge) && !context.ageYears)
            continue;
        if (row.minAge && *context.ageYears < *row.minAge)
            continue;
        if (row.maxAge && *context.ageYears > *row.maxAge)
            continue;
        for (const Band& band : row.bands) {
            if (bandContains(band, value))
                return &band;
        }
        return nullptr;
    }
    return nullptr;
}

std::string formatNumber(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", std::max(0, decimals), value);
    std::string text = buffer;
    if (text.find_first_not_of("-0.") == std::string::npos && text.front() == '-')
        text.erase(0, 1);
    return text;
}

std::string formatScore(const Instrument& instrument, double value)
{
    return formatNumber(value, instrument.displayDecimals);
}

} // namespace paceplan::core
