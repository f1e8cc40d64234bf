// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace paceplan;
using test::CliRunner;
using test::TempDir;

namespace {
const std::string kPlanFile = std::string(PACEPLAN_TEST_DATA_DIR) + "/plans/walking-and-strength.json";
}

TEST_CASE("plan check reads a plan file without a database and prints schedule and checks", "[cli][plan]")
{
    TempDir dir;
    CliRunner cli(dir);
    const auto run = cli.run({ "plan", "check", kPlanFile, "--json" });
    REQUIRE(run.exitCode == 0);
    const auto report = run.json();
    REQUIRE(report["weeks"].size() == 8);
    const auto& week1 = report["weeks"][0];
    CHECK(week1["week"] == 1);
    CHECK(week1["aerobic_minutes"] == 20);
    CHECK(week1["strength_days"] == 1);
    const auto& monday = week1["sessions"][0];
    CHECK(monday["date"] == "2026-11-23");
    CHECK(monday["items"][0]["exercise_id"] == "walking-flat");
    CHECK(monday["items"][0]["duration_seconds"] == 600);
    bool whoInfo = false;
    for (const auto& check : report["checks"]) {
        CHECK(check.contains("code"));
        CHECK(check.contains("severity"));
        CHECK(check.contains("message"));
        whoInfo |= check["code"] == "below-who-aerobic";
    }
    CHECK(whoInfo);
    // The graded quota grows week by week.
    CHECK(report["weeks"][7]["aerobic_minutes"].get<int>() > 20);
    CHECK_FALSE(std::filesystem::exists(dir.file("xdg"))); // no database was made
}

TEST_CASE("plan check refuses a broken file with the JSON path", "[cli][plan]")
{
    TempDir dir;
    CliRunner cli(dir);
    test::writeFile(dir.file("bad.json"), R"({"format": "paceplan.plan", "format_version": 1, "kind": "plan",
        "plan": {"patient_id": 1, "title": "x", "length_weeks": 99, "days": []}})");
    const auto bad = cli.run({ "plan", "check", dir.file("bad.json") });
    CHECK(bad.exitCode == 4);
    CHECK(bad.err.find("bad.json") != std::string::npos);
    test::writeFile(dir.file("notjson.json"), "{not json");
    CHECK(cli.run({ "plan", "check", dir.file("notjson.json") }).exitCode == 4);
    CHECK(cli.run({ "plan", "check", dir.file("missing.json") }).exitCode == 7);
    CHECK(cli.run({ "plan", "check" }).exitCode == 2);
}

TEST_CASE("Plans are imported, listed, shown and exported through the CLI", "[cli][plan]")
{
    TempDir dir;
    CliRunner cli(dir);
    const auto db = dir.file("clinic.db");
    REQUIRE(cli.run({ "--database", db, "demo" }).exitCode == 0);

    const auto imported = cli.run({ "--database", db, "--json", "plan", "import", kPlanFile, "--patient", "2" });
    REQUIRE(imported.exitCode == 0);
    const auto planId = std::to_string(imported.json()["plan_id"].get<int>());

    const auto list = cli.run({ "--database", db, "plan", "list", "--patient", "2", "--json" });
    REQUIRE(list.exitCode == 0);
    bool found = false;
    for (const auto& plan : list.json())
        found |= std::to_string(plan["plan_id"].get<int>()) == planId && plan["latest"]["state"] == "draft";
    CHECK(found);

    const auto shown = cli.run({ "--database", db, "plan", "show", planId, "--json" });
    REQUIRE(shown.exitCode == 0);
    const auto report = shown.json();
    CHECK(report["plan"]["title"] == "Back to walking");
    CHECK(report["weeks"].size() == 8);
    CHECK(report["weeks"][0]["sessions"][0]["items"][0]["exercise_id"] == "walking-flat");
    CHECK(report.contains("checks"));
    CHECK(cli.run({ "--database", db, "plan", "show", planId, "--revision", "1" }).exitCode == 0);
    CHECK(cli.run({ "--database", db, "plan", "show", planId, "--revision", "9" }).exitCode == 3);
    CHECK(cli.run({ "--database", db, "plan", "show", "999" }).exitCode == 3);

    const auto exported = dir.file("exported.json");
    REQUIRE(cli.run({ "--database", db, "plan", "export", planId, "--to", exported }).exitCode == 0);
    const auto again = cli.run({ "plan", "check", exported, "--json" });
    REQUIRE(again.exitCode == 0);
    CHECK(again.json()["weeks"] == report["weeks"]);

    CHECK(cli.run({ "--database", db, "plan", "import", kPlanFile, "--patient", "999" }).exitCode == 3);
    CHECK(cli.run({ "--database", db, "plan", "import", kPlanFile }).exitCode == 2);
}

