// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "core/monitoring/CaseloadFlags.h"
#include "core/monitoring/PainAdvice.h"
#include "services/Clinic.h"
#include "services/ClinicOutcomeStore.h"
#include "services/DemoSeeder.h"
#include "services/Patients.h"
#include "storage/PatientQuery.h"

#include <catch2/catch.hpp>

#include <map>
#include <memory>
#include <stdexcept>

using namespace paceplan;
using test::CliRunner;
using test::TempDir;

namespace {

/// The whole demo clinic (plans and history too) in a file of `dir`, seeded on the system clock because
/// paceplan-cli reads that clock: both faces then work out the caseload for the same today.
std::string seededDemoClinic(const TempDir& dir)
{
    services::OpenRequest request;
    request.path = dir.file("demo.db");
    request.create = true;
    request.user = "test-clinician";
    auto clinic = services::Clinic::open(std::move(request));
    if (!clinic || !services::seedDemoClinic(**clinic))
        throw std::runtime_error("cannot seed the demo clinic");
    return dir.file("demo.db");
}

std::unique_ptr<services::Clinic> openClinic(const std::string& path)
{
    services::OpenRequest request;
    request.path = path;
    auto clinic = services::Clinic::open(std::move(request));
    if (!clinic)
        throw std::runtime_error("cannot open the demo clinic");
    return std::move(clinic).value();
}

nlohmann::json orNull(const std::optional<double>& value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json textOrNull(const std::string& text)
{
    return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

} // namespace

TEST_CASE("The desk caseload and paceplan-cli caseload show the same rows and flags", "[cli][outcomes][services]")
{
    TempDir dir;
    CliRunner cli(dir);
    const auto path = seededDemoClinic(dir);
    const auto run = cli.run({ "--database", path, "caseload", "--json" });
    REQUIRE(run.exitCode == 0);
    const auto json = run.json();

    // The desk's path: the clinic outcome store the main window hands to the caseload view.
    auto clinic = openClinic(path);
    services::ClinicOutcomeStore store([&clinic] { return clinic.get(); });
    auto rows = store.caseload();
    REQUIRE(rows);
    REQUIRE(json.size() == rows->size());
    int flagged = 0;
    int withoutPlanFlagged = 0;
    for (std::size_t i = 0; i < rows->size(); ++i) {
        const auto& row = (*rows)[i];
        const auto& cliRow = json[i];
        INFO("row " << i << " patient " << row.patientId.value());
        CHECK(cliRow["patient_id"].get<std::int64_t>() == row.patientId.value());
        CHECK(cliRow["name"].get<std::string>() == row.fullName);
        CHECK(cliRow["change_class"].get<std::string>() == core::changeClassCode(row.changeClass));
        std::vector<std::string> desk;
        for (const auto& flag : row.flags)
            desk.push_back(core::caseloadFlagCode(flag.code));
        std::vector<std::string> printed;
        for (const auto& flag : cliRow["flags"])
            printed.push_back(flag["code"].get<std::string>());
        CHECK(printed == desk);
        REQUIRE(cliRow["last_pain"].is_null() == !row.lastPain);
        if (row.lastPain) {
            CHECK(cliRow["last_pain"]["value"].get<double>() == row.lastPain->value);
            CHECK(cliRow["last_pain"]["date"].get<std::string>() == row.lastPain->date.toIso());
            CHECK(cliRow["last_pain"]["source"].get<std::string>() == row.lastPain->source);
        }
        REQUIRE(cliRow["change"].is_null() == !row.change);
        if (row.change)
            CHECK(cliRow["change"]["summary"].get<std::string>() == row.change->summary);
        REQUIRE(cliRow["plan"].is_null() == !row.plan);
        if (row.plan) {
            CHECK(cliRow["plan"]["id"].get<std::int64_t>() == row.plan->id.value());
            CHECK(cliRow["plan"]["week"].get<int>() == row.plan->week);
        }
        REQUIRE(cliRow["adherence"].is_null() == !row.adherence);
        if (row.adherence)
            CHECK(cliRow["adherence"]["percent"] == orNull(row.adherencePercent()));
        CHECK(cliRow["advice"].get<std::string>()
            == (row.advice ? core::trafficLightCode(row.advice->level) : "not_enough_data"));
        flagged += row.flags.empty() ? 0 : 1;
        withoutPlanFlagged += !row.plan && !row.flags.empty() ? 1 : 0;
    }
    CHECK(flagged > 0);
    // The agreed rule: a patient without an active plan is flagged by both faces.
    CHECK(withoutPlanFlagged > 0);
}

TEST_CASE("Every stored outcome scores the same on the outcomes page and in outcome list", "[cli][outcomes][services]")
{
    TempDir dir;
    CliRunner cli(dir);
    const auto path = seededDemoClinic(dir);
    std::map<std::int64_t, nlohmann::json> listed;
    std::vector<core::PatientId> patients;
    {
        auto clinic = openClinic(path);
        auto all = services::listPatients(*clinic, storage::PatientQuery {});
        REQUIRE(all);
        for (const auto& patient : *all)
            patients.push_back(patient.id);
    }
    for (const auto& patient : patients) {
        const auto run = cli.run(
            { "--database", path, "outcome", "list", "--patient", std::to_string(patient.value()), "--json" });
        REQUIRE(run.exitCode == 0);
        for (const auto& item : run.json())
            listed[item["id"].get<std::int64_t>()] = item;
    }

    auto clinic = openClinic(path);
    services::ClinicOutcomeStore store([&clinic] { return clinic.get(); });
    std::size_t compared = 0;
    int normBanded = 0;
    for (const auto& patient : patients) {
        auto data = store.load(patient);
        REQUIRE(data);
        for (const auto& entry : data->outcomes) {
            INFO("outcome " << entry.id.value() << " " << entry.instrumentCode);
            const auto found = listed.find(entry.id.value());
            REQUIRE(found != listed.end());
            const auto& item = found->second;
            auto shown = services::scoreEntry(entry);
            REQUIRE(shown);
            CHECK(item["scorable"].get<bool>() == shown->scorable);
            CHECK(item["score"] == orNull(shown->score));
            CHECK(item["band"] == textOrNull(shown->band));
            CHECK(item["subscales"] == nlohmann::json(shown->subscales));
            ++compared;
            if (entry.instrumentCode == "30s-cst" && !shown->band.empty())
                ++normBanded;
        }
    }
    CHECK(compared == listed.size());
    CHECK(normBanded > 0);
}
