// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/JointAndWidespreadInstruments.h"

#include "core/outcomes/ScoringRules.h"

#include <array>
#include <cmath>

namespace paceplan::core {

namespace {

using namespace scoring;

ChangeMeasure betterMeasure(std::string basis, std::string label)
{
    ChangeMeasure m;
    m.basis = std::move(basis);
    m.label = std::move(label);
    m.direction = Direction::HigherIsBetter;
    m.best = 100;
    m.worst = 0;
    m.source = "MCID unconfirmed, no value in the reference (§1.20)";
    return m;
}

// KOOS-12 / HOOS-12: each scale needs at least 2 of its 4 items; missing items take the person's mean
// of the answered items in that scale, which equals using that mean [KOOS12][HOOS12].
ScoreResult scoreKoosShortForm(const Instrument& instrument, const Answers& answers, const ScoreContext&)
{
    ScoreResult result;
    for (const InstrumentSubscale& s : instrument.subscales) {
        const Tally t = tally(instrument, answers, s.items);
        if (t.answered >= 2)
            result.subscales[s.code] = 100.0 - t.mean() * 100.0 / 4.0;
        else
            result.unscoredSubscales[s.code]
                = "needs at least 2 of its 4 items (" + std::to_string(t.answered) + " answered)";
    }
    if (result.subscales.size() == instrument.subscales.size()) {
        result.scorable = true;
        result.score = (result.subscales["pain"] + result.subscales["function"] + result.subscales["qol"]) / 3.0;
    } else {
        result.notScorableReason = "the summary needs the pain, function and quality-of-life scales, and at least one "
                                   "has fewer than 2 of its 4 items answered";
    }
    return result;
}

Instrument koosShortForm(const std::string& joint)
{
    const bool knee = joint == "knee";
    Instrument i;
    i.code = knee ? "koos-12" : "hoos-12";
    i.name = knee ? "Knee injury and Osteoarthritis Outcome Score, 12-item"
                  : "Hip disability and Osteoarthritis Outcome Score, 12-item";
    i.shortName = knee ? "KOOS-12" : "HOOS-12";
    i.version = "12-item (Gandek 2019)";
    i.scoringVersion = "1";
    const std::string of = " because of the " + joint;
    i.items = makeItems(
        { "how often " + joint + " pain occurs", joint + " pain during a daily activity (pain item 2)",
            joint + " pain during a daily activity (pain item 3)",
            joint + " pain during a daily activity (pain item 4)",
            "difficulty with a daily or sport activity" + of + " (function item 1)",
            "difficulty with a daily or sport activity" + of + " (function item 2)",
            "difficulty with a daily or sport activity" + of + " (function item 3)",
            "difficulty with a daily or sport activity" + of + " (function item 4)",
            "how often the " + joint + " problem is on the mind", "lifestyle changes made to protect the " + joint,
            "trouble from lack of confidence in the " + joint, "overall difficulty with the " + joint },
        0, 4);
    i.minAnswerCount = 12;
    i.subscales = { { "pain", "Pain", { 1, 2, 3, 4 }, 0, 100, "100 - mean(answered) x 25; at least 2 of 4 answered" },
        { "function", "Function (daily living and sport/recreation)", { 5, 6, 7, 8 }, 0, 100,
            "100 - mean(answered) x 25; at least 2 of 4 answered" },
        { "qol", "Quality of life", { 9, 10, 11, 12 }, 0, 100,
            "100 - mean(answered) x 25; at least 2 of 4 answered" } };
    i.missingRule = { 2, ProRating::MeanOfAnswered,
        "Each scale needs at least 2 of its 4 items; missing items take the mean of the person's answered items "
        "in that scale [KOOS12][HOOS12]. The summary needs all three scales (DESIGN).",
        false };
    i.scoreMin = 0;
    i.scoreMax = 100;
    i.direction = Direction::HigherIsBetter;
    const std::string impact = knee ? "Knee impact" : "Hip impact";
    i.measures = { betterMeasure("", impact), betterMeasure("pain", impact + ": pain"),
        betterMeasure("function", impact + ": function"), betterMeasure("qol", impact + ": quality of life") };
    i.recallPeriod = "previous week";
    i.licenceMode = LicenceMode::ScoresOnly;
    i.licenceNote = "KOOS/HOOS listed as free [SRALab-KOOS]; scoring material free at koos.nu [PROMs-Rheum]. The "
                    "reference recommends showing the text once the KOOS-12/HOOS-12 terms are confirmed; scores only "
                    "until then.";
    i.displayDecimals = 1;
    i.formula = "scale = 100 - mean(answered items) x 100 / 4; summary impact = (pain + function + QOL) / 3";
    i.sources = "reference §1.17; [KOOS12][HOOS12][Gandek2019][yhocphuchoi-KOOS12][KOOS-scoring]";
    i.scoreItems = scoreKoosShortForm;
    return i;
}

// FIQR: each domain sum is weighted by (items in domain / items answered) [FIQR-scoring]. No minimum is
// published; the reference's DESIGN requires at least one answered item per domain.
ScoreResult scoreFiqr(const Instrument& instrument, const Answers& answers, const ScoreContext&)
{
    const Tally fn = tally(instrument, answers, itemRange(1, 9));
    const Tally ov = tally(instrument, answers, itemRange(10, 11));
    const Tally sy = tally(instrument, answers, itemRange(12, 21));
    if (fn.answered == 0 || ov.answered == 0 || sy.answered == 0)
        return notScorable("each domain (function, overall impact, symptoms) needs at least one answered item "
                           "(reference §1.18 DESIGN)");
    const double function = fn.sum * 9.0 / fn.answered / 3.0;
    const double overall = ov.sum * 2.0 / ov.answered;
    const double symptoms = sy.sum * 10.0 / sy.answered / 2.0;
    ScoreResult result = scorable(function + overall + symptoms);
    result.subscales["function"] = function;
    result.subscales["overall"] = overall;
    result.subscales["symptoms"] = symptoms;
    return result;
}

Instrument fiqr()
{
    Instrument i;
    i.code = "fiqr";
    i.name = "Revised Fibromyalgia Impact Questionnaire";
    i.shortName = "FIQR";
    i.version = "FIQR (Bennett 2009)";
    i.scoringVersion = "1";
    i.items = makeItems(
        { "difficulty brushing or combing hair", "difficulty walking for 20 minutes without stopping",
            "difficulty preparing a home-cooked meal", "difficulty cleaning floors",
            "difficulty lifting and carrying a bag of groceries", "difficulty climbing one flight of stairs",
            "difficulty changing bed sheets", "difficulty sitting in a chair for 45 minutes",
            "difficulty going grocery shopping", "how much the condition stopped weekly goals",
            "how overwhelmed the person felt by the condition", "pain level", "energy level", "stiffness",
            "sleep quality", "depression", "memory problems", "anxiety", "tenderness to touch", "balance problems",
            "sensitivity to noise, light, smells or cold" },
        0, 10);
    i.minAnswerCount = 21;
    i.subscales = { { "function", "Function", itemRange(1, 9), 0, 30, "sum x 9 / answered, divided by 3" },
        { "overall", "Overall impact", { 10, 11 }, 0, 20, "sum x 2 / answered" },
        { "symptoms", "Symptoms", itemRange(12, 21), 0, 50, "sum x 10 / answered, divided by 2" } };
    i.missingRule = { 1, ProRating::PerDomainWeighting,
        "Each domain sum is weighted by items in the domain / items answered [FIQR-scoring]; at least one answered "
        "item per domain (reference §1.18 DESIGN; no published minimum).",
        false };
    i.scoreMin = 0;
    i.scoreMax = 100;
    i.bandSchemes = { fixedScheme("fiq-bands", "FIQ-based severity (unconfirmed)",
        { band("mild", "Mild", 0, 39, true, false), band("moderate", "Moderate", 39, 59, true, false),
            band("severe", "Severe", 59, 100) },
        "FIQ-derived 39/59 cut-offs, unconfirmed (reference §1.18, §8 item 9)", true) };
    ChangeMeasure m;
    m.label = "Fibromyalgia impact";
    m.best = 0;
    m.worst = 100;
    m.relativeMcidPercent = 14;
    m.mcidUnconfirmed = true;
    m.percentMeaningful = true;
    m.source
        = "[Bennett2009MCID] about 14 % on the FIQ, applied to the FIQR by extension (unconfirmed) reference §1.18";
    i.measures = { m };
    i.recallPeriod = "past 7 days";
    i.licenceMode = LicenceMode::ScoresOnly;
    i.licenceNote = "Printable FIQR published under CC-BY 2.0 with the validation paper [Bennett2009FIQR]; the "
                    "developer's own terms are unconfirmed. Scores only until confirmed with the developer.";
    i.totalEntry = TotalEntry { "FIQR total", 0, 100, false };
    i.displayDecimals = 1;
    i.formula = "FIQR = function sum x 9/n / 3 + overall sum x 2/n + symptoms sum x 10/n / 2";
    i.sources = "reference §1.18; [Bennett2009FIQR][FIQR-scoring][Bennett2009MCID]";
    i.scoreItems = scoreFiqr;
    i.scoreTotal = totalIsScore;
    return i;
}

// PROMIS PI 4a raw sum (4-20) -> T-score and SE [PROMIS-4a-repo1][PROMIS-4a-repo2]. Raw 20 is 75.6 in
// one script and 75.8 in the other; 75.6 is used until checked against the HealthMeasures manual.
constexpr std::array<double, 17> kPromisPi4aT
    = { 41.6, 49.6, 52.0, 53.9, 55.6, 57.1, 58.5, 59.9, 61.2, 62.5, 63.8, 65.2, 66.6, 68.0, 69.7, 71.6, 75.6 };
constexpr std::array<double, 17> kPromisPi4aSe
    = { 6.1, 2.5, 2.0, 1.9, 1.9, 1.9, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8, 1.9, 2.1, 3.7 };

ScoreResult promisFromRaw(double raw)
{
    const auto index = static_cast<std::size_t>(raw - 4.0);
    ScoreResult result = scorable(kPromisPi4aT[index]);
    result.subscales["raw"] = raw;
    result.standardError = kPromisPi4aSe[index];
    return result;
}

ScoreResult scorePromis(const Instrument& instrument, const Answers& answers, const ScoreContext& context)
{
    const Tally t = tallyScored(instrument, answers);
    if (t.missing() == 0)
        return promisFromRaw(t.sum);
    // Pro-rating with at least half the items answered, scaled up and rounded: unconfirmed default.
    if (context.applyUnconfirmedRules && t.answered >= 2) {
        ScoreResult result = promisFromRaw(std::round(t.sum * 4.0 / t.answered));
        result.flags.push_back("pro-rated");
        return result;
    }
    return notScorable(context.applyUnconfirmedRules
            ? "needs at least 2 of the 4 items for pro-rating (" + std::to_string(t.answered) + " answered)"
            : needsAll(t));
}

Instrument promisPi4a()
{
    Instrument i;
    i.code = "promis-pi-4a";
    i.name = "PROMIS Pain Interference Short Form 4a";
    i.shortName = "PROMIS PI 4a";
    i.version = "v1.0 4a";
    i.scoringVersion = "1";
    i.unit = MeasureUnit::TScore;
    i.items = makeItems({ "impact of pain on daily activities", "impact of pain on work around the home",
                            "impact of pain on social activities", "impact of pain on household chores" },
        1, 5);
    i.minAnswerCount = 4;
    i.subscales = { { "raw", "Raw sum", { 1, 2, 3, 4 }, 4, 20,
        "sum of the 4 items (pro-rated and rounded when 1-2 missing)" } };
    i.missingRule = { 2, ProRating::RoundedScaleUp,
        "With at least 2 of 4 answered, raw = round(sum x 4 / answered) before the table look-up (unconfirmed: a "
        "configurable default).",
        true };
    i.scoreMin = 41.6;
    i.scoreMax = 75.6;
    ChangeMeasure m;
    m.label = "Pain interference";
    m.best = 41.6;
    m.worst = 75.6;
    m.mcid = 3;
    m.presets = { { "chen2018-low", "Pain samples, lower MID", 2, std::nullopt, "[Chen2018]" },
        { "amtmann2016-lbp", "Back pain, upper MID", 5.5, std::nullopt, "[Amtmann2016]" } };
    m.source = "[Chen2018] MID 2-3 T points in pain samples (upper value used) reference §1.19, §1.20";
    i.measures = { m };
    i.recallPeriod = "past 7 days";
    i.licenceMode = LicenceMode::ScoresOnly;
    i.licenceNote = "(c) PROMIS Health Organization. Commercial users must seek permission; integration into "
                    "proprietary technology needs written permission [PROMIS-obtain]. Scores only.";
    i.totalEntry = TotalEntry { "PROMIS PI 4a raw sum (4-20)", 4, 20, true };
    i.displayDecimals = 1;
    i.formula = "raw = sum of 4 items (1-5); T-score from the 4a raw-to-T table";
    i.sources = "reference §1.19, §1.20; [NINDS-PROMIS-PI][PROMIS-4a-repo1][PROMIS-4a-repo2][Chen2018][Amtmann2016]";
    i.scoreItems = scorePromis;
    i.scoreTotal = [](const Instrument&, double total, const ScoreContext&) { return promisFromRaw(total); };
    return i;
}

} // namespace

std::vector<Instrument> jointAndWidespreadInstruments()
{
    return { koosShortForm("knee"), koosShortForm("hip"), fiqr(), promisPi4a() };
}

} // namespace paceplan::core
