// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../GuiTestSupport.h"

#include "gui/ClinicSession.h"
#include "services/ClinicOutcomeStore.h"
#include "services/DemoSeeder.h"
#include "services/Trends.h"

#include <algorithm>

using namespace paceplan;

TEST_CASE("The clinic outcome store reads the demo clinic and round-trips an outcome", "[gui][outcomes]")
{
    test::DatabaseFixture clinic;
    gui::ClinicSession session;
    session.adopt(services::Clinic::adopt(std::move(clinic.db)));
    REQUIRE(services::seedDemoClinic(*session.clinic()));
    services::ClinicOutcomeStore store([&session] { return session.clinic(); });

    auto rows = store.caseload();
    REQUIRE(rows);
    REQUIRE_FALSE(rows->empty());
    // The demo history tells a story: someone has a pain change and someone has a flag.
    CHECK(std::any_of(
        rows->begin(), rows->end(), [](const services::CaseloadRow& row) { return row.change.has_value(); }));
    CHECK(std::any_of(rows->begin(), rows->end(), [](const services::CaseloadRow& row) { return !row.flags.empty(); }));

    const core::PatientId patient = rows->front().patientId;
    auto before = store.load(patient);
    REQUIRE(before);
    services::OutcomeEntry entry;
    entry.patientId = patient;
    entry.instrumentCode = "odi";
    entry.date = session.today();
    entry.answers = core::Answers { 1, 2, 1, std::nullopt, 1, 1, 1, 1, 1, 1 };
    entry.notes = "Typed in the test";
    auto saved = store.saveOutcome(entry);
    REQUIRE(saved);
    CHECK(saved->id.value() != 0);
    CHECK(saved->answers == entry.answers);

    saved->notes = "Changed";
    auto updated = store.saveOutcome(*saved);
    REQUIRE(updated);
    auto after = store.load(patient);
    REQUIRE(after);
    CHECK(after->outcomes.size() == before->outcomes.size() + 1);
    CHECK(after->outcomes.back().notes == "Changed");

    REQUIRE(store.removeOutcome(saved->id));
    auto removed = store.load(patient);
    REQUIRE(removed);
    CHECK(removed->outcomes.size() == before->outcomes.size());
}
