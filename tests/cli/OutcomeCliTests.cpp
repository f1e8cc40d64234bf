// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "storage/Database.h"
#include "storage/DemoClinic.h"
#include "storage/DemoHistory.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace paceplan;
using test::CliRunner;
using test::TempDir;

namespace {

/// A demo clinic with its outcome history and session logs, in a database file of `dir`.
std::string demoClinicWithHistory(const TempDir& dir)
{
    const auto path = dir.file("demo.db");
    auto db = storage::Database::open(path);
    if (!db || !storage::seedDemoClinic(**db) || !storage::seedDemoHistory(**db))
        throw std::runtime_error("cannot seed the demo clinic");
    return path;
}

nlohmann::json rowOf(const nlohmann::json& caseload, const std::string& name)
{
    for (const auto& row : caseload)
        if (row["name"].get<std::string>().rfind(name, 0) == 0)
            return row;
    throw std::runtime_error("no caseload row for " + name);
}

std::set<std::string> flagCodes(const nlohmann::json& row)
{
    std::set<std::string> codes;
    for (const auto& flag : row["flags"])
        codes.insert(flag["code"].get<std::string>());
    return codes;
}

} // namespace

TEST_CASE("score prints the score, band, subscales and STarT Back risk without a database", "[cli][outcomes]")
{
    TempDir dir;
    CliRunner cli(dir);
    struct Case {
        std::string instrument;
        std::string answers;
        bool scorable;
        std::optional<double> score;
        std::string band; ///< "" = not checked.
        std::string risk; ///< "" = no risk key expected.
    };
    const std::vector<Case> cases = {
        { "nprs", "7", true, 7.0, "", "" },
        // ODI: 18 points over 9 answered sections x 5 = 40 % (one section missing shrinks the denominator).
        { "odi", "3,2,,4,1,0,2,3,1,2", true, 40.0, "moderate", "" },
        // ODI with 3 sections missing: fewer than 8 answered, so not scorable.
        { "odi", "1,2,,,,3,1,2,1,0", false, std::nullopt, "", "" },
        // STarT Back: item 9 at option 3 counts as 1, so the total is 8; psychosocial items 5-9 score 5: high risk.
        { "sbst", "1,1,0,1,1,1,1,1,3", true, 8.0, "", "high" },
        // STarT Back: total 3 or less is low risk.
        { "sbst", "1,0,0,1,0,0,0,1,0", true, 3.0, "", "low" },
        { "grc", "-3", true, -3.0, "", "" },
        { "tug", "12.4", true, 12.4, "", "" },
        { "30s-cst", "11", true, 11.0, "", "" },
        // NDI: 10 items 0-5 summed, 0-50.
        { "ndi", "1,1,1,1,1,2,2,2,2,2", true, 15.0, "", "" },
    };
    for (const auto& c : cases) {
        INFO(c.instrument + " " + c.answers);
        const auto run = cli.run({ "score", c.instrument, "--answers", c.answers, "--json" });
        REQUIRE(run.exitCode == 0);
        const auto json = run.json();
        CHECK(json["instrument"] == c.instrument);
        CHECK(json["scorable"] == c.scorable);
        if (c.score)
            CHECK(json["score"].get<double>() == Approx(*c.score));
        else
            CHECK(json["score"].is_null());
        CHECK(json["subscales"].is_object());
        CHECK(json.contains("band"));
        if (!c.band.empty())
            CHECK(json["band"] == c.band);
        if (c.risk.empty())
            CHECK((!json.contains("risk") || c.instrument == "sbst"));
        else
            CHECK(json["risk"] == c.risk);
    }

    const auto sbst = cli.run({ "score", "sbst", "--answers", "1,1,0,1,1,1,1,1,3", "--json" }).json();
    CHECK(sbst["subscales"].size() >= 1);
    const auto total = cli.run({ "score", "odi", "--total", "34", "--json" });
    REQUIRE(total.exitCode == 0);
    CHECK(total.json()["score"].get<double>() == Approx(34.0));
    CHECK(total.json()["from_entered_total"] == true);
    const auto text = cli.run({ "score", "sbst", "--answers", "1,1,0,1,1,1,1,1,3" });
    CHECK(text.out.find("risk high") != std::string::npos);
}

TEST_CASE("score refuses bad input with the right exit code and says what is wrong", "[cli][outcomes]")
{
    TempDir dir;
    CliRunner cli(dir);
    const auto range = cli.run({ "score", "nprs", "--answers", "11" });
    CHECK(range.exitCode == 4);
    CHECK(range.err.find("item 1") != std::string::npos);
    CHECK(range.out.empty());
    const auto count = cli.run({ "score", "odi", "--answers", "1,2,3" });
    CHECK(count.exitCode == 4);
    CHECK(count.err.find("takes 10 answers") != std::string::npos);
    const auto word = cli.run({ "score", "nprs", "--answers", "seven" });
    CHECK(word.exitCode == 4);
    const auto unknown = cli.run({ "score", "xyz", "--answers", "1" });
    CHECK(unknown.exitCode == 3);
    CHECK(unknown.err.find("xyz") != std::string::npos);
    CHECK(cli.run({ "score", "nprs" }).exitCode == 2);
    CHECK(cli.run({ "score", "--answers", "1" }).exitCode == 2);
    CHECK(cli.run({ "score", "nprs", "--answers", "1", "--bogus", "2" }).exitCode == 2);
    CHECK(cli.run({ "score", "sbst", "--total", "5" }).exitCode == 4); // STarT Back has no total entry
}

