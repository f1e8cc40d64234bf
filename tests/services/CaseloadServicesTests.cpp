// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/ClinicFixtures.h"

#include "services/Caseload.h"
#include "services/Patients.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace paceplan;

namespace {

const core::Date kToday(2026, 11, 21);

core::Patient patientWith(core::PrimaryCondition condition)
{
    core::Patient patient;
    patient.id = core::PatientId(42);
    patient.givenName = "Ana";
    patient.familyName = "Silva";
    patient.condition = condition;
    return patient;
}

services::OutcomeEntry measure(const char* code, int daysAgo, core::Answers answers)
{
    services::OutcomeEntry entry;
    entry.patientId = core::PatientId(42);
    entry.instrumentCode = code;
    entry.date = kToday.addDays(-daysAgo);
    entry.answers = std::move(answers);
    return entry;
}

bool hasFlag(const services::CaseloadRow& row, core::CaseloadFlagCode code)
{
    return std::any_of(
        row.flags.begin(), row.flags.end(), [&](const core::CaseloadFlag& flag) { return flag.code == code; });
}

} // namespace

TEST_CASE("A patient without an active plan is still flagged", "[services][caseload]")
{
    services::PatientOutcomeData data;
    data.outcomes.push_back(measure("nprs", 70, { 7.0 }));
    data.outcomes.push_back(measure("nprs", 40, { 7.0 }));
    const auto row = services::buildCaseloadRow(patientWith(core::PrimaryCondition::Other), data, kToday);
    CHECK_FALSE(row.plan);
    CHECK_FALSE(row.adherence);
    // 40 days since the last measure: a reassessment is overdue; 10 weeks since the first without change.
    CHECK(hasFlag(row, core::CaseloadFlagCode::ReassessmentOverdue));
    CHECK(hasFlag(row, core::CaseloadFlagCode::NoMeaningfulImprovement));
    CHECK(row.changeClass == core::ChangeClass::NoChange);
}

TEST_CASE("The main outcome follows the patient's condition", "[services][caseload]")
{
    services::PatientOutcomeData data;
    data.outcomes.push_back(measure("nprs", 30, { 7.0 }));
    data.outcomes.push_back(measure("odi", 30, { 3, 3, 3, 3, 3, 3, 3, 3, 3, 3 }));
    data.outcomes.push_back(measure("nprs", 2, { 3.0 }));
    data.outcomes.push_back(measure("odi", 2, { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 }));
    const auto back = services::buildCaseloadRow(patientWith(core::PrimaryCondition::ChronicLowBackPain), data, kToday);
    REQUIRE(back.change);
    CHECK(back.change->instrumentCode == "odi");
    const auto other = services::buildCaseloadRow(patientWith(core::PrimaryCondition::Other), data, kToday);
    REQUIRE(other.change);
    CHECK(other.change->instrumentCode == "nprs");
    CHECK(other.changeClass == core::ChangeClass::MeaningfulImprovement);
}

TEST_CASE("The last pain is the newest NPRS or session diary rating", "[services][caseload]")
{
    services::PatientOutcomeData data;
    data.outcomes.push_back(measure("nprs", 5, { 6.0 }));
    core::SessionLog log;
    log.patientId = core::PatientId(42);
    log.date = kToday.addDays(-3);
    log.status = core::SessionStatus::Done;
    log.painBefore = 4;
    log.painNextMorning = 2;
    data.logs.push_back(log);
    auto row = services::buildCaseloadRow(patientWith(core::PrimaryCondition::Other), data, kToday);
    REQUIRE(row.lastPain);
    CHECK(row.lastPain->value == 2.0);
    CHECK(row.lastPain->date == kToday.addDays(-2));
    CHECK(row.lastPain->source == "session-log");

    data.outcomes.push_back(measure("nprs", 1, { 5.0 }));
    row = services::buildCaseloadRow(patientWith(core::PrimaryCondition::Other), data, kToday);
    REQUIRE(row.lastPain);
    CHECK(row.lastPain->value == 5.0);
    CHECK(row.lastPain->source == "nprs");
}

TEST_CASE("The demo caseload lists every active patient with the demo stories", "[services][caseload]")
{
    test::DemoClinicFixture demo;
    auto rows = services::caseloadRows(*demo.clinic);
    REQUIRE(rows);
    auto patients = services::listPatients(*demo.clinic, storage::PatientQuery {});
    REQUIRE(patients);
    REQUIRE(rows->size() == patients->size());
    for (std::size_t i = 0; i < rows->size(); ++i)
        CHECK((*rows)[i].patientId == (*patients)[i].id);
    CHECK(std::any_of(rows->begin(), rows->end(), [](const auto& row) { return row.plan.has_value(); }));
    CHECK(std::any_of(rows->begin(), rows->end(), [](const auto& row) { return row.change.has_value(); }));
    // Patients without an active plan are not silently left unflagged (the desk used to show them clean).
    CHECK(std::any_of(rows->begin(), rows->end(), [](const auto& row) { return !row.plan && !row.flags.empty(); }));
    for (const auto& row : *rows) {
        INFO("patient " << row.patientId.value());
        if (!row.plan && row.lastPain)
            CHECK_FALSE(row.flags.empty());
    }
    for (const auto& row : *rows) {
        auto single = services::caseloadRow(*demo.clinic, row.patientId);
        REQUIRE(single);
        CHECK(single->flags == row.flags);
        CHECK(single->changeClass == row.changeClass);
    }
}
