// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/ClinicFixtures.h"

#include "services/Caseload.h"
#include "services/ClinicOutcomeStore.h"
#include "services/Outcomes.h"
#include "services/Patients.h"
#include "storage/PatientQuery.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace paceplan;

namespace {

std::vector<core::Patient> activePatients(services::Clinic& clinic)
{
    auto patients = services::listPatients(clinic, storage::PatientQuery {});
    REQUIRE(patients);
    return std::move(patients).value();
}

} // namespace

TEST_CASE("Every demo outcome scores the same on the outcomes page as in storage", "[services][outcomes]")
{
    test::DemoClinicFixture demo;
    int compared = 0;
    int ageBanded = 0;
    for (const auto& patient : activePatients(*demo.clinic)) {
        auto data = services::patientOutcomeData(*demo.clinic, patient.id);
        REQUIRE(data);
        auto records = services::listOutcomes(*demo.clinic, patient.id);
        REQUIRE(records);
        REQUIRE(data->outcomes.size() == records->size());
        for (std::size_t i = 0; i < records->size(); ++i) {
            const auto& record = (*records)[i];
            const auto& entry = data->outcomes[i];
            INFO("outcome " << record.id.value() << " " << record.instrumentCode);
            REQUIRE(entry.id == record.id);
            auto shown = services::scoreEntry(entry);
            REQUIRE(shown);
            CHECK(shown->scorable == record.result.scorable);
            CHECK(shown->score == record.result.score);
            CHECK(shown->band == record.result.band);
            CHECK(shown->subscales == record.result.subscales);
            CHECK(shown->risk == record.result.risk);
            ++compared;
            if (record.instrumentCode == "30s-cst" && !record.result.band.empty()) {
                ++ageBanded;
                // Without the patient's age and sex (the old desk behaviour) the norm band is lost.
                services::OutcomeEntry anonymous = entry;
                anonymous.person = {};
                auto unbanded = services::scoreEntry(anonymous);
                REQUIRE(unbanded);
                CHECK(unbanded->band.empty());
            }
        }
    }
    CHECK(compared > 50);
    CHECK(ageBanded > 0);
}

TEST_CASE("The age on the day of the measure picks the norm band", "[services][outcomes]")
{
    services::ScoringPerson person { core::Date(1950, 6, 15), core::Sex::Female };
    const auto before = services::scoreContextFor(person, core::Date(2026, 6, 14));
    const auto after = services::scoreContextFor(person, core::Date(2026, 6, 15));
    CHECK(before.ageYears == 75);
    CHECK(after.ageYears == 76);
    CHECK(before.sex == core::Sex::Female);
    const auto unknown = services::scoreContextFor({}, core::Date(2026, 6, 15));
    CHECK_FALSE(unknown.ageYears);
    CHECK_FALSE(unknown.sex);
}

TEST_CASE("The clinic outcome store follows the clinic its provider gives", "[services][outcomes]")
{
    test::DemoClinicFixture demo;
    services::Clinic* open = nullptr;
    services::ClinicOutcomeStore store([&open] { return open; });
    // A patient old enough for the chair stand's age-banded norms (60 and over).
    core::PatientId patient;
    for (const auto& candidate : activePatients(*demo.clinic))
        if (candidate.dateOfBirth.yearsUntil(demo.clinic->today()) >= 65 && candidate.sex != core::Sex::Unknown)
            patient = candidate.id;
    REQUIRE(patient.isValid());
    CHECK_FALSE(store.load(patient));
    CHECK_FALSE(store.caseload());

    open = demo.clinic.get();
    auto before = store.load(patient);
    REQUIRE(before);
    services::OutcomeEntry entry;
    entry.patientId = patient;
    entry.instrumentCode = "30s-cst";
    entry.date = demo.clinic->today();
    entry.answers = { 9.0 };
    entry.person = before->person;
    auto saved = store.saveOutcome(entry);
    REQUIRE(saved);
    auto stored = services::outcome(*demo.clinic, saved->id);
    REQUIRE(stored);
    auto shown = services::scoreEntry(*saved);
    REQUIRE(shown);
    CHECK(shown->band == stored->result.band);
    CHECK_FALSE(stored->result.band.empty());

    REQUIRE(store.removeOutcome(saved->id));
    CHECK_FALSE(services::outcome(*demo.clinic, saved->id));
    auto after = store.load(patient);
    REQUIRE(after);
    CHECK(after->outcomes.size() == before->outcomes.size());
}

TEST_CASE("A session log without a plan joins the active plan once it has started", "[services][outcomes]")
{
    test::DemoClinicFixture demo;
    auto rows = services::caseloadRows(*demo.clinic);
    REQUIRE(rows);
    const auto withPlan = std::find_if(rows->begin(), rows->end(),
        [&](const services::CaseloadRow& row) { return row.plan && row.plan->start <= demo.clinic->today(); });
    REQUIRE(withPlan != rows->end());

    // Two days of the plan without a diary entry yet.
    auto existing = services::listSessionLogs(*demo.clinic, withPlan->patientId);
    REQUIRE(existing);
    std::vector<core::Date> free;
    for (core::Date day = demo.clinic->today(); free.size() < 2 && withPlan->plan->start <= day; day = day.addDays(-1))
        if (std::none_of(existing->begin(), existing->end(), [&](const auto& log) { return log.date == day; }))
            free.push_back(day);
    REQUIRE(free.size() == 2);

    core::SessionLog log;
    log.patientId = withPlan->patientId;
    log.date = free[0];
    log.status = core::SessionStatus::Done;
    log.painBefore = 3;
    auto joined = services::addSessionLog(*demo.clinic, log);
    REQUIRE(joined);
    CHECK(joined->planId == withPlan->plan->id);

    log.date = free[1];
    auto kept = services::addSessionLog(*demo.clinic, log, services::LogPlan::AsGiven);
    REQUIRE(kept);
    CHECK_FALSE(kept->planId.isValid());

    auto listed = services::listSessionLogs(*demo.clinic, withPlan->patientId);
    REQUIRE(listed);
    CHECK(listed->size() == existing->size() + 2);
}

TEST_CASE("Outcome CSV has the documented header and one row per measure", "[services][outcomes]")
{
    test::DemoClinicFixture demo;
    const core::PatientId patient = activePatients(*demo.clinic).front().id;
    auto csv = services::outcomesCsv(*demo.clinic, patient);
    REQUIRE(csv);
    auto records = services::listOutcomes(*demo.clinic, patient);
    REQUIRE(records);
    CHECK(csv->rfind("date,instrument,instrument_version,scoring_version,scorable,score,band,subscales,risk,"
                     "answers,entered_total,setup,notes\r\n",
              0)
        == 0);
    CHECK(static_cast<std::size_t>(std::count(csv->begin(), csv->end(), '\n')) >= records->size() + 1);
}
