// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/ScoringRules.h"

#include <utility>

namespace paceplan::core::scoring {

double itemValue(const InstrumentItem& item, double answer)
{
    if (item.reverseScored && item.max)
        return item.min + *item.max - answer;
    return answer;
}

std::optional<double> answer(const Answers& answers, int number)
{
    if (number < 1 || static_cast<std::size_t>(number) > answers.size())
        return std::nullopt;
    return answers[static_cast<std::size_t>(number - 1)];
}

Tally tally(const Instrument& instrument, const Answers& answers, const std::vector<int>& numbers)
{
    Tally t;
    for (const int number : numbers) {
        if (number < 1 || static_cast<std::size_t>(number) > instrument.items.size())
            continue;
        const InstrumentItem& item = instrument.items[static_cast<std::size_t>(number - 1)];
        ++t.asked;
        if (const auto value = answer(answers, number)) {
            t.sum += itemValue(item, *value);
            ++t.answered;
        }
    }
    return t;
}

Tally tallyScored(const Instrument& instrument, const Answers& answers)
{
    std::vector<int> numbers;
    for (const InstrumentItem& item : instrument.items) {
        if (item.scored)
            numbers.push_back(item.number);
    }
    return tally(instrument, answers, numbers);
}

std::vector<int> itemRange(int first, int last)
{
    std::vector<int> numbers;
    for (int n = first; n <= last; ++n)
        numbers.push_back(n);
    return numbers;
}

ScoreResult scorable(double score)
{
    ScoreResult result;
    result.scorable = true;
    result.score = score;
    return result;
}

ScoreResult notScorable(std::string reason)
{
    ScoreResult result;
    result.scorable = false;
    result.notScorableReason = std::move(reason);
    return result;
}

std::string needsAll(const Tally& t, const std::string& what)
{
    return "needs all " + std::to_string(t.asked) + " " + what + " answered (" + std::to_string(t.missing())
        + " missing); the reference publishes no missing-item rule";
}

ScoreResult sumAllRequired(const Instrument& instrument, const Answers& answers, const ScoreContext&)
{
    const Tally t = tallyScored(instrument, answers);
    if (t.missing() > 0)
        return notScorable(needsAll(t));
    return scorable(t.sum);
}

ScoreResult singleRatingScore(const Instrument& instrument, const Answers& answers)
{
    const Tally t = tallyScored(instrument, answers);
    if (t.missing() > 0)
        return notScorable("the single rating is missing");
    return scorable(t.sum);
}

InstrumentItem makeItem(int number, std::string construct, double min, double max)
{
    InstrumentItem item;
    item.number = number;
    item.construct = std::move(construct);
    item.min = min;
    item.max = max;
    return item;
}

std::vector<InstrumentItem> makeItems(const std::vector<std::string>& constructs, double min, double max)
{
    std::vector<InstrumentItem> items;
    items.reserve(constructs.size());
    int number = 1;
    for (const std::string& construct : constructs)
        items.push_back(makeItem(number++, construct, min, max));
    return items;
}

Band band(std::string code, std::string label, std::optional<double> lower, std::optional<double> upper,
    bool lowerInclusive, bool upperInclusive)
{
    return Band { std::move(code), std::move(label), lower, lowerInclusive, upper, upperInclusive };
}

BandScheme fixedScheme(std::string id, std::string name, std::vector<Band> bands, std::string source, bool unconfirmed,
    std::string target, std::string basis)
{
    BandScheme scheme;
    scheme.id = std::move(id);
    scheme.name = std::move(name);
    scheme.target = std::move(target);
    scheme.basis = std::move(basis);
    scheme.rows.push_back(BandRow { std::nullopt, std::nullopt, std::nullopt, std::move(bands) });
    scheme.source = std::move(source);
    scheme.unconfirmed = unconfirmed;
    return scheme;
}

ScoreResult totalIsScore(const Instrument&, double total, const ScoreContext&)
{
    return scorable(total);
}

} // namespace paceplan::core::scoring
