// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonitoringTestSupport.h"

#include "core/monitoring/SessionLogValidation.h"

#include <catch2/catch.hpp>

#include <functional>
#include <string>

using namespace paceplan::core;
using namespace paceplan::core::monitoring_test;

namespace {

const Date kToday(2026, 11, 21);

SessionLog validLog()
{
    SessionLog log = LogBuilder(Date(2026, 11, 20)).before(3).during(4).after(4).morning(3);
    log.uuid = "3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b";
    log.effort = 5;
    log.minutes = 25;
    log.notes = "Walked by the river; knee fine.";
    return log;
}

} // namespace

TEST_CASE("A complete session log is valid", "[core][monitoring][session-log]")
{
    CHECK(validateSessionLog(validLog(), kToday).empty());

    auto today = validLog();
    today.date = kToday;
    today.painNextMorning.reset();
    CHECK(validateSessionLog(today, kToday).empty());

    auto minimal = validLog();
    minimal.uuid.clear(); // storage assigns one
    minimal.painBefore = minimal.painDuring = minimal.painAfter = minimal.painNextMorning = std::nullopt;
    minimal.effort = minimal.minutes = std::nullopt;
    minimal.notes.clear();
    CHECK(validateSessionLog(minimal, kToday).empty());
}

TEST_CASE("Session log validation names the field and the problem", "[core][monitoring][session-log]")
{
    namespace f = session_log_field;
    struct Case {
        const char* name;
        std::function<void(SessionLog&)> change;
        const char* field;
        ErrorCode code;
    };
    const std::vector<Case> cases {
        { "pain before below 0", [](SessionLog& l) { l.painBefore = -1; }, f::kPainBefore, ErrorCode::OutOfRange },
        { "pain during above 10", [](SessionLog& l) { l.painDuring = 11; }, f::kPainDuring, ErrorCode::OutOfRange },
        { "pain after above 10", [](SessionLog& l) { l.painAfter = 11; }, f::kPainAfter, ErrorCode::OutOfRange },
        { "next-morning pain above 10", [](SessionLog& l) { l.painNextMorning = 12; }, f::kPainNextMorning,
            ErrorCode::OutOfRange },
        { "effort above 10", [](SessionLog& l) { l.effort = 11; }, f::kEffort, ErrorCode::OutOfRange },
        { "effort below 0", [](SessionLog& l) { l.effort = -1; }, f::kEffort, ErrorCode::OutOfRange },
        { "minutes below 0", [](SessionLog& l) { l.minutes = -1; }, f::kMinutes, ErrorCode::OutOfRange },
        { "minutes above 600", [](SessionLog& l) { l.minutes = 601; }, f::kMinutes, ErrorCode::OutOfRange },
        { "date missing", [](SessionLog& l) { l.date = Date(); }, f::kDate, ErrorCode::Required },
        { "date tomorrow", [](SessionLog& l) { l.date = kToday.addDays(1); }, f::kDate, ErrorCode::OutOfRange },
        { "no plan", [](SessionLog& l) { l.planId = PlanId(); }, f::kPlanId, ErrorCode::Required },
        { "no patient", [](SessionLog& l) { l.patientId = PatientId(); }, f::kPatientId, ErrorCode::Required },
        { "revision 0", [](SessionLog& l) { l.revisionNumber = 0; }, f::kRevisionNumber, ErrorCode::OutOfRange },
        { "uuid malformed", [](SessionLog& l) { l.uuid = "3f2b8c1e9a4d4e5f8b6a1c2d3e4f5a6b"; }, f::kUuid,
            ErrorCode::InvalidFormat },
        { "uuid with a non-hex letter", [](SessionLog& l) { l.uuid = "3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6g"; },
            f::kUuid, ErrorCode::InvalidFormat },
        { "notes too long", [](SessionLog& l) { l.notes = std::string(kMaxSessionNotesLength + 1, 'a'); }, f::kNotes,
            ErrorCode::TooLong },
        { "notes not UTF-8", [](SessionLog& l) { l.notes = "caf\xe9"; }, f::kNotes, ErrorCode::InvalidFormat },
        { "not logged but rated", [](SessionLog& l) { l.status = SessionStatus::NotLogged; }, f::kStatus,
            ErrorCode::Inconsistent },
        { "skipped with pain during",
            [](SessionLog& l) {
                l.status = SessionStatus::Skipped;
                l.painAfter = l.effort = l.minutes = std::nullopt;
            },
            f::kPainDuring, ErrorCode::Inconsistent },
        { "skipped with minutes",
            [](SessionLog& l) {
                l.status = SessionStatus::Skipped;
                l.painDuring = l.painAfter = l.effort = std::nullopt;
            },
            f::kMinutes, ErrorCode::Inconsistent },
        { "next-morning pain for a session today", [](SessionLog& l) { l.date = kToday; }, f::kPainNextMorning,
            ErrorCode::Inconsistent },
    };
    for (const auto& testCase : cases) {
        INFO(testCase.name);
        auto log = validLog();
        testCase.change(log);
        const auto errors = validateSessionLog(log, kToday);
        REQUIRE(errors.size() == 1);
        CHECK(errors.front().field == testCase.field);
        CHECK(errors.front().code == testCase.code);
    }
}

