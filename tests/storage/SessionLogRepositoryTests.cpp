// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/CaseloadMapping.h"
#include "storage/Connection.h"
#include "storage/PatientRepository.h"
#include "storage/PlanRepository.h"
#include "storage/SessionLogRepository.h"
#include "storage/Statement.h"
#include "support/LibraryFixtures.h"

#include <catch2/catch.hpp>

using namespace paceplan;
using namespace paceplan::core;

namespace {

PatientId addPatient(storage::Database& db, const char* given)
{
    Patient patient;
    patient.givenName = given;
    patient.familyName = "Example";
    patient.dateOfBirth = Date(1970, 1, 1);
    return storage::PatientRepository(db).create(patient)->id;
}

/// Walking on Mondays and bridges on Wednesdays, from Monday 2 November 2026 for 4 weeks.
Plan twoDayPlan()
{
    Plan plan;
    plan.title = "Two days a week";
    plan.startDate = Date(2026, 11, 2);
    plan.lengthWeeks = 4;
    plan.phases = { { 1, 4, "Getting going" } };
    PlanItem walk;
    walk.key = "walk";
    walk.exerciseId = "walking-flat";
    walk.dose.durationSeconds = 600;
    plan.days[0].type = DayType::Aerobic;
    plan.days[0].items.push_back(walk);
    PlanItem bridge;
    bridge.key = "bridge";
    bridge.exerciseId = "bridge";
    bridge.dose.sets = 2;
    bridge.dose.repetitions = 10;
    plan.days[2].type = DayType::Strength;
    plan.days[2].items.push_back(bridge);
    return plan;
}

struct LogFixture : test::LibraryFixture {
    LogFixture()
    {
        patientId = addPatient(*db, "Ada");
        storage::PlanRepository plans(*db, codec);
        plan = *plans.create(patientId, twoDayPlan());
    }

    SessionLog log(Date date, SessionStatus status = SessionStatus::Done) const
    {
        SessionLog out;
        out.patientId = patientId;
        out.planId = plan.id;
        out.date = date;
        out.status = status;
        return out;
    }

    std::int64_t count(const std::string& sql) { return db->connection().queryInt(sql); }

    std::int64_t audits(const std::string& action, const std::string& uuid)
    {
        storage::Statement read(db->connection(),
            "SELECT count(*) FROM audit_log WHERE action = ? AND record_uuid = ? AND table_name = 'session_log'");
        read.bind(1, action).bind(2, uuid);
        read.step();
        return read.int64(0);
    }

    PatientId patientId;
    Plan plan;
};

} // namespace

TEST_CASE("A session log round-trips with every rating and the plan revision filled in", "[storage][session-log]")
{
    LogFixture fixture;
    storage::SessionLogRepository logs(*fixture.db);
    auto input = fixture.log(Date(2026, 11, 16));
    input.painBefore = 4;
    input.painDuring = 3;
    input.painAfter = 2;
    input.painNextMorning = 4;
    input.effort = 6;
    input.minutes = 35;
    input.notes = "Walked the long way round, \"felt fine\".";
    auto added = logs.add(input);
    REQUIRE(added);
    CHECK(added->id.isValid());
    CHECK(added->uuid.size() == 36);
    CHECK(added->revisionNumber == 1);
    CHECK(fixture.audits("create", added->uuid) == 1);

    auto loaded = logs.get(added->id);
    REQUIRE(loaded);
    CHECK(*loaded == *added);
    CHECK(loaded->painNextMorning == 4);
    CHECK(loaded->notes == input.notes);

    auto partial = fixture.log(Date(2026, 11, 18), SessionStatus::Partly);
    partial.painDuring = 5;
    auto sparse = logs.add(partial);
    REQUIRE(sparse);
    auto reread = logs.get(sparse->id);
    CHECK_FALSE(reread->painBefore);
    CHECK_FALSE(reread->painNextMorning);
    CHECK_FALSE(reread->minutes);
    CHECK(reread->painDuring == 5);
}

