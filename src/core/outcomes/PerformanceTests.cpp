// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/PerformanceTests.h"

#include "core/outcomes/ScoringRules.h"

namespace paceplan::core {

namespace {

using namespace scoring;

InstrumentItem measuredValue(std::string construct, bool integerOnly)
{
    InstrumentItem item;
    item.number = 1;
    item.construct = std::move(construct);
    item.integerOnly = integerOnly;
    return item;
}

Instrument performanceTest(std::string code, std::string name, std::string shortName, MeasureUnit unit)
{
    Instrument i;
    i.code = std::move(code);
    i.name = std::move(name);
    i.shortName = std::move(shortName);
    i.scoringVersion = "1";
    i.kind = InstrumentKind::PerformanceTest;
    i.unit = unit;
    i.minAnswerCount = 1;
    i.missingRule = { 1, ProRating::None,
        "The measured value must be given; an unable-to-do state is recorded "
        "separately, never as a number (reference §10.0b).",
        false };
    i.scoreMin = 0;
    i.recallPeriod = "measured on the day";
    i.licenceMode = LicenceMode::ShipText;
    return i;
}

ScoreResult measured(const Instrument& instrument, const Answers& answers, const ScoreContext&)
{
    const Tally t = tallyScored(instrument, answers);
    if (t.missing() > 0)
        return notScorable("the measured value is missing");
    return scorable(t.sum);
}

// One band row for a sex and age range: below, within and above a normal range [lower, upper].
BandRow rangeRow(std::optional<Sex> sex, int minAge, int maxAge, double lower, double upper)
{
    return BandRow { sex, minAge, maxAge,
        { band("below-average", "Below the normal range", std::nullopt, lower, true, false),
            band("average", "Within the normal range", lower, upper),
            band("above-average", "Above the normal range", upper, std::nullopt, false) } };
}

// One band row for an age range of a timed test: at or below the limit, or worse than average.
BandRow timedRow(int minAge, int maxAge, double limit)
{
    return BandRow { std::nullopt, minAge, maxAge,
        { band("average-or-better", "Average or better for age", 0, limit),
            band("worse-than-average", "Slower than average for age", limit, std::nullopt, false) } };
}

Instrument sixMinuteWalk()
{
    Instrument i = performanceTest("6mwt", "Six-Minute Walk Test", "6MWT", MeasureUnit::Metres);
    i.version = "ATS 2002 / ERS-ATS 2014 protocol; store the protocol and course with the result";
    InstrumentItem item = measuredValue("distance walked in 6 minutes, in metres", false);
    item.max = 1000;
    item.warnAbove = 900;
    i.items = { item };
    i.direction = Direction::HigherIsBetter;
    ChangeMeasure m;
    m.label = "Walking distance";
    m.direction = Direction::HigherIsBetter;
    m.worst = 0;
    m.mdc = 86.1;
    m.presets = { { "older-adults-small", "Older adults, small meaningful change", 20, 86.1, "[Perera2006]" },
        { "older-adults-substantial", "Older adults, substantial change", 50, 86.1, "[Perera2006]" },
        { "fibromyalgia", "Fibromyalgia (lower anchor-based value)", 156, 86.1, "[Kaleth2016]" },
        { "knee-oa", "Knee OA awaiting arthroplasty", std::nullopt, 79, "[Naylor2014]" },
        { "hip-oa", "Hip OA awaiting arthroplasty", std::nullopt, 81.5, "[Naylor2014]" } };
    m.source = "[Murdoch2023] MDD 86.1 m in persistent pain; MCID could not be computed, reference §10.1, §10.7";
    i.measures = { m };
    i.scoreMax = 1000;
    i.licenceNote = "No owner or licensor found; protocol from professional-society statements [ATS2002][ERS-ATS2014]. "
                    "Our own protocol summary; the published patient script is not reproduced.";
    i.formula = "score = distance in metres (plausible 0-1000, check above 900)";
    i.sources = "reference §10.1, §10.7; [ATS2002][ERS-ATS2014][Murdoch2023][Perera2006][Kaleth2016][Naylor2014]";
    i.scoreItems = measured;
    return i;
}

ScoreResult scoreChairStand(const Instrument& instrument, const Answers& answers, const ScoreContext& context)
{
    ScoreResult result = measured(instrument, answers, context);
    if (result.scorable && *result.score < 8.0)
        result.flags.push_back("fewer-than-8-stands");
    return result;
}

Instrument chairStand()
{
    Instrument i = performanceTest("30s-cst", "30-Second Chair Stand Test", "30s-CST", MeasureUnit::Repetitions);
    i.version = "Rikli & Jones / CDC STEADI; unassisted (arms crossed), 43-44 cm chair";
    InstrumentItem item
        = measuredValue("number of full stands in 30 seconds (more than halfway up at the end counts)", true);
    item.warnAbove = 35;
    i.items = { item };
    i.direction = Direction::HigherIsBetter;
    BandScheme norms;
    norms.id = "rikli-jones-1999";
    norms.name = "Rikli & Jones normal range (25th-75th percentile), ages 60-94";
    norms.source
        = "[RikliJones1999 via pdfcoffee-30CST][STEADI-30CST] reference §10.2; below = STEADI fall-risk threshold";
    const int ages[7][2] = { { 60, 64 }, { 65, 69 }, { 70, 74 }, { 75, 79 }, { 80, 84 }, { 85, 89 }, { 90, 94 } };
    const double women[7][2] = { { 12, 17 }, { 11, 16 }, { 10, 15 }, { 10, 15 }, { 9, 14 }, { 8, 13 }, { 4, 11 } };
    const double men[7][2] = { { 14, 19 }, { 12, 18 }, { 12, 17 }, { 11, 17 }, { 10, 15 }, { 8, 14 }, { 7, 12 } };
    for (int k = 0; k < 7; ++k) {
        norms.rows.push_back(rangeRow(Sex::Female, ages[k][0], ages[k][1], women[k][0], women[k][1]));
        norms.rows.push_back(rangeRow(Sex::Male, ages[k][0], ages[k][1], men[k][0], men[k][1]));
    }
    i.bandSchemes = { norms };
    ChangeMeasure m;
    m.label = "Chair stands";
    m.direction = Direction::HigherIsBetter;
    m.worst = 0;
    m.mdc = 2.5;
    m.presets = { { "hip-oa-wright2011", "Hip OA, commonly quoted MCII (unconfirmed)", 2, 2.5, "[Wright2011]" } };
    m.source = "[Gill2022][HoHenriksson2024] MDC 2.5 stands (knee OA); no chronic-pain MCID, reference §10.2, §10.7";
    i.measures = { m };
    i.licenceNote = "Senior Fitness Test (Rikli & Jones); CDC STEADI form. Our own instructions; norm numbers are "
                    "shipped with their citation (reuse of the tables needs legal sign-off).";
    i.formula = "score = number of stands in 30 s; a person who must push with the arms is recorded as adapted";
    i.sources = "reference §10.2, §10.7; [STEADI-30CST][RikliJones1999][Gill2022][HoHenriksson2024]";
    i.scoreItems = scoreChairStand;
    return i;
}

Instrument timedUpAndGo()
{
    Instrument i = performanceTest("tug", "Timed Up and Go", "TUG", MeasureUnit::Seconds);
    i.version = "Podsiadlo & Richardson 1991; 3 m line, armchair about 46 cm, usual walking aid";
    InstrumentItem item = measuredValue("time to rise, walk 3 m, turn, walk back and sit, in seconds", false);
    item.minExclusive = true;
    item.warnBelow = 4;
    item.warnAbove = 120;
    i.items = { item };
    i.bandSchemes = {
        fixedScheme("steadi-2017", "STEADI fall-risk cut-off (>= 12 s)",
            { band("not-at-risk", "Below the fall-risk cut-off", 0, 12, false, false),
                band("fall-risk", "At risk of falling (screening only)", 12, std::nullopt) },
            "[STEADI-TUG] reference §10.3"),
        fixedScheme("shumway-cook-2000", "Shumway-Cook fall-risk cut-off (>= 13.5 s)",
            { band("not-at-risk", "Below the fall-risk cut-off", 0, 13.5, false, false),
                band("fall-risk", "At risk of falling (screening only)", 13.5, std::nullopt) },
            "[ShumwayCook2000][Barry2014] reference §10.3"),
    };
    BandScheme norms;
    norms.id = "bohannon2006";
    norms.name = "Healthy adults 60-99 (upper 95 % CI of the mean)";
    norms.target = "age-norm";
    norms.rows = { timedRow(60, 69, 9.0), timedRow(70, 79, 10.2), timedRow(80, 99, 12.7) };
    norms.source = "[Bohannon2006-TUG] reference §10.3";
    i.bandSchemes.push_back(norms);
    ChangeMeasure m;
    m.label = "Timed Up and Go";
    m.direction = Direction::HigherIsWorse;
    m.best = 0;
    m.mdc = 1.14;
    m.percentMeaningful = true;
    ThresholdPreset naylorKnee { "naylor-knee", "Knee OA awaiting arthroplasty (MDC 36.7 % of baseline)", std::nullopt,
        std::nullopt, "[Naylor2014]", 36.7 };
    ThresholdPreset naylorHip { "naylor-hip", "Hip OA awaiting arthroplasty (MDC 44.6 % of baseline)", std::nullopt,
        std::nullopt, "[Naylor2014]", 44.6 };
    m.presets = { { "lumbar-surgery", "After lumbar surgery", 3.4, 1.14, "[Gautschi2017]" }, naylorKnee, naylorHip };
    m.source = "[Alghadir2015] MDC 1.10-1.14 s (knee OA, between-rater value used); no chronic-pain MCID, "
               "reference §10.3, §10.7";
    i.measures = { m };
    i.licenceNote = "Free [RehabMeasures-TUG]; form freely available [NINDS-TUG]; CDC STEADI form [STEADI-TUG].";
    i.displayDecimals = 1;
    i.formula = "score = time in seconds (record 0.01 s, show 0.1 s)";
    i.sources = "reference §10.3, §10.7; [STEADI-TUG][NINDS-TUG][Bohannon2006-TUG][ShumwayCook2000][Barry2014]"
                "[Alghadir2015][Gautschi2017][Naylor2014]";
    i.scoreItems = measured;
    return i;
}

ScoreResult scoreSitToStand(const Instrument& instrument, const Answers& answers, const ScoreContext& context)
{
    ScoreResult result = measured(instrument, answers, context);
    if (!result.scorable)
        return result;
    // Guralnik 2000: not finishing in under 13.6 s is associated with disability. Buatois 2008: 15 s
    // for recurrent falls in people aged 65 and over.
    if (*result.score >= 13.6)
        result.flags.push_back("disability-cutoff");
    if (*result.score >= 15.0 && context.ageYears && *context.ageYears >= 65)
        result.flags.push_back("recurrent-falls-cutoff");
    return result;
}

Instrument fiveTimesSitToStand()
{
    Instrument i = performanceTest("5xsts", "Five Times Sit-to-Stand", "5xSTS", MeasureUnit::Seconds);
    i.version = "arms folded, straight-backed chair about 43 cm; store the end-point rule";
    InstrumentItem item = measuredValue("time for five full stands as fast as possible, in seconds", false);
    item.minExclusive = true;
    item.warnBelow = 4;
    i.items = { item };
    BandScheme norms;
    norms.id = "bohannon2006";
    norms.name = "Older adults 60-89 (worse than average above the limit)";
    norms.rows = { timedRow(60, 69, 11.4), timedRow(70, 79, 12.6), timedRow(80, 89, 14.8) };
    norms.source = "[Bohannon2006-5STS] reference §10.4";
    i.bandSchemes = { norms,
        fixedScheme("staartjes2018", "Lumbar degenerative disease: objective functional impairment",
            { band("none", "No impairment", 0, 10.4), band("mild", "Mild impairment", 10.4, 15.2, false),
                band("moderate", "Moderate impairment", 15.2, 22.0, false),
                band("severe", "Severe impairment", 22.0, std::nullopt, false) },
            "[Staartjes2018][Klukowska2020] reference §10.4; only for the lumbar reference set") };
    ChangeMeasure m;
    m.label = "Sit-to-stand time";
    m.direction = Direction::HigherIsWorse;
    m.best = 0;
    m.mdc = 2.5;
    m.percentMeaningful = true;
    m.presets = { { "copd-jones2013", "COPD", 1.7, 2.5, "[Jones2013]" } };
    m.source = "[Goldberg2012] MDC95 2.5 s (older women); no chronic-pain MCID, reference §10.4, §10.7";
    i.measures = { m };
    i.licenceNote = "No owner found; free status to be confirmed (reference §10.0).";
    i.displayDecimals = 1;
    i.formula = "score = time in seconds (record 0.01 s, show 0.1 s)";
    i.sources = "reference §10.4, §10.7; [Whitney2005][Bohannon2006-5STS][Staartjes2018][Goldberg2012][Jones2013]"
                "[Guralnik2000][Buatois2008]";
    i.scoreItems = scoreSitToStand;
    return i;
}

} // namespace

std::vector<Instrument> performanceTests()
{
    return { sixMinuteWalk(), chairStand(), timedUpAndGo(), fiveTimesSitToStand() };
}

std::optional<double> sixMinuteWalkPredictedEnright1998(Sex sex, double ageYears, double heightCm, double weightKg)
{
    // Outside the 40-80 derivation sample, or without a sex-specific equation, there is no reference value.
    if (ageYears < 40.0 || ageYears > 80.0)
        return std::nullopt;
    double predicted = 0.0;
    if (sex == Sex::Male)
        predicted = 7.57 * heightCm - 5.02 * ageYears - 1.76 * weightKg - 309.0;
    else if (sex == Sex::Female)
        predicted = 2.11 * heightCm - 2.29 * weightKg - 5.78 * ageYears + 667.0;
    else
        return std::nullopt;
    if (predicted <= 0.0)
        return std::nullopt;
    return predicted;
}

} // namespace paceplan::core
