// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "storage/Connection.h"
#include "storage/DemoClinic.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

using namespace paceplan;
using test::CliRunner;
using test::TempDir;

TEST_CASE("demo then patient list --json lists the demo clinic in a healthy WAL database", "[cli]")
{
    TempDir dir;
    CliRunner cli(dir);
    const auto db = dir.file("demo.db");
    const auto demo = cli.run({ "--database", db, "demo" });
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.find("Added the demo clinic") != std::string::npos);

    const auto list = cli.run({ "--database", db, "patient", "list", "--json" });
    REQUIRE(list.exitCode == 0);
    const auto patients = list.json();
    REQUIRE(patients.is_array());
    CHECK(patients.size() == storage::demoPatients().size());
    std::set<std::string> conditions;
    for (const auto& patient : patients) {
        CHECK(patient["uuid"].get<std::string>().size() == 36);
        conditions.insert(patient["condition"].get<std::string>());
    }
    CHECK(conditions.size() == 7);

    storage::Connection check(db, storage::Connection::Mode::ReadOnly);
    CHECK(check.queryText("PRAGMA integrity_check") == "ok");
    CHECK(check.queryText("PRAGMA journal_mode") == "wal");
    CHECK(check.queryInt("PRAGMA user_version") > 0);

    const auto again = cli.run({ "--database", db, "demo", "--json" });
    CHECK(again.exitCode == 0);
    CHECK(again.json()["patients_added"] == 0);
}

TEST_CASE("A garbage file as --database gives a clear error, exit 5 and stays unchanged", "[cli]")
{
    TempDir dir;
    CliRunner cli(dir);
    const auto path = dir.file("garbage.db");
    const std::string content = "\x01\x02 not a database at all \xff\xfe";
    test::writeFile(path, content);
    for (const auto& command : std::vector<std::vector<std::string>> { { "--database", path, "patient", "list" },
             { "--database", path, "init" }, { "--database", path, "demo" }, { "--database", path, "db", "check" } }) {
        const auto run = cli.run(command);
        CHECK(run.exitCode == 5);
        CHECK(run.err.find("not a PacePlan database") != std::string::npos);
        CHECK(run.out.empty());
    }
    CHECK(test::readFile(path) == content);
    CHECK_FALSE(std::filesystem::exists(path + "-wal"));
}

TEST_CASE("Patients are added, shown, updated, archived and deleted from the CLI", "[cli]")
{
    TempDir dir;
    CliRunner cli(dir);
    const auto db = dir.file("clinic.db");
    REQUIRE(cli.run({ "--database", db, "init" }).exitCode == 0);

    const auto bad = cli.run({ "--database", db, "patient", "add", "--given", "Ada", "--family", "Lovelace", "--dob",
        "1965-12-10", "--resting-hr", "20" });
    CHECK(bad.exitCode == 4);
    CHECK(bad.err.find("between 30 and 150") != std::string::npos);
    const auto badDate
        = cli.run({ "--database", db, "patient", "add", "--given", "Ada", "--family", "L", "--dob", "10/12/1965" });
    CHECK(badDate.exitCode == 4);
    CHECK(badDate.err.find("--dob") != std::string::npos);
    const auto badCode = cli.run({ "--database", db, "patient", "add", "--given", "A", "--family", "L", "--dob",
        "1965-12-10", "--condition", "flu" });
    CHECK(badCode.exitCode == 4);
    CHECK(badCode.err.find("unknown condition") != std::string::npos);

    const auto added = cli.run({ "--database", db, "--json", "patient", "add", "--given", "Ada", "--family", "Lovelace",
        "--dob", "1965-12-10", "--condition", "hip-oa", "--precaution", "beta-blockers", "--precaution", "osteoporosis",
        "--resting-hr", "61", "--email", "ada@example.org" });
    REQUIRE(added.exitCode == 0);
    const auto patient = added.json();
    const auto id = std::to_string(patient["id"].get<int>());
    CHECK(patient["precautions"] == nlohmann::json::array({ "beta-blockers", "osteoporosis" }));

    const auto shown = cli.run({ "--database", db, "patient", "show", patient["uuid"].get<std::string>(), "--json" });
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.json()["family_name"] == "Lovelace");

    const auto updated
        = cli.run({ "--database", db, "patient", "update", id, "--family", "King", "--resting-hr", "none", "--json" });
    REQUIRE(updated.exitCode == 0);
    CHECK(updated.json()["family_name"] == "King");
    CHECK(updated.json()["resting_heart_rate"].is_null());
    CHECK(updated.json()["email"] == "ada@example.org");

    CHECK(cli.run({ "--database", db, "patient", "archive", id }).exitCode == 0);
    CHECK(cli.run({ "--database", db, "patient", "list", "--json" }).json().empty());
    CHECK(cli.run({ "--database", db, "patient", "list", "--archived", "--json" }).json().size() == 1);
    CHECK(cli.run({ "--database", db, "patient", "archive", id, "--undo" }).exitCode == 0);
    CHECK(cli.run({ "--database", db, "patient", "list", "--search", "KING", "--json" }).json().size() == 1);

    const auto unconfirmed = cli.run({ "--database", db, "patient", "delete", id });
    CHECK(unconfirmed.exitCode == 2);
    CHECK(unconfirmed.err.find("--yes") != std::string::npos);
    CHECK(cli.run({ "--database", db, "patient", "delete", id, "--yes" }).exitCode == 0);
    const auto gone = cli.run({ "--database", db, "patient", "show", id });
    CHECK(gone.exitCode == 3);
    CHECK(gone.err.find("no longer exists") != std::string::npos);
}