TEST_CASE(
    "A log without a plan is stored for the advice, and a plan must be the patient's own", "[storage][session-log]")
{
    LogFixture fixture;
    storage::SessionLogRepository logs(*fixture.db);
    auto free = fixture.log(Date(2026, 10, 20));
    free.planId = PlanId();
    free.painBefore = 5;
    auto added = logs.add(free);
    REQUIRE(added);
    CHECK_FALSE(added->planId.isValid());
    CHECK(added->revisionNumber == 0);
    CHECK(fixture.count("SELECT count(*) FROM session_log WHERE plan_id IS NULL") == 1);
    CHECK(logs.add(free).error().code == ErrorCode::Conflict); // one plan-less log per day too

    const PatientId other = addPatient(*fixture.db, "Bea");
    auto foreign = fixture.log(Date(2026, 11, 16));
    foreign.patientId = other;
    auto refused = logs.add(foreign);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Inconsistent);
    CHECK(refused.error().field == "planId");

    auto missingPlan = fixture.log(Date(2026, 11, 16));
    missingPlan.planId = PlanId(999);
    CHECK(logs.add(missingPlan).error().code == ErrorCode::NotFound);
    auto missingRevision = fixture.log(Date(2026, 11, 16));
    missingRevision.revisionNumber = 7;
    CHECK(logs.add(missingRevision).error().field == "revisionNumber");
}

TEST_CASE("Invalid session logs are refused by core validation and nothing is written", "[storage][session-log]")
{
    LogFixture fixture;
    storage::SessionLogRepository logs(*fixture.db);
    struct Case {
        const char* name;
        SessionLog log;
        ErrorCode code;
        std::string field;
    };
    auto high = fixture.log(Date(2026, 11, 16));
    high.painDuring = 11;
    auto future = fixture.log(Date(2026, 11, 23));
    auto skippedWithPain = fixture.log(Date(2026, 11, 16), SessionStatus::Skipped);
    skippedWithPain.painDuring = 3;
    auto tomorrowMorning = fixture.log(Date(2026, 11, 21));
    tomorrowMorning.painNextMorning = 3;
    auto tooLong = fixture.log(Date(2026, 11, 16));
    tooLong.minutes = 601;
    auto noPatient = fixture.log(Date(2026, 11, 16));
    noPatient.patientId = PatientId(999);
    auto badUuid = fixture.log(Date(2026, 11, 16));
    badUuid.uuid = "not-a-uuid";
    const std::vector<Case> cases = {
        { "pain above 10", high, ErrorCode::OutOfRange, "painDuring" },
        { "future date", future, ErrorCode::OutOfRange, "date" },
        { "skipped session with exercise pain", skippedWithPain, ErrorCode::Inconsistent, "painDuring" },
        { "next morning not reached", tomorrowMorning, ErrorCode::Inconsistent, "painNextMorning" },
        { "too many minutes", tooLong, ErrorCode::OutOfRange, "minutes" },
        { "unknown patient", noPatient, ErrorCode::NotFound, "patientId" },
        { "malformed uuid", badUuid, ErrorCode::InvalidFormat, "uuid" },
    };
    for (const auto& c : cases) {
        INFO(c.name);
        auto added = logs.add(c.log);
        REQUIRE_FALSE(added);
        CHECK(added.error().code == c.code);
        CHECK(added.error().field == c.field);
    }
    CHECK(fixture.count("SELECT count(*) FROM session_log") == 0);
    CHECK(fixture.count("SELECT count(*) FROM audit_log WHERE table_name = 'session_log'") == 0);
}

