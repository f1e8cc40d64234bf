// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/BeliefInstruments.h"

#include "core/outcomes/ScoringRules.h"

namespace paceplan::core {

namespace {

using namespace scoring;

ChangeMeasure measureOf(std::string basis, std::string label, Direction direction, double best, double worst)
{
    ChangeMeasure m;
    m.basis = std::move(basis);
    m.label = std::move(label);
    m.direction = direction;
    m.best = best;
    m.worst = worst;
    m.percentMeaningful = direction == Direction::HigherIsWorse && best == 0.0;
    return m;
}

// TSK-17 constructs in our own words; items 4, 8, 12, 16 are reverse-scored [TSK-osteo].
const std::vector<std::string> kTsk17Constructs = { "fear of getting hurt when exercising",
    "belief that pain would rise if resisted", "belief that the body signals something dangerously wrong",
    "belief that being active could ease the pain", "feeling that others do not take the condition seriously",
    "belief that the problem has left the body at risk for life", "belief that pain means injury",
    "belief that pain with an activity does not mean danger", "fear of hurting oneself by accident",
    "belief that avoiding needless movement is safest", "belief that this much pain means something dangerous",
    "belief that being active would help despite pain", "pain taken as a signal to stop exercising",
    "belief that activity is unsafe with this condition", "belief that injury risk rules out normal activities",
    "belief that what causes pain is not necessarily dangerous", "belief that nobody should exercise in pain" };

// Items kept in the TSK-11, as TSK-17 item numbers [Woby2005].
const std::vector<int> kTsk11FromTsk17 = { 1, 2, 3, 5, 6, 7, 10, 11, 13, 15, 17 };

Instrument tsk11()
{
    Instrument i;
    i.code = "tsk-11";
    i.name = "Tampa Scale for Kinesiophobia, 11-item";
    i.shortName = "TSK-11";
    i.version = "11-item (Woby 2005)";
    i.scoringVersion = "1";
    int number = 1;
    for (const int original : kTsk11FromTsk17) {
        i.items.push_back(makeItem(number++,
            kTsk17Constructs[static_cast<std::size_t>(original - 1)] + " (TSK-17 item " + std::to_string(original)
                + ")",
            1, 4));
    }
    i.minAnswerCount = 11;
    i.missingRule
        = { 11, ProRating::None, "No published rule: all 11 items are required (reference §1.9 DESIGN).", false };
    i.scoreMin = 11;
    i.scoreMax = 44;
    ChangeMeasure m = measureOf("", "Fear of movement", Direction::HigherIsWorse, 11, 44);
    m.mcid = 4;
    m.source = "[Woby2005] important change: a reduction of at least 4 points reference §1.9, §1.20";
    i.measures = { m };
    i.recallPeriod = "current beliefs (no recall period)";
    i.licenceMode = LicenceMode::ScoresOnly;
    i.licenceNote = "\"Cost: free\" [TSK-osteo]; copyright holder and commercial terms unconfirmed. Scores only "
                    "until confirmed.";
    i.totalEntry = TotalEntry { "TSK-11 total", 11, 44, true };
    i.formula = "score = sum of the 11 items (1-4 each); no reverse-scored items";
    i.sources = "reference §1.9, §1.20; [Woby2005][TSK-osteo][physiotutors-TSK11]";
    i.scoreItems = sumAllRequired;
    i.scoreTotal = totalIsScore;
    return i;
}

ScoreResult scoreTsk17(const Instrument& instrument, const Answers& answers, const ScoreContext& context)
{
    ScoreResult result = sumAllRequired(instrument, answers, context);
    if (!result.scorable)
        return result;
    for (const InstrumentSubscale& s : instrument.subscales)
        result.subscales[s.code] = tally(instrument, answers, s.items).sum;
    return result;
}

Instrument tsk17()
{
    Instrument i;
    i.code = "tsk-17";
    i.name = "Tampa Scale for Kinesiophobia, 17-item";
    i.shortName = "TSK-17";
    i.version = "17-item";
    i.scoringVersion = "1";
    i.items = makeItems(kTsk17Constructs, 1, 4);
    for (const int reversed : { 4, 8, 12, 16 })
        i.items[static_cast<std::size_t>(reversed - 1)].reverseScored = true;
    i.minAnswerCount = 17;
    // Two-factor structure (Roelofs 2004); sources differ slightly, so the item sets are configurable defaults.
    i.subscales = { { "activity-avoidance", "Activity avoidance (unconfirmed item set)", { 1, 2, 7, 9, 10, 11, 12 }, 7,
                        28, "sum of items 1, 2, 7, 9, 10, 11, 12 after reverse scoring [physiotutors-TSK][TSK-osteo]" },
        { "somatic-focus", "Somatic focus (unconfirmed item set)", { 3, 4, 5, 6, 8 }, 5, 20,
            "sum of items 3, 4, 5, 6, 8 after reverse scoring [physiotutors-TSK][TSK-osteo]" } };
    i.missingRule
        = { 17, ProRating::None, "No published rule: all 17 items are required (reference §1.9 DESIGN).", false };
    i.scoreMin = 17;
    i.scoreMax = 68;
    i.bandSchemes = { fixedScheme("vlaeyen1995", "High kinesiophobia cut-off (>37)",
        { band("not-high", "Below the high-kinesiophobia cut-off", 17, 37),
            band("high", "High kinesiophobia", 37, 68, false) },
        "[TSK-osteo] citing Vlaeyen 1995, reference §1.9") };
    ChangeMeasure m = measureOf("", "Fear of movement", Direction::HigherIsWorse, 17, 68);
    m.mcid = 4;
    m.source = "[Woby2005] important change: a reduction of at least 4 points reference §1.9, §1.20";
    i.measures = { m };
    i.recallPeriod = "current beliefs (no recall period)";
    i.licenceMode = LicenceMode::ScoresOnly;
    i.licenceNote = "\"Cost: free\" [TSK-osteo]; copyright holder and commercial terms unconfirmed. Scores only "
                    "until confirmed.";
    i.totalEntry = TotalEntry { "TSK-17 total", 17, 68, true };
    i.formula = "score = sum of 17 items (1-4), items 4, 8, 12, 16 scored 5 - answer";
    i.sources = "reference §1.9, §1.20; [TSK-osteo][Woby2005][physiotutors-TSK]";
    i.scoreItems = scoreTsk17;
    i.scoreTotal = totalIsScore;
    return i;
}

const std::vector<std::string> kPseqConstructs = { "confidence to enjoy things despite pain",
    "confidence to do household chores despite pain", "confidence to socialise as before despite pain",
    "confidence to cope with pain in most situations", "confidence to do some form of work despite pain",
    "confidence to keep up hobbies and pleasures despite pain", "confidence to cope with pain without medication",
    "confidence to reach life goals despite pain", "confidence to live a normal lifestyle despite pain",
    "confidence to become gradually more active despite pain" };

Instrument pseq10()
{
    Instrument i;
    i.code = "pseq-10";
    i.name = "Pain Self-Efficacy Questionnaire";
    i.shortName = "PSEQ";
    i.version = "10-item";
    i.scoringVersion = "1";
    i.items = makeItems(kPseqConstructs, 0, 6);
    i.minAnswerCount = 10;
    i.missingRule
        = { 10, ProRating::None, "No published rule: all 10 items are required (reference §1.10 DESIGN).", false };
    i.scoreMin = 0;
    i.scoreMax = 60;
    i.direction = Direction::HigherIsBetter;
    i.bandSchemes = { fixedScheme("eppoc", "ePPOC self-efficacy impairment bands",
        { band("severe", "Severe impairment of self-efficacy", 0, 19), band("moderate", "Moderate impairment", 20, 30),
            band("mild", "Mild impairment", 31, 40), band("minimal", "Minimal impairment", 41, 60) },
        "[measurely] ePPOC reference manual, reference §1.10") };
    ChangeMeasure m = measureOf("", "Pain self-efficacy", Direction::HigherIsBetter, 60, 0);
    m.mcid = 5.5;
    m.mdc = 11.52;
    m.presets = { { "eppoc", "ePPOC: at least 7 points and a move into another band", 7, 11.52, "[measurely]" } };
    m.source = "[Chiarotto2016] MIC 5.5; [Dube2021 via measurely] MDC95 up to 11.52 reference §1.10, §1.20";
    i.measures = { m };
    i.recallPeriod = "now (current confidence)";
    i.licenceMode = LicenceMode::ScoresOnly;
    i.licenceNote = "(c) M. Nicholas [Nicholas2007]; commercial terms not found (unconfirmed). Scores only.";
    i.totalEntry = TotalEntry { "PSEQ total", 0, 60, true };
    i.formula = "score = sum of 10 items (0-6)";
    i.sources = "reference §1.10, §1.20; [Nicholas2007][measurely][Chiarotto2016][Dube2021]";
    i.scoreItems = sumAllRequired;
    i.scoreTotal = totalIsScore;
    return i;
}

Instrument pseq2()
{
    Instrument i;
    i.code = "pseq-2";
    i.name = "Pain Self-Efficacy Questionnaire, 2-item";
    i.shortName = "PSEQ-2";
    i.version = "2-item (Nicholas 2015)";
    i.scoringVersion = "1";
    i.items = makeItems(
        { kPseqConstructs[4] + " (PSEQ item 5, unconfirmed)", kPseqConstructs[8] + " (PSEQ item 9, unconfirmed)" }, 0,
        6);
    i.minAnswerCount = 2;
    i.missingRule
        = { 2, ProRating::None, "No published rule: both items are required (reference §1.10 DESIGN).", false };
    i.scoreMin = 0;
    i.scoreMax = 12;
    i.direction = Direction::HigherIsBetter;
    ChangeMeasure m = measureOf("", "Pain self-efficacy", Direction::HigherIsBetter, 12, 0);
    m.mcid = 1.5;
    m.source = "[Chiarotto2016] MIC 1.5 reference §1.10, §1.20";
    i.measures = { m };
    i.recallPeriod = "now (current confidence)";
    i.licenceMode = LicenceMode::ScoresOnly;
    i.licenceNote = "(c) M. Nicholas [Nicholas2007][Nicholas2015]; commercial terms not found (unconfirmed).";
    i.totalEntry = TotalEntry { "PSEQ-2 total", 0, 12, true };
    i.formula = "score = sum of 2 items (0-6)";
    i.sources = "reference §1.10, §1.20; [Nicholas2015][Chiarotto2016]";
    i.scoreItems = sumAllRequired;
    i.scoreTotal = totalIsScore;
    return i;
}

// STarT Back: items 1-8 agree = 1; item 9 is entered as its option position 0-4 and counts 1 for
// "very much" (3) or "extremely" (4). The psychosocial items are keyed by construct: in the Keele
// form order used here they are items 5-9 [Awell-SBST].
ScoreResult scoreSbst(const Instrument& instrument, const Answers& answers, const ScoreContext&)
{
    const Tally all = tallyScored(instrument, answers);
    if (all.missing() > 0)
        return notScorable(needsAll(all));
    auto dichotomous = [&](int number) {
        const double value = *answer(answers, number);
        return number == 9 ? (value >= 3.0 ? 1.0 : 0.0) : value;
    };
    double total = 0.0;
    for (int n = 1; n <= 9; ++n)
        total += dichotomous(n);
    double psychosocial = 0.0;
    for (int n = 5; n <= 9; ++n)
        psychosocial += dichotomous(n);
    ScoreResult result = scorable(total);
    result.subscales["psychosocial"] = psychosocial;
    result.risk = psychosocial >= 4.0 ? "high" : (total <= 3.0 ? "low" : "medium");
    result.band = result.risk;
    result.bandScheme = "keele-risk";
    return result;
}

Instrument sbst()
{
    Instrument i;
    i.code = "sbst";
    i.name = "Keele STarT Back Screening Tool";
    i.shortName = "STarT Back";
    i.version = "9-item";
    i.scoringVersion = "1";
    i.items = makeItems(
        { "leg pain spreading from the back", "pain in the shoulder or neck as well",
            "walking only short distances because of back pain", "dressing more slowly because of back pain",
            "fear that activity is unsafe (fear)", "frequent worrying thoughts (anxiety)",
            "belief the back pain will never improve (catastrophising)", "low mood or little enjoyment (depression)" },
        0, 1);
    InstrumentItem bother = makeItem(9,
        "how bothersome the back pain has been; enter the option position 0-4 "
        "(0 not at all ... 4 extremely)",
        0, 4);
    i.items.push_back(bother);
    i.minAnswerCount = 9;
    i.subscales = { { "psychosocial", "Psychosocial (distress) subscale", { 5, 6, 7, 8, 9 }, 0, 5,
        "sum of fear, anxiety, catastrophising, depression and bothersomeness (item 9 counts 1 for position 3 or "
        "4)" } };
    i.missingRule
        = { 9, ProRating::None, "No published rule: all 9 items are required (DESIGN, reference §1.0b).", false };
    i.scoreMin = 0;
    i.scoreMax = 9;
    ChangeMeasure m = measureOf("", "Back pain risk score", Direction::HigherIsWorse, 0, 9);
    m.source = "no change thresholds published in the reference";
    i.measures = { m };
    i.recallPeriod = "last 2 weeks";
    i.licenceMode = LicenceMode::ScoresOnly;
    i.licenceNote = "(c) Keele University. No licence needed for non-commercial use; commercial products must "
                    "contact Keele; keep the copyright and funding statement [Keele].";
    i.formula = "total = sum of items 1-9 (item 9: 1 if position >= 3); psychosocial = items 5-9; "
                "risk: psychosocial >= 4 high, else total <= 3 low, else medium";
    i.sources = "reference §1.11; [Hill2008][Physiopedia-SBST][RehabMeasures-SBST][Awell-SBST][JOSPT2012][Keele]";
    i.scoreItems = scoreSbst;
    return i;
}

} // namespace

std::vector<Instrument> beliefInstruments()
{
    return { tsk11(), tsk17(), pseq10(), pseq2(), sbst() };
}

} // namespace paceplan::core
