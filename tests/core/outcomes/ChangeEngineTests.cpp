// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoringTable.h"

#include "core/outcomes/ChangeEngine.h"
#include "core/outcomes/ChangeSummary.h"
#include "core/outcomes/InstrumentRegistry.h"
#include "core/outcomes/Scoring.h"

#include <catch2/catch.hpp>

#include <set>

using namespace paceplan::core;
using paceplan::test::TableRow;

namespace {

const Instrument& instrument(const std::string& code)
{
    const Instrument* found = InstrumentRegistry::standard().find(code);
    REQUIRE(found != nullptr);
    return *found;
}

ChangeOptions optionsOf(const TableRow& row)
{
    ChangeOptions options;
    for (const auto& [key, value] : paceplan::test::parsePairs(row["options"])) {
        if (key == "preset") {
            options.presetId = value;
        } else if (key == "mcid") {
            options.mcid = paceplan::test::parseNumber(value);
        } else if (key == "mdc") {
            options.mdc = paceplan::test::parseNumber(value);
        } else if (key == "setup") {
            const auto parts = paceplan::test::split(value, '|');
            REQUIRE(parts.size() == 2);
            options.baselineSetup = parts[0];
            options.latestSetup = parts[1];
        } else {
            FAIL("unknown option " << key);
        }
    }
    return options;
}

void checkOptional(const std::optional<double>& actual, const std::string& expected)
{
    const auto value = paceplan::test::parseNumber(expected);
    CHECK(actual.has_value() == value.has_value());
    if (actual && value)
        CHECK(*actual == Approx(*value).margin(1e-9));
}

const char* limitCode(BaselineLimit limit)
{
    switch (limit) {
    case BaselineLimit::None:
        return "none";
    case BaselineLimit::LimitsImprovement:
        return "improvement";
    case BaselineLimit::LimitsWorsening:
        return "worsening";
    }
    return "?";
}

ScoreResult scored(const std::string& code, const Answers& answers)
{
    const auto result = scoreAnswers(instrument(code), answers);
    REQUIRE(result);
    return *result;
}

} // namespace

TEST_CASE("Change classification follows the table of reference cases", "[core][outcomes][change]")
{
    const auto table
        = paceplan::test::readTable(std::string(PACEPLAN_TEST_DATA_DIR) + "/scoring/change-classification.csv");
    REQUIRE(table.error.empty());
    REQUIRE(table.rows.size() >= 40);
    std::set<std::string> classesSeen;
    for (const TableRow& row : table.rows) {
        INFO("line " << row.line << ": " << row["case"] << " [" << row["source"] << "]");
        CHECK_FALSE(row["source"].empty());
        const Instrument& i = instrument(row["instrument"]);
        const ChangeMeasure* measure = i.measure(row["basis"]);
        REQUIRE(measure != nullptr);
        const ChangeResult change = ChangeEngine::compareValues(i, *measure,
            *paceplan::test::parseNumber(row["baseline"]), *paceplan::test::parseNumber(row["latest"]), optionsOf(row));
        CHECK(changeClassificationCode(change.classification) == row["class"]);
        classesSeen.insert(row["class"]);
        CHECK(change.absoluteChange == Approx(*paceplan::test::parseNumber(row["absolute"])).margin(1e-9));
        checkOptional(change.percentChange, row["percent"]);
        checkOptional(change.percentImprovement, row["percent_improvement"]);
        CHECK(change.withinMeasurementError == (row["within_error"] == "true"));
        CHECK(limitCode(change.baselineLimit) == row["limit"]);
        CHECK(change.immpact30 == (row["immpact30"] == "true"));
        CHECK(change.immpact50 == (row["immpact50"] == "true"));
        CHECK(change.responder == (row["responder"] == "true"));
        CHECK(change.clinicalImportanceUnknown == (row["importance_unknown"] == "true"));
        CHECK(changeSummaryLine(i, change) == row["summary"]);
        if (change.classification == ChangeClassification::NotInterpretable)
            CHECK_FALSE(change.reason.empty());
    }
    // Every class is exercised by at least one row.
    for (const ChangeClassification c :
        { ChangeClassification::SubstantialImprovement, ChangeClassification::MeaningfulImprovement,
            ChangeClassification::ImprovementBelowMcid, ChangeClassification::ImprovementImportanceUnknown,
            ChangeClassification::NoChange, ChangeClassification::Worse, ChangeClassification::WorseImportanceUnknown,
            ChangeClassification::NotInterpretable })
        CHECK(classesSeen.count(changeClassificationCode(c)) == 1);
}

TEST_CASE("Improvement is direction-aware", "[core][outcomes][change]")
{
    const ChangeResult walk = ChangeEngine::compareValues(instrument("6mwt"), *instrument("6mwt").measure(), 400, 500);
    CHECK(walk.improvement == 100);
    CHECK(walk.absoluteChange == 100);
    const ChangeResult tug = ChangeEngine::compareValues(instrument("tug"), *instrument("tug").measure(), 12, 10);
    CHECK(tug.improvement == Approx(2));
    CHECK(tug.absoluteChange == Approx(-2));
    const ChangeResult pain = ChangeEngine::compareValues(instrument("nprs"), *instrument("nprs").measure(), 4, 6);
    CHECK(pain.improvement == -2);
}