TEST_CASE("instrument list --json lists every instrument of the issue without item wording", "[cli][outcomes]")
{
    TempDir dir;
    CliRunner cli(dir);
    const auto run = cli.run({ "instrument", "list", "--json" });
    REQUIRE(run.exitCode == 0);
    std::set<std::string> codes;
    for (const auto& instrument : run.json()) {
        codes.insert(instrument["code"].get<std::string>());
        CHECK(instrument["item_count"].get<int>() == static_cast<int>(instrument["items"].size()));
    }
    for (const char* code : { "nprs", "vas", "peg", "bpi-sf", "odi", "rmdq", "ndi", "psfs", "tsk-11", "tsk-17",
             "pseq-10", "pseq-2", "sbst", "fabq", "pcs", "pgic", "grc", "phq-9", "gad-7", "koos-12", "hoos-12", "fiqr",
             "promis-pi-4a", "who-5", "6mwt", "30s-cst", "tug", "5xsts" })
        CHECK(codes.count(code) == 1);
    CHECK(cli.run({ "instrument" }).exitCode == 2);
}

TEST_CASE("Outcomes and session logs are added and listed from the CLI", "[cli][outcomes]")
{
    TempDir dir;
    CliRunner cli(dir);
    const auto db = dir.file("clinic.db");
    REQUIRE(
        cli.run({ "--database", db, "patient", "add", "--given", "Ada", "--family", "Lovelace", "--dob", "1965-12-10" })
            .exitCode
        == 0);

    const auto added = cli.run({ "--database", db, "--json", "outcome", "add", "--patient", "1", "--instrument", "odi",
        "--answers", "3,2,,4,1,0,2,3,1,2", "--date", "2026-01-05", "--notes", "first visit" });
    REQUIRE(added.exitCode == 0);
    CHECK(added.json()["score"].get<double>() == Approx(40.0));
    CHECK(added.json()["answers"] == "3,2,,4,1,0,2,3,1,2");
    REQUIRE(cli.run({ "--database", db, "outcome", "add", "--patient", "1", "--instrument", "nprs", "--answers", "6" })
                .exitCode
        == 0);

    const auto list = cli.run({ "--database", db, "outcome", "list", "--patient", "1", "--json" });
    REQUIRE(list.exitCode == 0);
    REQUIRE(list.json().size() == 2);
    CHECK(list.json()[0]["date"] == "2026-01-05");
    CHECK(list.json()[0]["band"] == "moderate");
    CHECK(list.json()[1]["instrument"] == "nprs");

    CHECK(cli.run({ "--database", db, "outcome", "add", "--patient", "1", "--instrument", "nprs", "--answers", "6",
                      "--date", "2999-01-01" })
              .exitCode
        == 4);
    CHECK(cli.run({ "--database", db, "outcome", "add", "--patient", "42", "--instrument", "nprs", "--answers", "6" })
              .exitCode
        == 3);
    CHECK(cli.run({ "--database", db, "outcome", "add", "--instrument", "nprs", "--answers", "6" }).exitCode == 2);
    CHECK(cli.run({ "--database", db, "outcome", "add", "--patient", "1", "--instrument", "nprs", "--answers", "6",
                      "--date", "05/01/2026" })
              .exitCode
        == 2);

    const auto log
        = cli.run({ "--database", db, "--json", "log", "add", "--patient", "1", "--date", "2026-01-06", "--status",
            "done", "--pain-before", "4", "--pain-during", "3", "--pain-next-morning", "4", "--minutes", "30" });
    REQUIRE(log.exitCode == 0);
    CHECK(log.json()["plan_id"].is_null());
    CHECK(log.json()["pain_during"] == 3);
    const auto skipped = cli.run({ "--database", db, "log", "add", "--patient", "1", "--date", "2026-01-08", "--status",
        "skipped", "--pain-during", "5" });
    CHECK(skipped.exitCode == 4);
    CHECK(skipped.err.find("painDuring") != std::string::npos);
    CHECK(cli.run({ "--database", db, "log", "add", "--patient", "1", "--date", "2026-01-06", "--status", "partly" })
              .exitCode
        == 4); // one log per day
    CHECK(cli.run({ "--database", db, "log", "add", "--patient", "1", "--date", "2026-01-07", "--status", "maybe" })
              .exitCode
        == 2);

    const auto logs = cli.run({ "--database", db, "log", "list", "--patient", "1", "--json" });
    REQUIRE(logs.exitCode == 0);
    REQUIRE(logs.json().size() == 1);
    CHECK(logs.json()[0]["pain_next_morning"] == 4);
    const auto table = cli.run({ "--database", db, "log", "list", "--patient", "1" });
    CHECK(table.out.find("2026-01-06  done") != std::string::npos);

    REQUIRE(cli.run({ "--database", db, "outcome", "delete", "1", "--yes" }).exitCode == 0);
    CHECK(cli.run({ "--database", db, "outcome", "list", "--patient", "1", "--json" }).json().size() == 1);
    CHECK(cli.run({ "--database", db, "outcome", "delete", "1", "--yes" }).exitCode == 3);
}

