// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/FearAvoidanceInstruments.h"

#include "core/outcomes/ScoringRules.h"

namespace paceplan::core {

namespace {

using namespace scoring;

ChangeMeasure worseMeasure(std::string basis, std::string label, double worst)
{
    ChangeMeasure m;
    m.basis = std::move(basis);
    m.label = std::move(label);
    m.direction = Direction::HigherIsWorse;
    m.best = 0.0;
    m.worst = worst;
    m.percentMeaningful = true;
    return m;
}

// FABQ: two subscales and no total. Each subscale needs all its items (reference §1.12 DESIGN); the
// questionnaire is scorable when at least one subscale is, because people out of work often leave the
// work items empty while the physical-activity subscale is still valid.
ScoreResult scoreFabq(const Instrument& instrument, const Answers& answers, const ScoreContext&)
{
    ScoreResult result;
    for (const InstrumentSubscale& s : instrument.subscales) {
        const Tally t = tally(instrument, answers, s.items);
        if (t.missing() == 0)
            result.subscales[s.code] = t.sum;
        else
            result.unscoredSubscales[s.code] = needsAll(t);
    }
    result.scorable = !result.subscales.empty();
    if (!result.scorable)
        result.notScorableReason
            = "neither subscale has all its items answered (reference §1.12: no missing-item rule)";
    return result;
}

Instrument fabqInstrument()
{
    Instrument i;
    i.code = "fabq";
    i.name = "Fear-Avoidance Beliefs Questionnaire";
    i.shortName = "FABQ";
    i.version = "16-item (Waddell 1993)";
    i.scoringVersion = "1";
    i.items = makeItems(
        { "belief that physical activity caused the pain", "belief that physical activity worsens the pain",
            "belief that physical activity might harm the back",
            "belief that activity that might worsen pain should be avoided",
            "belief that activity that might worsen pain cannot be done",
            "belief that work or a work accident caused the pain", "belief that work made the pain worse",
            "having a compensation claim for the pain", "belief that one's work is too heavy",
            "belief that work worsens the pain", "belief that work might harm the back",
            "belief that normal work should not be done with this pain",
            "belief that normal work cannot be done with this pain",
            "belief that normal work cannot be done until the pain is treated",
            "doubt about returning to normal work within 3 months", "doubt about ever returning to that work" },
        0, 6);
    for (const int unscored : { 1, 8, 13, 14, 16 })
        i.items[static_cast<std::size_t>(unscored - 1)].scored = false;
    i.minAnswerCount = 16;
    i.subscales
        = { { "pa", "FABQ physical activity (FABQ-PA)", { 2, 3, 4, 5 }, 0, 24, "sum of items 2-5; all 4 needed" },
              { "w", "FABQ work (FABQ-W)", { 6, 7, 9, 10, 11, 12, 15 }, 0, 42,
                  "sum of items 6, 7, 9, 10, 11, 12, 15; all 7 needed" } };
    i.missingRule = { 4, ProRating::None,
        "No published rule: a subscale needs all its items (reference §1.12 DESIGN). Items 1, 8, 13, 14, 16 are "
        "not scored and may be left empty.",
        false };
    i.bandSchemes = {
        fixedScheme("fysioterapeuten2011", "FABQ-PA high (>14)",
            { band("not-high", "Below the cut-off", 0, 14),
                band("high", "High fear-avoidance (physical activity)", 14, 24, false) },
            "[Fysioterapeuten2011] reference §1.12", false, "pa", "pa"),
        fixedScheme("pa-gt15", "FABQ-PA high (>15, unconfirmed)",
            { band("not-high", "Below the cut-off", 0, 15),
                band("high", "High fear-avoidance (physical activity)", 15, 24, false) },
            "commonly quoted, unconfirmed (reference §1.12, §8 item 5)", true, "pa", "pa"),
        fixedScheme("jospt2012", "FABQ-W high (>29)",
            { band("not-high", "Below the cut-off", 0, 29), band("high", "High fear-avoidance (work)", 29, 42, false) },
            "[JOSPT2012] reference §1.12", false, "w", "w"),
        fixedScheme("w-gt34", "FABQ-W high (>34, unconfirmed)",
            { band("not-high", "Below the cut-off", 0, 34), band("high", "High fear-avoidance (work)", 34, 42, false) },
            "commonly quoted, unconfirmed (reference §1.12, §8 item 5)", true, "w", "w"),
    };
    ChangeMeasure pa = worseMeasure("pa", "Fear-avoidance (activity)", 24);
    pa.source = "no change thresholds published in the reference";
    ChangeMeasure w = worseMeasure("w", "Fear-avoidance (work)", 42);
    w.source = pa.source;
    i.measures = { pa, w };
    i.recallPeriod = "current beliefs (no recall period)";
    i.licenceMode = LicenceMode::ScoresOnly;
    i.licenceNote = "\"Free\" [SRALab-FABQ], published in Waddell 1993. The reference recommends showing the text "
                    "once the terms are confirmed; scores only until then.";
    i.formula = "FABQ-PA = items 2+3+4+5 (0-24); FABQ-W = items 6+7+9+10+11+12+15 (0-42); no total";
    i.sources = "reference §1.12; [JOSPT2012][SRALab-FABQ][Fysioterapeuten2011]";
    i.scoreItems = scoreFabq;
    return i;
}

ScoreResult scorePcs(const Instrument& instrument, const Answers& answers, const ScoreContext& context)
{
    ScoreResult result = sumAllRequired(instrument, answers, context);
    if (!result.scorable)
        return result;
    for (const InstrumentSubscale& s : instrument.subscales)
        result.subscales[s.code] = tally(instrument, answers, s.items).sum;
    return result;
}

Instrument pcsInstrument()
{
    Instrument i;
    i.code = "pcs";
    i.name = "Pain Catastrophizing Scale";
    i.shortName = "PCS";
    i.version = "13-item";
    i.scoringVersion = "1";
    i.items = makeItems(
        { "persistent worry about the pain", "feeling unable to carry on", "expecting the pain never to improve",
            "being overwhelmed by pain", "feeling the pain is unbearable", "fear of the pain worsening",
            "recalling other painful experiences", "anxious wish for the pain to go", "pain dominating thoughts",
            "dwelling on how much it hurts", "dwelling on wanting relief", "feeling powerless to reduce the pain",
            "worry that something serious is wrong" },
        0, 4);
    i.minAnswerCount = 13;
    i.subscales = { { "rumination", "Rumination", { 8, 9, 10, 11 }, 0, 16, "sum of items 8-11" },
        { "magnification", "Magnification", { 6, 7, 13 }, 0, 12, "sum of items 6, 7, 13" },
        { "helplessness", "Helplessness", { 1, 2, 3, 4, 5, 12 }, 0, 24, "sum of items 1-5 and 12" } };
    i.missingRule
        = { 13, ProRating::None, "No published rule: all 13 items are required (reference §1.13 DESIGN).", false };
    i.scoreMin = 0;
    i.scoreMax = 52;
    i.bandSchemes = { fixedScheme("sullivan", "Clinically relevant catastrophising (>30)",
        { band("not-high", "Below the clinical threshold", 0, 30),
            band("high", "Clinically relevant catastrophising", 30, 52, false) },
        "[SRALab-PCS][PCS-manual] reference §1.13") };
    ChangeMeasure m = worseMeasure("", "Catastrophising", 52);
    m.mcid = 8;
    // Monticone 2022: 8 points overall and for baselines below 30, 11 points for baselines above 30.
    m.highBaselineAbove = 30;
    m.highBaselineMcid = 11;
    m.mdc = 7.73;
    m.source = "[Monticone2022] MIC 8 (11 when baseline >30), MDC 7.73 reference §1.13, §1.20";
    i.measures = { m };
    i.recallPeriod = "past painful experiences (no fixed period)";
    i.licenceMode = LicenceMode::ScoresOnly;
    i.licenceNote = "\"Free\" [SRALab-PCS]; (c) M.J.L. Sullivan, user manual 1995-2009 [PCS-manual]. Scores only "
                    "until permission.";
    i.totalEntry = TotalEntry { "PCS total", 0, 52, true };
    i.formula = "total = sum of 13 items (0-4); rumination 8-11; magnification 6, 7, 13; helplessness 1-5, 12";
    i.sources = "reference §1.13, §1.20; [SRALab-PCS][PCS-manual][Monticone2022][Cook2021]";
    i.scoreItems = scorePcs;
    i.scoreTotal = totalIsScore;
    return i;
}

} // namespace

std::vector<Instrument> fearAvoidanceInstruments()
{
    return { fabqInstrument(), pcsInstrument() };
}

} // namespace paceplan::core
