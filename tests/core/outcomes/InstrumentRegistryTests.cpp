// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Result.h"
#include "core/outcomes/InstrumentRegistry.h"
#include "core/outcomes/PerformanceTests.h"
#include "core/outcomes/Scoring.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <limits>
#include <set>

using namespace paceplan::core;

namespace {

const Instrument& instrument(const char* code)
{
    const Instrument* found = InstrumentRegistry::standard().find(code);
    REQUIRE(found != nullptr);
    return *found;
}

} // namespace

TEST_CASE("The registry lists the issue's instruments in a stable order", "[core][outcomes][registry]")
{
    const std::vector<std::string> expected = { "nprs", "vas", "peg", "bpi-sf", "odi", "rmdq", "ndi", "psfs", "tsk-11",
        "tsk-17", "pseq-10", "pseq-2", "sbst", "fabq", "pcs", "pgic", "grc", "phq-9", "gad-7", "koos-12", "hoos-12",
        "fiqr", "promis-pi-4a", "who-5", "6mwt", "30s-cst", "tug", "5xsts" };
    std::vector<std::string> codes;
    for (const Instrument& i : InstrumentRegistry::standard().all())
        codes.push_back(i.code);
    CHECK(codes == expected);
    CHECK(InstrumentRegistry::standard().find("odi") == &InstrumentRegistry::standard().all()[4]);
    CHECK(InstrumentRegistry::standard().find("womac") == nullptr);
    CHECK(InstrumentRegistry::standard().find("") == nullptr);
}

TEST_CASE("Every instrument declares a complete, consistent description", "[core][outcomes][registry]")
{
    for (const Instrument& i : InstrumentRegistry::standard().all()) {
        INFO(i.code);
        CHECK_FALSE(i.name.empty());
        CHECK_FALSE(i.shortName.empty());
        CHECK_FALSE(i.version.empty());
        CHECK_FALSE(i.scoringVersion.empty());
        CHECK_FALSE(i.recallPeriod.empty());
        CHECK_FALSE(i.licenceNote.empty());
        CHECK_FALSE(i.formula.empty());
        CHECK_FALSE(i.sources.empty());
        CHECK_FALSE(i.missingRule.text.empty());
        CHECK(i.scoreItems != nullptr);
        CHECK(i.totalEntry.has_value() == (i.scoreTotal != nullptr));
        REQUIRE_FALSE(i.items.empty());
        CHECK(i.minAnswerCount >= 1);
        CHECK(i.minAnswerCount <= i.items.size());
        for (std::size_t n = 0; n < i.items.size(); ++n) {
            const InstrumentItem& item = i.items[n];
            INFO("item " << item.number);
            CHECK(item.number == static_cast<int>(n + 1));
            CHECK_FALSE(item.construct.empty());
            if (item.max)
                CHECK(item.min < *item.max);
            CHECK((!item.reverseScored || item.max.has_value()));
        }
        for (const InstrumentSubscale& s : i.subscales) {
            INFO("subscale " << s.code);
            CHECK_FALSE(s.rule.empty());
            CHECK(s.min <= s.max);
            for (const int number : s.items)
                CHECK((number >= 1 && number <= static_cast<int>(i.items.size())));
        }
        for (const BandScheme& scheme : i.bandSchemes) {
            INFO("band scheme " << scheme.id);
            CHECK_FALSE(scheme.source.empty());
            REQUIRE_FALSE(scheme.rows.empty());
            for (const BandRow& row : scheme.rows)
                CHECK_FALSE(row.bands.empty());
            if (!scheme.basis.empty())
                CHECK(i.subscale(scheme.basis) != nullptr);
        }
        REQUIRE_FALSE(i.measures.empty());
        for (const ChangeMeasure& m : i.measures) {
            INFO("measure " << m.basis);
            CHECK_FALSE(m.label.empty());
            CHECK_FALSE(m.source.empty());
            if (!m.basis.empty())
                CHECK(i.subscale(m.basis) != nullptr);
            CHECK((m.painIntensity == false || m.direction == Direction::HigherIsWorse));
        }
    }
}

TEST_CASE("Licence modes follow reference §1.0 and §10.0", "[core][outcomes][registry]")
{
    const std::set<std::string> shipText
        = { "nprs", "vas", "peg", "psfs", "pgic", "grc", "phq-9", "gad-7", "6mwt", "30s-cst", "tug", "5xsts" };
    for (const Instrument& i : InstrumentRegistry::standard().all()) {
        INFO(i.code);
        CHECK((i.licenceMode == LicenceMode::ShipText) == (shipText.count(i.code) == 1));
    }
}

TEST_CASE("Pain intensity measures carry the IMMPACT flag", "[core][outcomes][registry]")
{
    std::set<std::string> pain;
    for (const Instrument& i : InstrumentRegistry::standard().all()) {
        for (const ChangeMeasure& m : i.measures) {
            if (m.painIntensity)
                pain.insert(i.code + "/" + m.basis);
        }
    }
    CHECK(pain == std::set<std::string> { "nprs/", "vas/", "peg/", "bpi-sf/", "bpi-sf/average" });
}