TEST_CASE("Session log ranges accept their edges", "[core][monitoring][session-log]")
{
    for (const int value : { 0, 10 }) {
        auto log = validLog();
        log.painBefore = log.painDuring = log.painAfter = log.painNextMorning = log.effort = value;
        CHECK(validateSessionLog(log, kToday).empty());
    }
    for (const int minutes : { 0, 600 }) {
        auto log = validLog();
        log.minutes = minutes;
        CHECK(validateSessionLog(log, kToday).empty());
    }
    auto log = validLog();
    log.notes = std::string(kMaxSessionNotesLength, 'a');
    CHECK(validateSessionLog(log, kToday).empty());
}

TEST_CASE("A skipped day may keep its before and next-morning pain", "[core][monitoring][session-log]")
{
    SessionLog log = LogBuilder(Date(2026, 11, 19), SessionStatus::Skipped).before(6).morning(6);
    log.minutes = 0;
    log.notes = "Too sore to walk.";
    CHECK(validateSessionLog(log, kToday).empty());
}

TEST_CASE("An out-of-range rating gives one error, not also an inconsistency", "[core][monitoring][session-log]")
{
    SessionLog log = LogBuilder(Date(2026, 11, 19), SessionStatus::Skipped).during(12);
    const auto errors = validateSessionLog(log, kToday);
    REQUIRE(errors.size() == 1);
    CHECK(errors.front().code == ErrorCode::OutOfRange);
}

TEST_CASE("Session log enums have stable codes", "[core][monitoring][session-log]")
{
    CHECK(std::string(sessionStatusCode(SessionStatus::Done)) == "done");
    CHECK(std::string(sessionStatusCode(SessionStatus::Partly)) == "partly");
    CHECK(std::string(sessionStatusCode(SessionStatus::Skipped)) == "skipped");
    CHECK(std::string(sessionStatusCode(SessionStatus::NotLogged)) == "not_logged");
    CHECK(std::string(painMomentCode(PainMoment::NextMorning)) == "next_morning");
    for (const auto status : allSessionStatuses())
        CHECK(sessionStatusFromCode(sessionStatusCode(status)) == status);
    for (const auto moment : allPainMoments()) {
        CHECK(painMomentFromCode(painMomentCode(moment)) == moment);
        CHECK(std::string(painFieldName(moment)).rfind("pain", 0) == 0);
    }
    CHECK_FALSE(sessionStatusFromCode("Done"));
    CHECK_FALSE(painMomentFromCode(""));
    CHECK(allSessionStatuses().size() == 4);
}

TEST_CASE("Canonical UUIDs are recognised", "[core][monitoring][session-log]")
{
    CHECK(isCanonicalUuid("3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b"));
    CHECK(isCanonicalUuid("3F2B8C1E-9A4D-4E5F-8B6A-1C2D3E4F5A6B"));
    CHECK_FALSE(isCanonicalUuid(""));
    CHECK_FALSE(isCanonicalUuid("3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6"));
    CHECK_FALSE(isCanonicalUuid("3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6bb"));
    CHECK_FALSE(isCanonicalUuid("3f2b8c1e-9a4d-4e5f+8b6a-1c2d3e4f5a6b"));
}
