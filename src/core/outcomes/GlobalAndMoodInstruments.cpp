// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/GlobalAndMoodInstruments.h"

#include "core/outcomes/ScoringRules.h"

namespace paceplan::core {

namespace {

using namespace scoring;

ScoreResult singleRating(const Instrument& instrument, const Answers& answers, const ScoreContext&)
{
    ScoreResult result = singleRatingScore(instrument, answers);
    // "Much" or "very much improved" is the anchor for clinically important improvement [Farrar2001].
    if (instrument.code == "pgic" && result.scorable && *result.score <= 2.0)
        result.flags.push_back("important-improvement");
    return result;
}

ChangeMeasure changeRatingMeasure(std::string label, Direction direction)
{
    ChangeMeasure m;
    m.label = std::move(label);
    m.direction = direction;
    m.changeRating = true;
    m.source = "a global rating is itself a rating of change: compare it with score changes, do not classify it";
    return m;
}

Instrument pgic()
{
    Instrument i;
    i.code = "pgic";
    i.name = "Patient Global Impression of Change";
    i.shortName = "PGIC";
    i.version = "7-point";
    i.scoringVersion = "1";
    i.items = { makeItem(
        1, "overall change since treatment began, from very much improved (1) to very much worse (7)", 1, 7) };
    i.minAnswerCount = 1;
    i.missingRule = { 1, ProRating::None, "The single rating must be given.", false };
    i.scoreMin = 1;
    i.scoreMax = 7;
    i.bandSchemes = { fixedScheme("pgic-points", "PGIC response levels",
        { band("very-much-improved", "Very much improved", 1, 1), band("much-improved", "Much improved", 2, 2),
            band("minimally-improved", "Minimally improved", 3, 3), band("no-change", "No change", 4, 4),
            band("minimally-worse", "Minimally worse", 5, 5), band("much-worse", "Much worse", 6, 6),
            band("very-much-worse", "Very much worse", 7, 7) },
        "[NINDS-PGIC][Dworkin2008] reference §1.14") };
    i.measures = { changeRatingMeasure("Global impression of change", Direction::HigherIsWorse) };
    i.recallPeriod = "since the start of treatment (state the anchor time point)";
    i.licenceMode = LicenceMode::ShipText;
    i.licenceNote = "Public domain per the NINDS Common Data Elements [NINDS-PGIC].";
    i.formula = "score = the rating (1-7)";
    i.sources = "reference §1.14; [NINDS-PGIC][Farrar2001][Dworkin2008][Kamper2009]";
    i.scoreItems = singleRating;
    return i;
}

Instrument grc()
{
    Instrument i;
    i.code = "grc";
    i.name = "Global Rating of Change (15-point)";
    i.shortName = "GRC";
    i.version = "15-point, -7 to +7";
    i.scoringVersion = "1";
    i.items = { makeItem(1,
        "overall change since the anchor time point, from a very great deal worse (-7) through "
        "about the same (0) to a very great deal better (+7)",
        -7, 7) };
    i.minAnswerCount = 1;
    i.missingRule = { 1, ProRating::None, "The single rating must be given.", false };
    i.scoreMin = -7;
    i.scoreMax = 7;
    i.direction = Direction::HigherIsBetter;
    i.measures = { changeRatingMeasure("Global rating of change", Direction::HigherIsBetter) };
    i.recallPeriod = "since the start of treatment (state the anchor time point)";
    i.licenceMode = LicenceMode::ShipText;
    i.licenceNote = "Generic format [Kamper2009]; anchor wording is our own.";
    i.formula = "score = the rating (-7 to +7); never converted to or from the PGIC";
    i.sources = "reference §1.14; [Kamper2009][carepatron-GRC][Childs2005]";
    i.scoreItems = singleRating;
    return i;
}

// PHQ-9 and GAD-7: pro-rating when at most 2 items are missing is common practice but unconfirmed
// (reference §1.15, §8 item 7), so it is a default that ScoreContext::applyUnconfirmedRules turns off.
ScoreResult scoreMoodScale(const Instrument& instrument, const Answers& answers, const ScoreContext& context)
{
    const Tally t = tallyScored(instrument, answers);
    ScoreResult result;
    if (t.missing() == 0) {
        result = scorable(t.sum);
    } else if (context.applyUnconfirmedRules && t.missing() <= 2) {
        result = scorable(t.sum * t.asked / t.answered);
        result.flags.push_back("pro-rated");
    } else {
        result = notScorable(context.applyUnconfirmedRules
                ? "more than 2 items missing (" + std::to_string(t.missing()) + "); pro-rating is allowed for at most 2"
                : needsAll(t));
    }
    if (result.scorable && *result.score >= 10.0)
        result.flags.push_back("screen-positive");
    // Any non-zero answer to the self-harm item must alert the clinician, whatever the total [droracle-PHQ].
    if (instrument.code == "phq-9") {
        if (const auto selfHarm = answer(answers, 9); selfHarm && *selfHarm > 0.0)
            result.flags.push_back("self-harm-item-positive");
    }
    return result;
}

Instrument phq9()
{
    Instrument i;
    i.code = "phq-9";
    i.name = "Patient Health Questionnaire-9 (depression)";
    i.shortName = "PHQ-9";
    i.version = "9 symptom items + 1 unscored difficulty item";
    i.scoringVersion = "1";
    i.items
        = makeItems({ "loss of interest or pleasure", "low mood or hopelessness", "sleep problems",
                        "tiredness or low energy", "appetite change", "negative view of oneself", "poor concentration",
                        "slowed or restless movement or speech", "thoughts of death or self-harm",
                        "how much these problems make daily life difficult (not scored)" },
            0, 3);
    i.items[9].scored = false;
    i.minAnswerCount = 9;
    i.missingRule = { 7, ProRating::MeanOfAnswered,
        "With at most 2 of the 9 symptom items missing the sum is pro-rated: sum x 9 / answered (common practice, "
        "unconfirmed: a configurable default). The difficulty item is never scored.",
        true };
    i.scoreMin = 0;
    i.scoreMax = 27;
    // Integer sums use the published bands; pro-rated fractions fall into the band whose lower edge they reach.
    i.bandSchemes = { fixedScheme("kroenke2001", "PHQ-9 depression severity",
        { band("minimal", "Minimal", 0, 5, true, false), band("mild", "Mild", 5, 10, true, false),
            band("moderate", "Moderate", 10, 15, true, false),
            band("moderately-severe", "Moderately severe", 15, 20, true, false), band("severe", "Severe", 20, 27) },
        "[Kroenke2001] reference §1.15") };
    ChangeMeasure m;
    m.label = "Depression symptoms";
    m.best = 0;
    m.worst = 27;
    m.mcid = 5;
    m.mcidUnconfirmed = true;
    m.percentMeaningful = true;
    m.source = "Loewe 2004 MCID 5 (unconfirmed) reference §1.15, §1.20";
    i.measures = { m };
    i.recallPeriod = "last 2 weeks";
    i.licenceMode = LicenceMode::ShipText;
    i.licenceNote = "Pfizer; no permission required [KTC]. Text may be shown only verbatim and unmodified; no "
                    "total entry because the self-harm item must be checked.";
    i.formula = "score = sum of items 1-9 (0-3 each), pro-rated when 1-2 are missing";
    i.sources = "reference §1.15, §1.20; [Kroenke2001][KTC][droracle-PHQ][plantationtitle-PHQ]";
    i.scoreItems = scoreMoodScale;
    return i;
}

Instrument gad7()
{
    Instrument i;
    i.code = "gad-7";
    i.name = "Generalized Anxiety Disorder-7";
    i.shortName = "GAD-7";
    i.version = "7-item";
    i.scoringVersion = "1";
    i.items
        = makeItems({ "nervousness or tension", "worry that cannot be controlled", "worrying about many things",
                        "difficulty relaxing", "restlessness", "irritability", "dread that something bad will happen" },
            0, 3);
    i.minAnswerCount = 7;
    i.missingRule = { 5, ProRating::MeanOfAnswered,
        "With at most 2 items missing the sum is pro-rated: sum x 7 / answered (unconfirmed: a configurable default).",
        true };
    i.scoreMin = 0;
    i.scoreMax = 21;
    i.bandSchemes = { fixedScheme("spitzer2006", "GAD-7 anxiety severity",
        { band("minimal", "Minimal", 0, 5, true, false), band("mild", "Mild", 5, 10, true, false),
            band("moderate", "Moderate", 10, 15, true, false), band("severe", "Severe", 15, 21) },
        "[Spitzer2006] reference §1.15") };
    ChangeMeasure m;
    m.label = "Anxiety symptoms";
    m.best = 0;
    m.worst = 21;
    m.percentMeaningful = true;
    m.source = "MCID unconfirmed and without a value in the reference (§1.15)";
    i.measures = { m };
    i.recallPeriod = "last 2 weeks";
    i.licenceMode = LicenceMode::ShipText;
    i.licenceNote = "Pfizer; no permission required [KTC]. Text may be shown only verbatim and unmodified.";
    i.totalEntry = TotalEntry { "GAD-7 total", 0, 21, true };
    i.formula = "score = sum of 7 items (0-3 each), pro-rated when 1-2 are missing";
    i.sources = "reference §1.15; [Spitzer2006][KTC][processingtherapy]";
    i.scoreItems = scoreMoodScale;
    i.scoreTotal = [](const Instrument&, double total, const ScoreContext&) {
        ScoreResult result = scorable(total);
        if (total >= 10.0)
            result.flags.push_back("screen-positive");
        return result;
    };
    return i;
}

ScoreResult who5FromRaw(double raw, const ScoreContext& context)
{
    ScoreResult result = scorable(raw * 4.0);
    result.subscales["raw"] = raw;
    if (context.applyUnconfirmedRules && raw <= 7.0)
        result.flags.push_back("likely-depression");
    return result;
}

ScoreResult scoreWho5(const Instrument& instrument, const Answers& answers, const ScoreContext& context)
{
    const Tally t = tallyScored(instrument, answers);
    if (t.missing() > 0)
        return notScorable(needsAll(t));
    ScoreResult result = who5FromRaw(t.sum, context);
    // Any single item at 0 or 1 also suggests a depression check (secondary source, unconfirmed).
    if (context.applyUnconfirmedRules) {
        for (const auto& value : answers) {
            if (value && *value <= 1.0) {
                result.flags.push_back("low-item");
                break;
            }
        }
    }
    return result;
}

Instrument who5()
{
    Instrument i;
    i.code = "who-5";
    i.name = "WHO-5 Well-Being Index";
    i.shortName = "WHO-5";
    i.version = "5-item";
    i.scoringVersion = "1";
    i.unit = MeasureUnit::Percent;
    i.items = makeItems({ "positive mood", "calm and relaxation", "energy and vitality", "feeling rested on waking",
                            "interest in daily life" },
        0, 5);
    i.minAnswerCount = 5;
    i.subscales = { { "raw", "Raw score", { 1, 2, 3, 4, 5 }, 0, 25, "sum of the 5 items" } };
    i.missingRule
        = { 5, ProRating::None, "No official rule: all 5 items are required (reference §10.5 DESIGN).", false };
    i.scoreMin = 0;
    i.scoreMax = 100;
    i.direction = Direction::HigherIsBetter;
    // Thresholds on the raw sum: percentage scores are multiples of 4, so "<=50" and "<50" agree (§10.5).
    i.bandSchemes = { fixedScheme("who5-poor", "Poor well-being screen (raw <= 12)",
        { band("poor-well-being", "Poor well-being: check for depression", 0, 12),
            band("not-poor", "Not in the poor well-being range", 12, 25, false) },
        "[valant-WHO5][medicalalgorithms-WHO5][INSPQ-WHO5] reference §10.5", false, "", "raw") };
    ChangeMeasure m;
    m.label = "Well-being";
    m.direction = Direction::HigherIsBetter;
    m.best = 100;
    m.worst = 0;
    m.mcid = 10;
    m.source = "[valant-WHO5][epgonline-WHO5] 10 percentage points reference §10.5, §10.7";
    i.measures = { m };
    i.recallPeriod = "last 2 weeks";
    i.licenceMode = LicenceMode::ScoresOnly;
    i.licenceNote = "Psychiatric Centre North Zealand (Region Hovedstaden); free, cite the source, no modification "
                    "[psyktestbarn-WHO5][INSPQ-WHO5][WHO5-site]. Scores only until a legal check of the current terms "
                    "for commercial software (possible CC BY-NC-SA 2024 edition, unconfirmed).";
    i.totalEntry = TotalEntry { "WHO-5 raw score (0-25)", 0, 25, true };
    i.formula = "raw = sum of 5 items (0-5); score = raw x 4 (0-100)";
    i.sources = "reference §10.5, §10.7; [millisecond-WHO5][valant-WHO5][medicalalgorithms-WHO5][INSPQ-WHO5][Topp2015]";
    i.scoreItems = scoreWho5;
    i.scoreTotal
        = [](const Instrument&, double total, const ScoreContext& context) { return who5FromRaw(total, context); };
    return i;
}

} // namespace

std::vector<Instrument> globalAndMoodInstruments()
{
    return { pgic(), grc(), phq9(), gad7(), who5() };
}

} // namespace paceplan::core
