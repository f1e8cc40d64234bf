// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/PainAdvisor.h"
#include "core/outcomes/InstrumentRegistry.h"
#include "core/outcomes/Scoring.h"
#include "storage/Connection.h"
#include "storage/DemoHistory.h"
#include "storage/OutcomeRepository.h"
#include "storage/PatientRepository.h"
#include "storage/SessionLogRepository.h"
#include "support/StorageFixtures.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace paceplan;
using namespace paceplan::core;

namespace {

Patient demoPatient(storage::Database& db, const std::string& given)
{
    storage::PatientQuery query;
    query.namePrefix = given;
    auto found = storage::PatientRepository(db).list(query);
    if (!found || found->empty())
        throw std::runtime_error("no demo patient " + given);
    return found->front();
}

TrafficLight adviceLevel(storage::Database& db, const std::string& given)
{
    const Date today = db.clock().today();
    auto logs = storage::SessionLogRepository(db).list(demoPatient(db, given).id, today.addDays(-90), today);
    auto advice = advisePainMonitoring(*logs, today);
    if (!advice)
        throw std::runtime_error("no advice");
    return advice->level;
}

} // namespace

TEST_CASE("answersNear finds answers whose score is close to the target for every scored instrument",
    "[storage][outcome][demo]")
{
    struct Case {
        const char* code;
        double target;
        double tolerance;
    };
    const std::vector<Case> cases = { { "nprs", 6, 0 }, { "odi", 44, 3 }, { "ndi", 18, 1 }, { "koos-12", 35, 5 },
        { "hoos-12", 55, 5 }, { "fiqr", 60, 3 }, { "tsk-11", 34, 1 }, { "phq-9", 14, 1 }, { "tug", 12.4, 0.05 },
        { "30s-cst", 9, 0 }, { "6mwt", 380, 0 }, { "psfs", 3, 0.5 }, { "who-5", 30, 5 } };
    for (const auto& c : cases) {
        INFO(c.code);
        const Instrument* instrument = InstrumentRegistry::standard().find(c.code);
        REQUIRE(instrument);
        const std::string text = storage::answersNear(*instrument, c.target);
        auto answers = storage::parseAnswerList(text);
        REQUIRE(answers);
        auto scored = scoreAnswers(*instrument, *answers);
        REQUIRE(scored);
        REQUIRE(scored->score);
        CHECK(std::abs(*scored->score - c.target) <= c.tolerance);
    }
}

TEST_CASE("The demo history tells its stories relative to today", "[storage][outcome][demo]")
{
    test::SeededClinicFixture fixture;
    auto& db = *fixture.db;
    auto added = storage::seedDemoHistory(db);
    REQUIRE(added);

    const auto outcomes = db.connection().queryInt("SELECT count(*) FROM outcome");
    const auto logs = db.connection().queryInt("SELECT count(*) FROM session_log");
    CHECK(outcomes > 100);
    CHECK(logs > 150);
    CHECK(db.connection().queryInt("SELECT count(DISTINCT patient_id) FROM outcome")
        == static_cast<std::int64_t>(storage::demoPatients().size()));
    CHECK(db.connection().queryText("SELECT max(taken_on) FROM outcome") <= "2026-11-21");
    CHECK(
        db.connection().queryText("SELECT min(taken_on) FROM outcome") == Date(2026, 11, 21).addDays(-16 * 7).toIso());
    CHECK(db.connection().queryText("SELECT max(date) FROM session_log") <= "2026-11-21");
    CHECK(db.connection().queryText("SELECT max(date) FROM session_log") >= "2026-11-19");
    CHECK(db.connection().queryInt("SELECT count(*) FROM outcome WHERE score IS NULL") == 0);

    // Responders improve, non-responders do not, one flare, one red week, one amber week.
    storage::OutcomeRepository repository(db);
    auto margaret = *repository.list(demoPatient(db, "Margaret").id, {}, {}, "nprs");
    REQUIRE(margaret.size() >= 6);
    CHECK(*margaret.front().result.score - *margaret.back().result.score >= 3.0);
    auto hannah = *repository.list(demoPatient(db, "Hannah").id, {}, {}, "nprs");
    CHECK(std::abs(*hannah.front().result.score - *hannah.back().result.score) <= 1.0);

    CHECK(adviceLevel(db, "Sofia") == TrafficLight::Flare);
    CHECK(adviceLevel(db, "Hannah") == TrafficLight::Red);
    CHECK(adviceLevel(db, "Zoë") == TrafficLight::Amber);
    CHECK(adviceLevel(db, "Margaret") == TrafficLight::Green);
    CHECK(db.connection().queryInt("SELECT count(*) FROM session_log s JOIN patient p ON p.id = s.patient_id "
                                   "WHERE p.given_name = 'Eleanor' AND s.status = 'skipped'")
        >= 5);

    // A second run adds nothing.
    auto again = storage::seedDemoHistory(db);
    REQUIRE(again);
    CHECK(*again == 0);
    CHECK(db.connection().queryInt("SELECT count(*) FROM outcome") == outcomes);
}

TEST_CASE("The demo stories hold whatever weekday today is", "[storage][outcome][demo]")
{
    for (int shift = 0; shift < 7; ++shift) {
        test::DatabaseFixture fixture;
        const Date today = Date(2026, 11, 23).addDays(shift);
        fixture.clock->set(std::chrono::sys_days(today.sysDays()) + std::chrono::hours(9));
        REQUIRE(storage::seedDemoClinic(*fixture.db));
        REQUIRE(storage::seedDemoHistory(*fixture.db));
        INFO(today.toIso());
        CHECK(adviceLevel(*fixture.db, "Sofia") == TrafficLight::Flare);
        CHECK(adviceLevel(*fixture.db, "Hannah") == TrafficLight::Red);
        CHECK(adviceLevel(*fixture.db, "Margaret") == TrafficLight::Green);
    }
}