TEST_CASE("Scoring by code goes through the standard registry", "[core][outcomes][scoring]")
{
    const auto scored = scoreAnswers("nprs", { 7.0 });
    REQUIRE(scored);
    CHECK(*scored->score == 7.0);
    const auto unknown = scoreAnswers("womac", { 1.0 });
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::NotFound);
}

TEST_CASE("Totals are refused where the scoring needs the items", "[core][outcomes][scoring]")
{
    for (const char* code : { "sbst", "fabq", "bpi-sf", "phq-9", "koos-12", "psfs", "nprs" }) {
        INFO(code);
        const auto scored = scoreEnteredTotal(instrument(code), 3.0);
        REQUIRE_FALSE(scored);
        CHECK(scored.error().code == ErrorCode::Unsupported);
    }
    const auto total = scoreEnteredTotal(instrument("rmdq"), 12.0);
    REQUIRE(total);
    CHECK(total->fromEnteredTotal);
    CHECK_FALSE(scoreEnteredTotal(instrument("rmdq"), 12.5));
}

TEST_CASE("Errors name the item and its allowed range", "[core][outcomes][scoring]")
{
    const auto scored = scoreAnswers(instrument("odi"), { 3.0, 2.0, 6.0, 2.0, 3.0, 2.0, 1.0, 0.0, 2.0, 1.0 });
    REQUIRE_FALSE(scored);
    CHECK(scored.error().code == ErrorCode::OutOfRange);
    CHECK(scored.error().field == "item 3");
    CHECK(scored.error().detail.find("0 to 5") != std::string::npos);
    const auto nan = scoreAnswers(instrument("nprs"), { std::numeric_limits<double>::quiet_NaN() });
    REQUIRE_FALSE(nan);
    CHECK(nan.error().code == ErrorCode::InvalidValue);
}

TEST_CASE("PROMIS T-scores carry the table's standard error", "[core][outcomes][scoring]")
{
    const auto scored = scoreAnswers(instrument("promis-pi-4a"), { 1.0, 1.0, 1.0, 1.0 });
    REQUIRE(scored);
    REQUIRE(scored->standardError);
    CHECK(*scored->standardError == Approx(6.1));
    const auto top = scoreEnteredTotal(instrument("promis-pi-4a"), 20.0);
    REQUIRE(top);
    CHECK(*top->standardError == Approx(3.7));
}

TEST_CASE("Scores keep full precision and round only for display", "[core][outcomes][scoring]")
{
    const auto odi = scoreAnswers(instrument("odi"), { 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, std::nullopt, 1.0, 1.0 });
    REQUIRE(odi);
    CHECK(*odi->score == Approx(1600.0 / 45.0).margin(1e-12));
    CHECK(formatScore(instrument("odi"), *odi->score) == "35.6");
    CHECK(formatScore(instrument("nprs"), 7.0) == "7");
    CHECK(formatNumber(-0.04, 1) == "0.0");
    CHECK(formatNumber(-42.857, 0) == "-43");
}

TEST_CASE("The Enright 1998 equation predicts 6MWD only inside its sample", "[core][outcomes][performance]")
{
    const auto man = sixMinuteWalkPredictedEnright1998(Sex::Male, 60, 175, 80);
    REQUIRE(man);
    CHECK(*man == Approx(7.57 * 175 - 5.02 * 60 - 1.76 * 80 - 309));
    const auto woman = sixMinuteWalkPredictedEnright1998(Sex::Female, 60, 165, 70);
    REQUIRE(woman);
    CHECK(*woman == Approx(2.11 * 165 - 2.29 * 70 - 5.78 * 60 + 667));
    CHECK_FALSE(sixMinuteWalkPredictedEnright1998(Sex::Male, 39, 175, 80));
    CHECK_FALSE(sixMinuteWalkPredictedEnright1998(Sex::Female, 81, 165, 70));
    CHECK_FALSE(sixMinuteWalkPredictedEnright1998(Sex::Other, 60, 165, 70));
}

TEST_CASE("Every instrument has a scoring page that names its code", "[core][outcomes][registry]")
{
    for (const Instrument& i : InstrumentRegistry::standard().all()) {
        INFO(i.code);
        std::ifstream page(std::string(PACEPLAN_SOURCE_DIR) + "/docs/scoring/" + i.code + ".md");
        REQUIRE(page.good());
        const std::string text((std::istreambuf_iterator<char>(page)), std::istreambuf_iterator<char>());
        CHECK(text.find("(`" + i.code + "`)") != std::string::npos);
        CHECK(
            text.find(i.licenceMode == LicenceMode::ShipText ? "**ShipText**" : "**ScoresOnly**") != std::string::npos);
    }
}