TEST_CASE("db check and db backup report through exit codes and JSON", "[cli]")
{
    TempDir dir;
    CliRunner cli(dir);
    const auto db = dir.file("clinic.db");
    REQUIRE(cli.run({ "--database", db, "demo" }).exitCode == 0);
    const auto quick = cli.run({ "--database", db, "db", "check", "--json" });
    REQUIRE(quick.exitCode == 0);
    CHECK(quick.json()["ok"] == true);
    CHECK(quick.json()["check"] == "quick");
    const auto full = cli.run({ "--database", db, "db", "check", "--full" });
    CHECK(full.exitCode == 0);
    CHECK(full.out.find("Full check passed") != std::string::npos);

    const auto copy = dir.file("copy.db");
    REQUIRE(cli.run({ "--database", db, "db", "backup", "--to", copy }).exitCode == 0);
    CHECK(cli.run({ "--database", copy, "patient", "list", "--json" }).json().size() == storage::demoPatients().size());
    const auto clash = cli.run({ "--database", db, "db", "backup", "--to", copy });
    CHECK(clash.exitCode == 4);
    CHECK(clash.err.find("exists already") != std::string::npos);
    CHECK(cli.run({ "--database", db, "db", "backup" }).exitCode == 2);
}

TEST_CASE("Usage errors and help", "[cli]")
{
    TempDir dir;
    CliRunner cli(dir);
    CHECK(cli.run({ "--help" }).exitCode == 0);
    CHECK(cli.run({ "--help" }).out.find("Usage: paceplan-cli") != std::string::npos);
    CHECK(cli.run({ "patient", "--help" }).out.find("patient COMMAND") != std::string::npos);
    CHECK(cli.run({ "db", "check", "--help" }).exitCode == 0);
    CHECK(cli.run({ "frobnicate" }).exitCode == 2);
    CHECK(cli.run({ "patient", "list", "--colour", "red" }).exitCode == 2);
    CHECK(cli.run({ "patient", "list", "--limit" }).exitCode == 2);
    CHECK(cli.run({ "--database", dir.file("nowhere/x.db"), "init" }).exitCode == 5);
    CHECK(cli.run({ "--database", dir.file("absent.db"), "patient", "list" }).exitCode == 5);
    CHECK_FALSE(std::filesystem::exists(dir.file("absent.db")));
    CHECK(cli.run({ "--version" }).out.find("paceplan-cli ") == 0);
}

TEST_CASE("Without --database the CLI uses the app's own database in the user's data folder", "[cli]")
{
    TempDir dir;
    CliRunner cli(dir);
    const auto init = cli.run({ "init", "--json" });
    REQUIRE(init.exitCode == 0);
    const std::string path = init.json()["database"];
    CHECK(path.find(dir.file("xdg")) == 0);
    CHECK(std::filesystem::exists(path));
}

TEST_CASE("A typical session's log holds no patient data", "[cli][privacy]")
{
    TempDir dir;
    CliRunner cli(dir);
    const auto db = dir.file("clinic.db");
    REQUIRE(cli.run({ "--verbose", "--database", db, "demo" }).exitCode == 0);
    REQUIRE(cli.run({ "--database", db, "patient", "list" }).exitCode == 0);
    REQUIRE(cli.run({ "--database", db, "patient", "show", "1" }).exitCode == 0);
    REQUIRE(cli.run({ "--database", db, "patient", "update", "2", "--notes", "Secret note" }).exitCode == 0);
    REQUIRE(cli.run({ "--database", db, "patient", "add", "--given", "Quentin", "--family", "Blackwood", "--dob",
                        "1977-07-07" })
                .exitCode
        == 0);
    REQUIRE(cli.run({ "--database", db, "patient", "delete", "3", "--yes" }).exitCode == 0);
    CHECK(cli.run({ "--database", db, "patient", "add", "--given", "Bad", "--family", "Rate", "--dob", "1977-07-07",
                      "--resting-hr", "300" })
              .exitCode
        == 4);
    REQUIRE(cli.run({ "--database", db, "db", "backup", "--to", dir.file("b.db") }).exitCode == 0);

    std::string log;
    for (const auto& entry : std::filesystem::directory_iterator(cli.logFolder()))
        log += test::readFile(entry.path().string());
    REQUIRE(log.find("demo clinic seeded") != std::string::npos); // the log is really written
    for (const auto& patient : storage::demoPatients()) {
        CHECK(log.find(patient.givenName) == std::string::npos);
        CHECK(log.find(patient.familyName) == std::string::npos);
        CHECK(log.find(patient.dateOfBirth.toIso()) == std::string::npos);
    }
    for (const char* secret : { "Quentin", "Blackwood", "1977-07-07", "Secret note" })
        CHECK(log.find(secret) == std::string::npos);
}
