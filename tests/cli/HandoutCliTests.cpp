// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "core/text/Readability.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace paceplan;
using test::CliRunner;
using test::TempDir;

namespace {

std::string pdfText(const std::string& pdf, const TempDir& dir)
{
    const std::string out = dir.file("text.txt");
    if (std::system(("pdftotext '" + pdf + "' '" + out + "' 2>/dev/null").c_str()) != 0)
        return {};
    return test::readFile(out);
}

} // namespace

TEST_CASE("The CLI writes a readable handout PDF for every demo patient with a plan", "[cli][handout]")
{
    TempDir dir;
    CliRunner cli(dir);
    const auto db = dir.file("clinic.db");
    REQUIRE(cli.run({ "--database", db, "demo" }).exitCode == 0);
    const auto patients = cli.run({ "--database", db, "patient", "list", "--json" }).json();
    int written = 0;
    for (const auto& patient : patients) {
        const std::string id = std::to_string(patient["id"].get<int>());
        const auto plans = cli.run({ "--database", db, "plan", "list", "--patient", id, "--json" }).json();
        const auto pdf = dir.file("handout-" + id + ".pdf");
        const auto run = cli.run({ "--database", db, "handout", "--patient", id, "--out", pdf });
        if (plans.empty()) {
            CHECK(run.exitCode == 3);
            CHECK(run.err.find("no exercise plan") != std::string::npos);
            continue;
        }
        INFO("patient " << id << ": " << run.err);
        REQUIRE(run.exitCode == 0);
        const std::string text = pdfText(pdf, dir);
        CHECK(text.find(patient["given_name"].get<std::string>()) != std::string::npos);
        CHECK(text.find("Your week") != std::string::npos);
        CHECK(text.find("Page 1 of") != std::string::npos);
        CHECK(std::filesystem::file_size(pdf) < 2 * 1024 * 1024);
        // The patient-facing text stays plain (REFERENCE §7: grade 8 or lower).
        CHECK(core::analyzeReadability(text).fleschKincaidGrade <= 8.0);
        ++written;
    }
    CHECK(written >= 10);
}

TEST_CASE("Printing an active revision locks it, and options and errors are reported", "[cli][handout]")
{
    TempDir dir;
    CliRunner cli(dir);
    const auto db = dir.file("clinic.db");
    REQUIRE(cli.run({ "--database", db, "demo" }).exitCode == 0);
    const auto plans = cli.run({ "--database", db, "plan", "list", "--patient", "1", "--json" }).json();
    REQUIRE_FALSE(plans.empty());
    const std::string planId = std::to_string(plans[0]["plan_id"].get<int>());

    const auto pdf = dir.file("large.pdf");
    const auto run = cli.run({ "--database", db, "--json", "handout", "--patient", "1", "--plan", planId, "--weeks",
        "next:2", "--large-print", "--paper", "letter", "--out", pdf });
    REQUIRE(run.exitCode == 0);
    CHECK(run.json()["draft"] == false);
    const auto after = cli.run({ "--database", db, "plan", "list", "--patient", "1", "--json" }).json();
    CHECK(after[0]["active"]["printed"] == true);
    CHECK(after[0]["active"]["locked"] == true);

    CHECK(cli.run({ "--database", db, "handout", "--patient", "1", "--weeks", "soon", "--out", pdf }).exitCode == 2);
    CHECK(cli.run({ "--database", db, "handout", "--patient", "1", "--paper", "a3", "--out", pdf }).exitCode == 2);
    CHECK(cli.run({ "--database", db, "handout", "--patient", "1" }).exitCode == 2);
    CHECK(cli.run({ "--database", db, "handout", "--patient", "999", "--out", pdf }).exitCode == 3);
    CHECK(
        cli.run({ "--database", db, "handout", "--patient", "1", "--out", dir.file("no/such/dir.pdf") }).exitCode == 7);
}
