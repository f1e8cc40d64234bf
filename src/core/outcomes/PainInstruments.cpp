// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/PainInstruments.h"

#include "core/outcomes/ScoringRules.h"

namespace paceplan::core {

namespace {

using namespace scoring;

ChangeMeasure painMeasure(std::string label, double worst)
{
    ChangeMeasure m;
    m.label = std::move(label);
    m.direction = Direction::HigherIsWorse;
    m.best = 0.0;
    m.worst = worst;
    m.percentMeaningful = true;
    m.painIntensity = true;
    return m;
}

// NPRS and VAS: the score is the single rating.
ScoreResult singleRating(const Instrument& instrument, const Answers& answers, const ScoreContext&)
{
    ScoreResult result = singleRatingScore(instrument, answers);
    // Reference §2.3: "Recovered" (LBP) is an NRS of 0 [Kamper2010].
    if (instrument.code == "nprs" && result.scorable && *result.score == 0.0)
        result.flags.push_back("recovered-lbp");
    return result;
}

Instrument nprs()
{
    Instrument i;
    i.code = "nprs";
    i.name = "Numeric Pain Rating Scale";
    i.shortName = "NPRS";
    i.version = "11-point, 0-10";
    i.scoringVersion = "1";
    i.kind = InstrumentKind::PainRating;
    i.items = { makeItem(1, "pain intensity from no pain (0) to worst pain imaginable (10)", 0, 10) };
    i.minAnswerCount = 1;
    i.missingRule
        = { 1, ProRating::None, "The single rating must be given; whole numbers 0-10 only [Hawker2011].", false };
    i.scoreMin = 0;
    i.scoreMax = 10;
    i.bandSchemes = {
        fixedScheme("boonstra2016", "Chronic musculoskeletal pain, interference-based",
            { band("mild", "Mild", 0, 5), band("moderate", "Moderate", 6, 7), band("severe", "Severe", 8, 10) },
            "[Boonstra2016] reference §1.1 scheme (a)"),
        fixedScheme("bpi-worst", "BPI convention for worst pain",
            { band("mild", "Mild", 1, 4), band("moderate", "Moderate", 5, 6), band("severe", "Severe", 7, 10) },
            "[MDA-BPI] reference §1.1 scheme (b); 0 has no band"),
    };
    ChangeMeasure m = painMeasure("Pain", 10);
    m.mcid = 2;
    m.relativeMcidPercent = 30;
    m.mdc = 2;
    m.presets = { { "childs2005-1wk", "LBP, 1-week follow-up", 2.2, 2, "[Childs2005]" },
        { "childs2005-4wk", "LBP, 4-week follow-up", 1.5, 2, "[Childs2005]" } };
    m.source = "[Farrar2001][Ostelo2008][Childs2005] reference §1.1, §1.20";
    i.measures = { m };
    i.recallPeriod
        = "as set by the protocol (now, last 24 hours or average over the last week); store it with the score";
    i.licenceMode = LicenceMode::ShipText;
    i.licenceNote = "Generic 0-10 format with no identified owner [Hawker2011] (public-domain status unconfirmed); "
                    "anchor wording is our own.";
    i.formula = "score = the rating (0-10)";
    i.sources
        = "reference §1.1, §1.20, §2; [Farrar2001][Hawker2011][Boonstra2016][Childs2005][Ostelo2008][Dworkin2008]";
    i.scoreItems = singleRating;
    return i;
}

Instrument vas()
{
    Instrument i;
    i.code = "vas";
    i.name = "Visual Analogue Scale for pain (100 mm)";
    i.shortName = "VAS";
    i.version = "100 mm line";
    i.scoringVersion = "1";
    i.kind = InstrumentKind::PainRating;
    i.unit = MeasureUnit::Millimetres;
    InstrumentItem item = makeItem(1, "pain intensity as the distance in mm from the no-pain end of the line", 0, 100);
    item.integerOnly = false;
    i.items = { item };
    i.minAnswerCount = 1;
    i.missingRule = { 1, ProRating::None, "The single mark must be given; 0-100 mm, to 0.1 mm [Hawker2011].", false };
    i.scoreMin = 0;
    i.scoreMax = 100;
    // Edges as written: "<=34 mild, 35-74 moderate, >=75 severe"; a fractional mark between 34 and 35
    // is not <=34 and so is moderate.
    i.bandSchemes = {
        fixedScheme("boonstra2014-verbal", "Chronic musculoskeletal pain, verbal-description basis",
            { band("mild", "Mild", 0, 34), band("moderate", "Moderate", 34, 75, false, false),
                band("severe", "Severe", 75, 100) },
            "[Boonstra2014] reference §1.2"),
        fixedScheme("boonstra2014-interference", "Chronic musculoskeletal pain, interference basis",
            { band("mild", "Mild", 0, 34), band("moderate", "Moderate", 34, 65, false, false),
                band("severe", "Severe", 65, 100) },
            "[Boonstra2014] reference §1.2"),
    };
    ChangeMeasure m = painMeasure("Pain", 100);
    m.mcid = 15;
    m.relativeMcidPercent = 30;
    m.source = "[Ostelo2008] reference §1.2, §1.20";
    i.measures = { m };
    i.recallPeriod = "as set by the protocol; store it with the score";
    i.licenceMode = LicenceMode::ShipText;
    i.licenceNote = "Generic format [Hawker2011]; anchor wording is our own.";
    i.formula = "score = millimetres from the no-pain end (0-100)";
    i.sources = "reference §1.2, §1.20; [Hawker2011][Boonstra2014][Ostelo2008]";
    i.scoreItems = singleRating;
    return i;
}

ScoreResult scorePeg(const Instrument& instrument, const Answers& answers, const ScoreContext&)
{
    const Tally t = tallyScored(instrument, answers);
    if (t.missing() > 0)
        return notScorable("the PEG mean needs all 3 items (reference §1.3: no missing answers allowed)");
    return scorable(t.sum / 3.0);
}

Instrument peg()
{
    Instrument i;
    i.code = "peg";
    i.name = "PEG three-item pain scale (Pain, Enjoyment of life, General activity)";
    i.shortName = "PEG";
    i.version = "PEG-3";
    i.scoringVersion = "1";
    i.items = makeItems({ "average pain intensity", "how much pain gets in the way of enjoying life",
                            "how much pain gets in the way of general activity" },
        0, 10);
    i.minAnswerCount = 3;
    i.missingRule = { 3, ProRating::None, "All 3 items are needed for the mean (reference §1.3, DESIGN).", false };
    i.scoreMin = 0;
    i.scoreMax = 10;
    i.bandSchemes = { fixedScheme("achawaqat", "Third-party calculator bands (unconfirmed)",
        { band("mild", "Mild", 0, 4, true, false), band("moderate", "Moderate", 4, 7, true, false),
            band("severe", "Severe", 7, 10) },
        "[achawaqat] reference §1.3 (not from the developers)", true) };
    ChangeMeasure m = painMeasure("Pain (PEG)", 10);
    m.relativeMcidPercent = 30;
    m.mcidUnconfirmed = true;
    m.source = "DESIGN: IMMPACT 30 % [Dworkin2008] reference §1.3, §1.20";
    i.measures = { m };
    i.recallPeriod = "past week (unconfirmed)";
    i.licenceMode = LicenceMode::ShipText;
    i.licenceNote = "Listed as public domain [KTC]; free to use [achawaqat].";
    i.totalEntry = TotalEntry { "PEG mean score", 0, 10, false };
    i.displayDecimals = 1;
    i.formula = "score = (P + E + G) / 3";
    i.sources = "reference §1.3; [Krebs2009][KTC][achawaqat]";
    i.scoreItems = scorePeg;
    i.scoreTotal = totalIsScore;
    return i;
}

ScoreResult scoreBpi(const Instrument& instrument, const Answers& answers, const ScoreContext&)
{
    const Tally severity = tally(instrument, answers, itemRange(1, 4));
    const Tally interference = tally(instrument, answers, itemRange(5, 11));
    ScoreResult result = severity.missing() == 0
        ? scorable(severity.mean())
        : notScorable("pain severity needs all 4 severity ratings (" + std::to_string(severity.missing())
            + " missing); no missing-item rule is published for it (reference §8 item 11)");
    if (severity.missing() == 0)
        result.subscales["severity"] = severity.mean();
    else
        result.unscoredSubscales["severity"] = "needs all 4 severity ratings";
    // Interference is valid with at least 4 of the 7 items; the mean of the answered ones [ePPOC].
    if (interference.answered >= 4)
        result.subscales["interference"] = interference.mean();
    else
        result.unscoredSubscales["interference"] = "needs at least 4 of the 7 interference ratings [ePPOC]";
    if (const auto worst = answer(answers, 1))
        result.subscales["worst"] = *worst;
    if (const auto average = answer(answers, 3))
        result.subscales["average"] = *average;
    return result;
}

Instrument bpiSf()
{
    Instrument i;
    i.code = "bpi-sf";
    i.name = "Brief Pain Inventory - Short Form";
    i.shortName = "BPI-SF";
    i.version = "short form (9 items; the 11 scored 0-10 ratings are entered)";
    i.scoringVersion = "1";
    i.items = makeItems({ "worst pain (form item 3)", "least pain (form item 4)", "average pain (form item 5)",
                            "pain right now (form item 6)", "interference with general activity (item 9A)",
                            "interference with mood (item 9B)", "interference with walking (item 9C)",
                            "interference with normal work, in and outside the home (item 9D)",
                            "interference with relations with other people (item 9E)",
                            "interference with sleep (item 9F)", "interference with enjoyment of life (item 9G)" },
        0, 10);
    i.minAnswerCount = 11;
    i.subscales = {
        { "severity", "Pain severity", itemRange(1, 4), 0, 10, "mean of the 4 severity ratings; all 4 needed" },
        { "interference", "Pain interference", itemRange(5, 11), 0, 10,
            "mean of the answered interference ratings; valid with at least 4 of 7 [ePPOC]" },
        { "worst", "Worst pain", { 1 }, 0, 10, "the worst-pain rating; used for the severity band [MDA-BPI]" },
        { "average", "Average pain", { 3 }, 0, 10, "the average-pain rating; ePPOC judges change on it" },
    };
    i.missingRule = { 4, ProRating::MeanOfAnswered,
        "Severity: all 4 ratings (no published rule, so not scorable otherwise). Interference: at least 4 of 7, "
        "mean of the answered ones [ePPOC].",
        false };
    i.scoreMin = 0;
    i.scoreMax = 10;
    i.bandSchemes = { fixedScheme("mda-worst", "Worst-pain bands",
        { band("mild", "Mild", 1, 4), band("moderate", "Moderate", 5, 6), band("severe", "Severe", 7, 10) },
        "[MDA-BPI] reference §1.4; a worst pain of 0 has no band", false, "", "worst") };
    ChangeMeasure severity = painMeasure("Pain severity", 10);
    severity.relativeMcidPercent = 30;
    severity.source = "ePPOC >=30 % for pain [ePPOC]; IMMPACT [Dworkin2008] reference §1.4, §1.20";
    ChangeMeasure average = severity;
    average.basis = "average";
    average.label = "Average pain";
    ChangeMeasure interference;
    interference.basis = "interference";
    interference.label = "Pain interference";
    interference.best = 0;
    interference.worst = 10;
    interference.mcid = 1;
    interference.relativeMcidPercent = 10;
    interference.percentMeaningful = true;
    interference.source = "[Dworkin2008] 1 point; [ePPOC] >=10 % reference §1.4, §1.20";
    i.measures = { severity, interference, average };
    i.recallPeriod = "past 24 hours or past week (two versions; store which)";
    i.licenceMode = LicenceMode::ScoresOnly;
    i.licenceNote = "(c) C.S. Cleeland 1991. Not to be used or reproduced without permission; fees may apply; no "
                    "modification or translation without consent [MDA-BPI]. Scores only until licensed.";
    i.displayDecimals = 1;
    i.formula = "score (severity) = mean(worst, least, average, now); interference = mean(answered 9A-9G)";
    i.sources = "reference §1.4, §1.20; [MDA-BPI][ePPOC][Physiopedia-BPI][Dworkin2008]";
    i.scoreItems = scoreBpi;
    return i;
}

} // namespace

std::vector<Instrument> painInstruments()
{
    return { nprs(), vas(), peg(), bpiSf() };
}

} // namespace paceplan::core
