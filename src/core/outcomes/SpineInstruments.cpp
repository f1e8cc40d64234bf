// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/SpineInstruments.h"

#include "core/outcomes/ScoringRules.h"

namespace paceplan::core {

namespace {

using namespace scoring;

ChangeMeasure disabilityMeasure(std::string label, double worst)
{
    ChangeMeasure m;
    m.label = std::move(label);
    m.direction = Direction::HigherIsWorse;
    m.best = 0.0;
    m.worst = worst;
    m.percentMeaningful = true;
    return m;
}

// ODI v2.1a: each unanswered section lowers the maximum by 5 [MSU-ODI via idcafe]. The developer notes
// that fewer than 8 answered sections is rare [MapiODI]; the reference's DESIGN scores only with >= 8.
ScoreResult scoreOdi(const Instrument& instrument, const Answers& answers, const ScoreContext&)
{
    const Tally t = tallyScored(instrument, answers);
    if (t.answered < 8)
        return notScorable("needs at least 8 of the 10 sections answered (" + std::to_string(t.answered)
            + " answered; reference §1.5 DESIGN)");
    return scorable(t.sum / (5.0 * t.answered) * 100.0);
}

Instrument odi()
{
    Instrument i;
    i.code = "odi";
    i.name = "Oswestry Disability Index";
    i.shortName = "ODI";
    i.version = "2.1a";
    i.scoringVersion = "1";
    i.items
        = makeItems({ "pain intensity", "personal care such as washing and dressing", "lifting", "walking", "sitting",
                        "standing", "sleeping", "sex life (if applicable)", "social life", "travelling" },
            0, 5);
    i.minAnswerCount = 10;
    i.missingRule = { 8, ProRating::ShrinkDenominator,
        "Each unanswered section lowers the denominator by 5 [MSU-ODI]; scored only with at least 8 of 10 "
        "sections answered (reference §1.5 DESIGN). Two boxes ticked: take the higher [MapiODI].",
        false };
    i.scoreMin = 0;
    i.scoreMax = 100;
    // The developer's limits overlap (0-20, 20-40, ...); the reference's DESIGN for pro-rated scores is
    // <=20, >20-40, >40-60, >60-80, >80. The "crippled" band keeps its code but gets a neutral label.
    i.bandSchemes = { fixedScheme("fairbank-msu", "ODI disability bands",
        { band("minimal", "Minimal disability", 0, 20), band("moderate", "Moderate disability", 20, 40, false),
            band("severe", "Severe disability", 40, 60, false),
            band("crippled", "Very severe disability", 60, 80, false),
            band("bed-bound", "Extreme: bed-bound or overstating symptoms", 80, 100, false) },
        "[MapiODI][idcafe] reference §1.5") };
    ChangeMeasure m = disabilityMeasure("Disability", 100);
    m.mcid = 10;
    m.relativeMcidPercent = 30;
    m.mdc = 10;
    m.source = "[Ostelo2008] MCID 10 or 30 %; [MSU-ODI] MDC 10 (90 %) reference §1.5, §1.20";
    i.measures = { m };
    i.recallPeriod = "today";
    i.licenceMode = LicenceMode::ScoresOnly;
    i.licenceNote = "Owned by J. Fairbank, distributed by Mapi Research Trust / ePROVIDE; fees may apply for IT "
                    "companies [SRALab-ODI][PhenX-ODI]. Scores only until licensed.";
    i.totalEntry = TotalEntry { "ODI percentage score", 0, 100, false };
    i.displayDecimals = 1;
    i.formula = "ODI % = sum of answered sections / (5 x sections answered) x 100";
    i.sources = "reference §1.5, §1.20; [SRALab-ODI][MapiODI][MSU-ODI][Fairbank2000][Ostelo2008]";
    i.scoreItems = scoreOdi;
    i.scoreTotal = totalIsScore;
    return i;
}

// RMDQ: an item not ticked, or marked not applicable, scores 0 [scientificspine]; an empty answer is
// an unticked statement, so the count is always scorable.
ScoreResult scoreRmdq(const Instrument& instrument, const Answers& answers, const ScoreContext&)
{
    const Tally t = tallyScored(instrument, answers);
    ScoreResult result = scorable(t.sum);
    if (t.sum <= 2.0)
        result.flags.push_back("recovered-lbp");
    return result;
}

ScoreResult rmdqTotal(const Instrument&, double total, const ScoreContext&)
{
    ScoreResult result = scorable(total);
    if (total <= 2.0)
        result.flags.push_back("recovered-lbp");
    return result;
}

Instrument rmdq()
{
    Instrument i;
    i.code = "rmdq";
    i.name = "Roland-Morris Disability Questionnaire";
    i.shortName = "RMDQ";
    i.version = "24-item";
    i.scoringVersion = "1";
    i.items = makeItems(
        { "staying home more", "frequent position changes for comfort", "slower walking",
            "usual household jobs dropped", "rail needed on stairs", "lying down to rest more",
            "support needed to rise from a chair", "asking others for help", "slower dressing", "short standing time",
            "avoiding bending or kneeling", "difficulty rising from a chair", "near-constant back pain",
            "difficulty turning in bed", "reduced appetite", "difficulty with socks or tights",
            "short walking distance", "less sleep", "help needed to dress", "mostly sitting during the day",
            "avoiding heavy jobs", "more irritable with others", "slower on stairs", "mostly in bed" },
        0, 1);
    i.minAnswerCount = 24;
    i.missingRule = { 0, ProRating::MissingIsZero,
        "Each ticked statement scores 1; an unticked statement, or one marked not applicable, scores 0 "
        "[scientificspine]. An empty answer is read as not ticked.",
        false };
    i.scoreMin = 0;
    i.scoreMax = 24;
    ChangeMeasure m = disabilityMeasure("Disability", 24);
    m.mcid = 5;
    m.relativeMcidPercent = 30;
    m.mdc = 5;
    // Stratford 1996: scores below 4 cannot reliably show improvement, above 20 cannot show worsening.
    m.improvementLimitedBeyond = BaselineZoneEdge { 4, false };
    m.worseningLimitedBeyond = BaselineZoneEdge { 20, false };
    m.presets = { { "stratford1996-low", "MDC at the low end of the published 4-5", 5, 4, "[Stratford1996]" } };
    m.source = "[Ostelo2008] MCID 5 or 30 %; [Stratford1996] MDC 4-5 (upper value used) reference §1.6, §1.20";
    i.measures = { m };
    i.recallPeriod = "today";
    i.licenceMode = LicenceMode::ScoresOnly;
    i.licenceNote
        = "No permission needed for the printed appendix form [Roland2000]; free for clinicians "
          "[Physiopedia-RMDQ]. Commercial-software terms unconfirmed: scores only until confirmed in writing.";
    i.totalEntry = TotalEntry { "RMDQ total (number of statements ticked)", 0, 24, true };
    i.formula = "score = number of statements ticked (0-24)";
    i.sources = "reference §1.6, §1.20, §2.2; [Roland1983][scientificspine][Stratford1996][Ostelo2008][Kamper2010]";
    i.scoreItems = scoreRmdq;
    i.scoreTotal = rmdqTotal;
    return i;
}

// NDI: the developer adds the average of the answered items for each missing item [Vernon-NDI], i.e.
// raw = sum x 10 / answered. No minimum number of answered items is published.
ScoreResult scoreNdi(const Instrument& instrument, const Answers& answers, const ScoreContext&)
{
    const Tally t = tallyScored(instrument, answers);
    if (t.answered == 0)
        return notScorable("no section answered");
    const double raw = t.sum * 10.0 / t.answered;
    ScoreResult result = scorable(raw);
    result.subscales["percent"] = raw * 2.0;
    return result;
}

ScoreResult ndiTotal(const Instrument&, double total, const ScoreContext&)
{
    ScoreResult result = scorable(total);
    result.subscales["percent"] = total * 2.0;
    return result;
}

Instrument ndi()
{
    Instrument i;
    i.code = "ndi";
    i.name = "Neck Disability Index";
    i.shortName = "NDI";
    i.version = "Vernon & Mior 1991, 10 sections";
    i.scoringVersion = "1";
    i.items = makeItems({ "neck pain intensity", "personal care", "lifting", "reading", "headaches", "concentration",
                            "work", "driving", "sleeping", "recreation" },
        0, 5);
    i.minAnswerCount = 10;
    i.subscales = { { "percent", "NDI percentage", {}, 0, 100, "raw score x 2" } };
    i.missingRule = { 1, ProRating::MeanOfAnswered,
        "Each missing section takes the average of the answered ones: raw = sum x 10 / answered [Vernon-NDI]. "
        "No minimum is published.",
        false };
    i.scoreMin = 0;
    i.scoreMax = 50;
    i.bandSchemes = { fixedScheme("vernon1991", "NDI disability bands (raw score out of 50)",
        { band("none", "No disability", 0, 5, true, false), band("mild", "Mild disability", 5, 15, true, false),
            band("moderate", "Moderate disability", 15, 25, true, false),
            band("severe", "Severe disability", 25, 35, true, false), band("complete", "Complete disability", 35, 50) },
        "[Vernon-NDI] reference §1.7 (DESIGN edges for pro-rated raw scores)") };
    ChangeMeasure m = disabilityMeasure("Neck disability", 50);
    m.mcid = 5;
    m.mdc = 4.7;
    m.source = "[Vernon-NDI] MCID 5; [Stratford1999] MDC90 4.7 reference §1.7, §1.20";
    i.measures = { m };
    i.recallPeriod = "today";
    i.licenceMode = LicenceMode::ScoresOnly;
    i.licenceNote = "(c) H. Vernon [Vernon-NDI]; commercial licence terms not found (unconfirmed; possibly Mapi).";
    i.totalEntry = TotalEntry { "NDI raw score (out of 50)", 0, 50, false };
    i.displayDecimals = 1;
    i.formula = "raw = sum x 10 / sections answered (0-50); percent = raw x 2";
    i.sources = "reference §1.7, §1.20; [Vernon-NDI][Vernon2008][Stratford1999][noterro-NDI][Kose2007]";
    i.scoreItems = scoreNdi;
    i.scoreTotal = ndiTotal;
    return i;
}

// PSFS: the mean of the rated activities; empty slots are activities the person did not nominate.
ScoreResult scorePsfs(const Instrument& instrument, const Answers& answers, const ScoreContext&)
{
    const Tally t = tallyScored(instrument, answers);
    if (t.answered == 0)
        return notScorable("no activity rated");
    ScoreResult result = scorable(t.mean());
    for (int n = 1; n <= static_cast<int>(answers.size()); ++n) {
        if (const auto value = answer(answers, n))
            result.subscales["activity-" + std::to_string(n)] = *value;
    }
    return result;
}

Instrument psfs()
{
    Instrument i;
    i.code = "psfs";
    i.name = "Patient-Specific Functional Scale";
    i.shortName = "PSFS";
    i.version = "up to 5 activities";
    i.scoringVersion = "1";
    for (int n = 1; n <= 5; ++n)
        i.items.push_back(makeItem(n,
            "ability to do the person's own chosen activity " + std::to_string(n)
                + " (0 unable, 10 as before the problem)",
            0, 10));
    i.minAnswerCount = 1;
    for (int n = 1; n <= 5; ++n)
        i.subscales.push_back({ "activity-" + std::to_string(n), "Activity " + std::to_string(n), { n }, 0, 10,
            "the rating of that activity, when rated" });
    i.missingRule = { 1, ProRating::MeanOfAnswered,
        "Slots of activities not nominated stay empty; score = sum / number of rated activities [PSFS-form].", false };
    i.scoreMin = 0;
    i.scoreMax = 10;
    i.direction = Direction::HigherIsBetter;
    ChangeMeasure m;
    m.label = "Function (PSFS)";
    m.direction = Direction::HigherIsBetter;
    m.best = 10;
    m.worst = 0;
    m.mcid = 2;
    m.mcidUnconfirmed = true;
    m.mdc = 2;
    m.mdcSingleItem = 3;
    m.source = "[PSFS-form] MDC90 2 (average) / 3 (single activity); MCID 2 unconfirmed reference §1.8, §1.20";
    i.measures = { m };
    i.recallPeriod = "today (compare the same activities over time)";
    i.licenceMode = LicenceMode::ShipText;
    i.licenceNote = "Free [SRALab-PSFS]; reproduced with the authors' permission on clinic forms [PSFS-form]. "
                    "Instructions are generic; ours are in our own words.";
    i.displayDecimals = 1;
    i.formula = "score = sum of activity ratings / number of activities rated";
    i.sources = "reference §1.8, §1.20; [Stratford1995][PSFS-form][SRALab-PSFS][pep-PSFS]";
    i.scoreItems = scorePsfs;
    return i;
}

} // namespace

std::vector<Instrument> spineInstruments()
{
    return { odi(), rmdq(), ndi(), psfs() };
}

} // namespace paceplan::core