TEST_CASE("The library is listed, shown and exported, and clinic exercises are added and imported", "[cli][library]")
{
    TempDir dir;
    CliRunner cli(dir);
    const auto db = dir.file("clinic.db");
    REQUIRE(cli.run({ "--database", db, "init" }).exitCode == 0);

    const auto all = cli.run({ "--database", db, "library", "list", "--json" });
    REQUIRE(all.exitCode == 0);
    CHECK(all.json().size() >= 120);
    const auto glutes
        = cli.run({ "--database", db, "library", "list", "--category", "strength", "--region", "glutes", "--json" });
    REQUIRE(glutes.exitCode == 0);
    for (const auto& exercise : glutes.json()) {
        CHECK(exercise["category"] == "strength");
        CHECK(std::find(exercise["regions"].begin(), exercise["regions"].end(), "glutes") != exercise["regions"].end());
    }
    CHECK(cli.run({ "--database", db, "library", "list", "--category", "yoga" }).exitCode == 2);
    const auto shown = cli.run({ "--database", db, "library", "show", "sit-to-stand" });
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.find("Steps:") != std::string::npos);
    CHECK(cli.run({ "--database", db, "library", "show", "no-such" }).exitCode == 3);

    test::writeFile(dir.file("mine.json"),
        R"({"id": "anything", "name": "Garden step-ups", "summary": "Step up onto the garden step.",
        "category": "strength", "regions": ["thighs", "glutes"], "equipment": ["step"], "level": 2,
        "dose_kind": "repetitions", "start_dose": {"sets": 2, "repetitions": 8},
        "steps": ["Stand facing the step.", "Step up with one foot, then the other.", "Step down slowly."]})");
    const auto added = cli.run({ "--database", db, "--json", "exercise", "add", dir.file("mine.json") });
    REQUIRE(added.exitCode == 0);
    const std::string id = added.json()[0]["id"];
    CHECK(id.rfind("custom-", 0) == 0);
    CHECK(cli.run({ "--database", db, "library", "list", "--custom", "--json" }).json().size() == 1);

    test::writeFile(
        dir.file("two.json"), R"([{"id": "a", "name": "Good one", "summary": "Fine.", "category": "mobility",
        "regions": ["neck"], "level": 1, "dose_kind": "hold", "start_dose": {"sets": 1, "repetitions": 3, "hold_seconds": 10},
        "steps": ["Sit tall.", "Turn your head slowly.", "Hold, then come back."]},
        {"id": "b", "name": "", "summary": "No name.", "category": "mobility", "regions": ["neck"], "level": 1,
        "dose_kind": "hold", "start_dose": {"sets": 1, "repetitions": 3, "hold_seconds": 10}, "steps": ["One."]}])");
    const auto refused = cli.run({ "--database", db, "exercise", "import", dir.file("two.json") });
    CHECK(refused.exitCode == 4);
    CHECK(cli.run({ "--database", db, "library", "list", "--custom", "--json" }).json().size() == 1); // all or nothing

    const auto copy
        = cli.run({ "--database", db, "--json", "exercise", "duplicate", "bridge", "--name", "Bridge with pause" });
    REQUIRE(copy.exitCode == 0);
    CHECK(copy.json()["based_on_id"] == "bridge");
    CHECK(cli.run({ "--database", db, "exercise", "archive", id }).exitCode == 0);
    CHECK(cli.run({ "--database", db, "library", "list", "--custom", "--json" }).json().size() == 1);

    const auto exportFile = dir.file("library.json");
    REQUIRE(cli.run({ "--database", db, "library", "export", "--to", exportFile }).exitCode == 0);
    const auto exported = nlohmann::json::parse(test::readFile(exportFile));
    CHECK(exported["format"] == "paceplan-exercise-library");
    CHECK(exported["exercises"].size() == all.json().size() + 2);
    CHECK(cli.run({ "--database", db, "template", "list", "--json" }).exitCode == 0);
}

TEST_CASE("plan show --json works for every demo patient's plan", "[cli][plan]")
{
    TempDir dir;
    CliRunner cli(dir);
    const auto db = dir.file("clinic.db");
    REQUIRE(cli.run({ "--database", db, "demo" }).exitCode == 0);
    int shown = 0;
    for (const auto& patient : cli.run({ "--database", db, "patient", "list", "--json" }).json()) {
        const std::string id = std::to_string(patient["id"].get<int>());
        for (const auto& plan : cli.run({ "--database", db, "plan", "list", "--patient", id, "--json" }).json()) {
            const std::string planId = std::to_string(plan["plan_id"].get<int>());
            const auto report = cli.run({ "--database", db, "plan", "show", planId, "--json" });
            INFO("plan " << planId << ": " << report.err);
            REQUIRE(report.exitCode == 0);
            const auto json = report.json();
            CHECK(json["weeks"].size() == json["plan"]["length_weeks"].get<std::size_t>());
            CHECK(json["weeks"][0].contains("aerobic_minutes"));
            CHECK(json["weeks"][0].contains("strength_days"));
            CHECK(json["checks"].is_array());
            for (const auto& check : json["checks"]) {
                const std::string severity = check.at("severity").get<std::string>();
                CHECK(severity != "problem");
            }
            ++shown;
        }
    }
    CHECK(shown >= 13);
}

