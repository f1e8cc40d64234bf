// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoringTable.h"

#include "core/Result.h"
#include "core/outcomes/InstrumentRegistry.h"
#include "core/outcomes/Scoring.h"

#include <catch2/catch.hpp>

#include <cctype>
#include <filesystem>
#include <set>

using namespace paceplan::core;
using paceplan::test::Table;
using paceplan::test::TableRow;

namespace {

std::string tablePath(const std::string& code)
{
    return std::string(PACEPLAN_TEST_DATA_DIR) + "/scoring/" + code + ".csv";
}

ScoreContext contextOf(const TableRow& row)
{
    ScoreContext context;
    for (const auto& [key, value] : paceplan::test::parsePairs(row["context"])) {
        if (key == "age")
            context.ageYears = std::stoi(value);
        else if (key == "sex")
            context.sex = sexFromCode(value);
        else if (key == "scheme")
            context.bandSchemes = paceplan::test::split(value, '|');
        else if (key == "strict")
            context.applyUnconfirmedRules = false;
        else
            FAIL("unknown context key " << key);
    }
    return context;
}

Answers answersOf(const Instrument& instrument, const TableRow& row)
{
    Answers answers;
    for (std::size_t i = 1; i <= instrument.items.size(); ++i)
        answers.push_back(paceplan::test::parseNumber(row["q" + std::to_string(i)]));
    if (const auto count = paceplan::test::parseNumber(row["count"]))
        answers.resize(static_cast<std::size_t>(*count));
    return answers;
}

std::set<std::string> listOf(const std::string& text)
{
    std::set<std::string> items;
    if (!text.empty()) {
        for (const std::string& part : paceplan::test::split(text, ';'))
            items.insert(part);
    }
    return items;
}

void checkRow(const Instrument& instrument, const TableRow& row)
{
    INFO(instrument.code << ".csv line " << row.line << ": " << row["case"] << " [" << row["source"] << "]");
    CHECK_FALSE(row["source"].empty());
    const ScoreContext context = contextOf(row);
    const std::string input = row["input"];
    REQUIRE((input == "items" || input == "total"));
    const Result<ScoreResult> scored = input == "total"
        ? scoreEnteredTotal(instrument, paceplan::test::parseNumber(row["q1"]).value_or(0.0), context)
        : scoreAnswers(instrument, answersOf(instrument, row), context);

    if (!row["error"].empty()) {
        REQUIRE_FALSE(scored.ok());
        const auto parts = paceplan::test::split(row["error"], '@');
        CHECK(errorCodeName(scored.error().code) == parts[0]);
        if (parts.size() > 1)
            CHECK(scored.error().field == parts[1]);
        CHECK_FALSE(scored.error().detail.empty());
        return;
    }
    REQUIRE(scored.ok());
    const ScoreResult& result = *scored;
    CHECK(result.instrumentCode == instrument.code);
    CHECK(result.scoringVersion == instrument.scoringVersion);
    CHECK(result.scorable == (row["scorable"] == "true"));
    if (!result.scorable)
        CHECK_FALSE(result.notScorableReason.empty());

    const auto expectedScore = paceplan::test::parseNumber(row["score"]);
    CHECK(result.score.has_value() == expectedScore.has_value());
    if (expectedScore && result.score)
        CHECK(*result.score == Approx(*expectedScore).margin(1e-9));

    const auto expectedSubscales = paceplan::test::parsePairs(row["subscales"]);
    CHECK(result.subscales.size() == expectedSubscales.size());
    for (const auto& [name, value] : expectedSubscales) {
        INFO("subscale " << name);
        const auto it = result.subscales.find(name);
        REQUIRE(it != result.subscales.end());
        CHECK(it->second == Approx(*paceplan::test::parseNumber(value)).margin(1e-9));
    }

    CHECK(result.band == row["band"]);
    const auto expectedSubscaleBands = paceplan::test::parsePairs(row["subscale_bands"]);
    CHECK(result.subscaleBands
        == std::map<std::string, std::string>(expectedSubscaleBands.begin(), expectedSubscaleBands.end()));
    CHECK(result.risk == row["risk"]);
    CHECK(std::set<std::string>(result.flags.begin(), result.flags.end()) == listOf(row["flags"]));
}

} // namespace

TEST_CASE("Every registered instrument has a scoring table", "[core][outcomes][scoring]")
{
    for (const Instrument& instrument : InstrumentRegistry::standard().all()) {
        INFO(instrument.code);
        CHECK(std::filesystem::exists(tablePath(instrument.code)));
    }
}

TEST_CASE("Every scoring table row matches the published rules", "[core][outcomes][scoring]")
{
    int rows = 0;
    for (const Instrument& instrument : InstrumentRegistry::standard().all()) {
        INFO(instrument.code);
        const Table table = paceplan::test::readTable(tablePath(instrument.code));
        REQUIRE(table.error.empty());
        CHECK(table.rows.size() >= 5);
        // One answer column per item, named q1..qN.
        std::size_t itemColumns = 0;
        for (const std::string& column : table.columns) {
            if (column.size() > 1 && column[0] == 'q' && std::isdigit(static_cast<unsigned char>(column[1])))
                ++itemColumns;
        }
        CHECK(itemColumns == instrument.items.size());
        for (const TableRow& row : table.rows) {
            checkRow(instrument, row);
            ++rows;
        }
    }
    CHECK(rows >= 5 * static_cast<int>(InstrumentRegistry::standard().all().size()));
}