TEST_CASE("export outcomes --csv writes RFC 4180 CSV with quoted notes", "[cli][outcomes]")
{
    TempDir dir;
    CliRunner cli(dir);
    const auto db = dir.file("clinic.db");
    REQUIRE(
        cli.run({ "--database", db, "patient", "add", "--given", "Ada", "--family", "Lovelace", "--dob", "1965-12-10" })
            .exitCode
        == 0);
    REQUIRE(
        cli.run({ "--database", db, "outcome", "add", "--patient", "1", "--instrument", "odi", "--answers",
                    "3,2,,4,1,0,2,3,1,2", "--date", "2026-01-05", "--notes", "Sore, \"stiff\" morning\nbetter later" })
            .exitCode
        == 0);
    REQUIRE(cli.run({ "--database", db, "outcome", "add", "--patient", "1", "--instrument", "nprs", "--answers", "6",
                        "--date", "2026-02-05" })
                .exitCode
        == 0);
    const auto csv = cli.run({ "--database", db, "export", "outcomes", "--patient", "1", "--csv" });
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.rfind("date,instrument,instrument_version,scoring_version,scorable,score,band,subscales,risk,answers,"
                        "entered_total,setup,notes\r\n",
              0)
        == 0);
    CHECK(csv.out.find("2026-01-05,odi,") != std::string::npos);
    CHECK(csv.out.find(",40.0,moderate,") != std::string::npos);
    CHECK(csv.out.find("\"3,2,,4,1,0,2,3,1,2\"") != std::string::npos);
    CHECK(csv.out.find("\"Sore, \"\"stiff\"\" morning\nbetter later\"\r\n") != std::string::npos);
    CHECK(csv.out.find("2026-02-05,nprs,") != std::string::npos);
    CHECK(csv.out.substr(csv.out.size() - 2) == "\r\n");
    CHECK(cli.run({ "--database", db, "export", "outcomes", "--patient", "1" }).exitCode == 2);
    CHECK(cli.run({ "--database", db, "export", "plans", "--patient", "1", "--csv" }).exitCode == 2);
}

TEST_CASE("advice and caseload tell the demo clinic's stories", "[cli][outcomes]")
{
    TempDir dir;
    CliRunner cli(dir);
    const auto db = demoClinicWithHistory(dir);

    const auto caseload = cli.run({ "--database", db, "caseload", "--json" });
    REQUIRE(caseload.exitCode == 0);
    const auto rows = caseload.json();
    CHECK(rows.size() == storage::demoPatients().size());

    const auto sofia = rowOf(rows, "Sofia");
    CHECK(sofia["advice"] == "flare");
    CHECK(flagCodes(sofia).count("flare_in_progress") == 1);

    const auto margaret = rowOf(rows, "Margaret");
    CHECK(margaret["change_class"] == "meaningful_improvement");
    CHECK(margaret["last_pain"]["value"].get<double>() <= 4.0);
    CHECK(margaret["change"]["summary"].get<std::string>().find("improvement") != std::string::npos);
    CHECK(flagCodes(margaret).empty());

    for (const char* name : { "Zoë", "Hannah" }) {
        INFO(name);
        const auto row = rowOf(rows, name);
        CHECK(row["change_class"] != "meaningful_improvement");
        CHECK(flagCodes(row).count("no_meaningful_improvement") == 1);
    }
    CHECK(flagCodes(rowOf(rows, "Brian")).count("reassessment_overdue") == 1);

    const auto sofiaId = std::to_string(sofia["patient_id"].get<std::int64_t>());
    const auto advice = cli.run({ "--database", db, "advice", "--patient", sofiaId, "--json" });
    REQUIRE(advice.exitCode == 0);
    const auto json = advice.json();
    CHECK(json["level"] == "flare");
    CHECK(json["action"] == "flare_plan");
    REQUIRE_FALSE(json["reasons"].empty());
    CHECK(json["reasons"][0]["rule"] == "flare_pain");
    CHECK(json["reasons"][0]["evidence"].size() >= 2);
    CHECK_FALSE(json["why"].get<std::string>().empty());

    const auto hannahId = std::to_string(rowOf(rows, "Hannah")["patient_id"].get<std::int64_t>());
    CHECK(cli.run({ "--database", db, "advice", "--patient", hannahId, "--json" }).json()["level"] == "red");
    const auto text = cli.run({ "--database", db, "advice", "--patient", sofiaId });
    CHECK(text.out.find("flare") != std::string::npos);
    CHECK(cli.run({ "--database", db, "advice", "--patient", "999" }).exitCode == 3);
    CHECK(cli.run({ "--database", db, "advice" }).exitCode == 2);
    CHECK(cli.run({ "--database", db, "caseload" }).out.find("Sofia Rossi") != std::string::npos);
}