TEST_CASE("Comparing results checks that they can be compared", "[core][outcomes][change]")
{
    const ChangeEngine engine;
    const ScoreResult pain7 = scored("nprs", { 7.0 });
    const ScoreResult pain4 = scored("nprs", { 4.0 });
    const ChangeResult change = engine.compare(pain7, pain4);
    CHECK(change.classification == ChangeClassification::MeaningfulImprovement);
    CHECK(change.label == "Pain");

    CHECK(engine.compare(pain7, scored("vas", { 40.0 })).classification == ChangeClassification::NotInterpretable);
    CHECK(engine.compare(pain7, scored("nprs", { std::nullopt })).classification
        == ChangeClassification::NotInterpretable);
    ScoreResult rescored = pain4;
    rescored.scoringVersion = "0";
    const ChangeResult versions = engine.compare(pain7, rescored);
    CHECK(versions.classification == ChangeClassification::NotInterpretable);
    CHECK(versions.reason.find("scoring version") != std::string::npos);
    CHECK(engine.compare(pain7, pain4, "no-such-subscale").classification == ChangeClassification::NotInterpretable);
}

TEST_CASE("Subscale measures are compared on their own thresholds", "[core][outcomes][change]")
{
    const ChangeEngine engine;
    const ScoreResult before = scored("bpi-sf", { 8, 2, 5, 4, 6, 6, 6, 6, 6, 6, 6 });
    const ScoreResult after = scored("bpi-sf", { 7, 2, 4, 4, 5, 5, 5, 5, 5, 5, 5 });
    const ChangeResult interference = engine.compare(before, after, "interference");
    CHECK(interference.classification == ChangeClassification::MeaningfulImprovement);
    CHECK_FALSE(interference.immpact30);
    const ChangeResult severity = engine.compare(before, after);
    CHECK(severity.percentImprovement);
    CHECK(*severity.percentImprovement == Approx(100.0 * (19.0 / 4 - 17.0 / 4) / (19.0 / 4)));

    const ScoreResult fabqBefore = scored("fabq", Answers(16, 4.0));
    const ScoreResult fabqAfter = scored("fabq", Answers(16, 2.0));
    const ChangeResult pa = engine.compare(fabqBefore, fabqAfter, "pa");
    CHECK(pa.classification == ChangeClassification::ImprovementImportanceUnknown);
    CHECK(engine.compare(fabqBefore, fabqAfter).classification == ChangeClassification::NotInterpretable);
}

TEST_CASE("PSFS uses the single-activity MDC when one activity is rated", "[core][outcomes][change]")
{
    const ChangeEngine engine;
    const ChangeResult one = engine.compare(scored("psfs", { 3.0 }), scored("psfs", { 5.0 }));
    REQUIRE(one.mdcUsed);
    CHECK(*one.mdcUsed == 3);
    CHECK(one.classification == ChangeClassification::NoChange);
    CHECK(one.withinMeasurementError);
    const ChangeResult three = engine.compare(scored("psfs", { 3.0, 3.0, 3.0 }), scored("psfs", { 5.0, 5.0, 5.0 }));
    CHECK(*three.mdcUsed == 2);
    CHECK(three.classification == ChangeClassification::MeaningfulImprovement);
}

TEST_CASE("The first and last scorable results form baseline and latest", "[core][outcomes][change]")
{
    const ChangeEngine engine;
    const std::vector<ScoreResult> series = { scored("nprs", { std::nullopt }), scored("nprs", { 8.0 }),
        scored("nprs", { 6.0 }), scored("nprs", { 3.0 }), scored("nprs", { std::nullopt }) };
    const ChangeResult change = engine.compareBaselineToLatest(series);
    CHECK(*change.baseline == 8);
    CHECK(*change.latest == 3);
    CHECK(change.classification == ChangeClassification::SubstantialImprovement);
    CHECK(changeSummaryLine(instrument("nprs"), change)
        == "Pain 8 \xE2\x86\x92 3, \xE2\x88\x92"
           "63%: substantial improvement");
    const std::vector<ScoreResult> single = { scored("nprs", { 8.0 }) };
    CHECK(engine.compareBaselineToLatest(single).classification == ChangeClassification::NotInterpretable);
    CHECK(engine.compareBaselineToLatest({}).classification == ChangeClassification::NotInterpretable);
}

TEST_CASE("Summary data carries rounded display pieces", "[core][outcomes][change]")
{
    const ChangeResult change
        = ChangeEngine::compareValues(instrument("odi"), *instrument("odi").measure(), 1600.0 / 45, 20);
    const ChangeSummaryData data = changeSummaryData(instrument("odi"), change);
    CHECK(data.label == "Disability");
    CHECK(data.baseline == "35.6");
    CHECK(data.latest == "20.0");
    REQUIRE(data.percent);
    CHECK(*data.percent == -44);
    CHECK(data.verdict == "meaningful improvement");
    ChangeResult missing;
    missing.label = "Pain";
    missing.classification = ChangeClassification::NotInterpretable;
    CHECK(changeSummaryLine(instrument("nprs"), missing) == "Pain: change not interpretable");
}