TEST_CASE("One log per plan and day, and updates keep the day and are audited", "[storage][session-log]")
{
    LogFixture fixture;
    storage::SessionLogRepository logs(*fixture.db);
    auto first = *logs.add(fixture.log(Date(2026, 11, 9)));
    auto duplicate = logs.add(fixture.log(Date(2026, 11, 9), SessionStatus::Skipped));
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.error().code == ErrorCode::Conflict);
    CHECK(duplicate.error().field == "date");

    first.status = SessionStatus::Partly;
    first.painDuring = 4;
    first.date = Date(2026, 11, 10); // ignored: a log keeps its day
    auto updated = logs.update(first);
    REQUIRE(updated);
    CHECK(updated->date == Date(2026, 11, 9));
    CHECK(logs.get(first.id)->status == SessionStatus::Partly);
    CHECK(fixture.audits("update", first.uuid) == 1);

    first.status = SessionStatus::Skipped; // with pain during exercise left in: inconsistent
    CHECK(logs.update(first).error().code == ErrorCode::Inconsistent);
    CHECK(logs.get(first.id)->status == SessionStatus::Partly);

    REQUIRE(logs.remove(first.id));
    CHECK(fixture.audits("delete", first.uuid) == 1);
    CHECK(logs.get(first.id).error().code == ErrorCode::NotFound);
    CHECK(fixture.count("SELECT count(*) FROM audit_log WHERE table_name = 'session_log' AND detail <> ''") == 0);
}

TEST_CASE("Session logs list by date range and go with their patient and plan", "[storage][session-log]")
{
    LogFixture fixture;
    storage::SessionLogRepository logs(*fixture.db);
    for (const auto& day : { Date(2026, 11, 2), Date(2026, 11, 4), Date(2026, 11, 9), Date(2026, 11, 11) })
        REQUIRE(logs.add(fixture.log(day)));
    auto free = fixture.log(Date(2026, 10, 30));
    free.planId = PlanId();
    REQUIRE(logs.add(free));

    auto all = logs.list(fixture.patientId);
    REQUIRE(all->size() == 5);
    CHECK(all->front().date == Date(2026, 10, 30));
    CHECK(all->back().date == Date(2026, 11, 11));
    CHECK(logs.list(fixture.patientId, Date(2026, 11, 3), Date(2026, 11, 9))->size() == 2);
    CHECK(logs.listForPlan(fixture.plan.id)->size() == 4);

    REQUIRE(storage::PlanRepository(*fixture.db, fixture.codec).remove(fixture.plan.id));
    CHECK(fixture.count("SELECT count(*) FROM session_log") == 1);
    REQUIRE(storage::PatientRepository(*fixture.db).remove(fixture.patientId));
    CHECK(fixture.count("SELECT count(*) FROM session_log") == 0);
}

TEST_CASE("Scheduled session dates follow the plan's weekly days within its weeks", "[storage][session-log]")
{
    const Plan plan = twoDayPlan();
    const auto dates = scheduledSessionDates(plan, Date(2026, 10, 1), Date(2026, 11, 21));
    const std::vector<Date> expected = { Date(2026, 11, 2), Date(2026, 11, 4), Date(2026, 11, 9), Date(2026, 11, 11),
        Date(2026, 11, 16), Date(2026, 11, 18) };
    CHECK(dates == expected);
    CHECK(scheduledSessionDates(plan, Date(2026, 11, 20), Date(2027, 1, 31))
        == std::vector<Date> { Date(2026, 11, 23), Date(2026, 11, 25) }); // the plan ends on 29 November
    CHECK(scheduledSessionDates(plan, Date(2026, 11, 5), Date(2026, 11, 8)).empty());
    Plan undated = plan;
    undated.startDate = Date();
    CHECK(scheduledSessionDates(undated, Date(2026, 11, 1), Date(2026, 11, 30)).empty());
}

TEST_CASE("The caseload change class maps every change-engine classification", "[storage][session-log]")
{
    using CC = ChangeClassification;
    const std::vector<std::pair<CC, ChangeClass>> table = {
        { CC::SubstantialImprovement, ChangeClass::MeaningfulImprovement },
        { CC::MeaningfulImprovement, ChangeClass::MeaningfulImprovement },
        { CC::ImprovementBelowMcid, ChangeClass::ImprovementBelowMcid },
        { CC::ImprovementImportanceUnknown, ChangeClass::Unknown },
        { CC::NoChange, ChangeClass::NoChange },
        { CC::Worse, ChangeClass::Worse },
        { CC::WorseImportanceUnknown, ChangeClass::Unknown },
        { CC::NotInterpretable, ChangeClass::Unknown },
    };
    for (const auto& [from, to] : table) {
        INFO(changeClassificationCode(from));
        CHECK(caseloadChangeClass(from) == to);
    }
}