TEST_CASE("plan activate refuses a screening that blocks and activates a cleared one", "[cli][plan]")
{
    TempDir dir;
    CliRunner cli(dir);
    const std::string db = dir.file("clinic.db");
    REQUIRE(cli.run({ "--database", db, "init" }).exitCode == 0);
    REQUIRE(cli.run({ "--database", db, "patient", "add", "--given", "Ada", "--family", "Byron", "--dob", "1961-03-14",
                        "--condition", "chronic-low-back-pain" })
                .exitCode
        == 0);
    const auto created = cli.run(
        { "--database", db, "--json", "plan", "create", "--patient", "1", "--template", "chronic-low-back-pain" });
    REQUIRE(created.exitCode == 0);
    const std::string plan = std::to_string(created.json()["plan_id"].get<int>());

    const auto write = [&](const std::string& name, const nlohmann::json& screening) {
        const std::string path = dir.file(name);
        std::ofstream(path) << screening.dump();
        return path;
    };
    nlohmann::json parq = nlohmann::json::array();
    for (int question = 1; question <= 7; ++question)
        parq.push_back({ { "question", question }, { "answer", "no" }, { "resolution", "none" } });
    nlohmann::json clear
        = { { "screened_on", "2026-11-20" }, { "parq", parq }, { "red_flags", nlohmann::json::array() } };
    nlohmann::json unresolved = clear;
    unresolved["parq"][1]["answer"] = "yes";

    const auto refused = cli.run({ "--database", db, "plan", "activate", plan, "--revision", "1", "--screening",
        write("unresolved.json", unresolved) });
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.find("blocks activation") != std::string::npos);
    CHECK(cli.run({ "--database", db, "--json", "plan", "list", "--patient", "1" }).out.find("\"active\": null")
        != std::string::npos);

    const auto activated = cli.run({ "--database", db, "--json", "plan", "activate", plan, "--revision", "1",
        "--screening", write("clear.json", clear) });
    REQUIRE(activated.exitCode == 0);
    CHECK(activated.json()["state"] == "active");
    const auto again = cli.run(
        { "--database", db, "plan", "activate", plan, "--revision", "1", "--screening", write("again.json", clear) });
    CHECK(again.exitCode == 4);
}

TEST_CASE("plan activate warns on stderr about a heart-rate target for a patient on beta-blockers", "[cli][plan]")
{
    TempDir dir;
    CliRunner cli(dir);
    const std::string db = dir.file("clinic.db");
    REQUIRE(cli.run({ "--database", db, "init" }).exitCode == 0);
    REQUIRE(cli.run({ "--database", db, "patient", "add", "--given", "Ada", "--family", "Byron", "--dob", "1950-03-14",
                        "--resting-hr", "60", "--precaution", "beta-blockers" })
                .exitCode
        == 0);
    // The walking plan with its Monday walk set by heart rate instead of the talk test.
    std::string text = test::readFile(kPlanFile);
    const std::string talk = R"({"kind": "talk-test", "level": "can-talk"})";
    const auto at = text.find(talk);
    REQUIRE(at != std::string::npos);
    text.replace(at, talk.size(), R"({"kind": "heart-rate", "reserve_percent_low": 40, "reserve_percent_high": 59})");
    const std::string planFile = dir.file("heart-rate-plan.json");
    std::ofstream(planFile) << text;
    const auto imported = cli.run({ "--database", db, "--json", "plan", "import", planFile, "--patient", "1" });
    REQUIRE(imported.exitCode == 0);
    const std::string plan = std::to_string(imported.json()["plan_id"].get<int>());

    nlohmann::json parq = nlohmann::json::array();
    for (int question = 1; question <= 7; ++question)
        parq.push_back({ { "question", question }, { "answer", "no" }, { "resolution", "none" } });
    const std::string screening = dir.file("clear.json");
    std::ofstream(screening) << nlohmann::json {
        { "screened_on", "2026-11-20" }, { "parq", parq }, { "red_flags", nlohmann::json::array() }
    }.dump();

    const auto activated = cli.run(
        { "--database", db, "--json", "plan", "activate", plan, "--revision", "1", "--screening", screening });
    REQUIRE(activated.exitCode == 0); // a warning, not a block
    CHECK(activated.json()["state"] == "active"); // stdout stays plain JSON
    CHECK(activated.err.find("paceplan-cli: warning:") != std::string::npos);
    CHECK(activated.err.find("heart-rate target") != std::string::npos);
    CHECK(activated.err.find("never beats a minute") != std::string::npos);
}
