// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonitoringTestSupport.h"

#include "core/monitoring/Adherence.h"

#include <catch2/catch.hpp>

using namespace paceplan::core;
using namespace paceplan::core::monitoring_test;

namespace {

Date nov(unsigned day)
{
    return Date(2026, 11, day);
}

SessionLog logged(Date date, SessionStatus status)
{
    return LogBuilder(date, status);
}

} // namespace

TEST_CASE("Adherence counts each scheduled session once", "[core][monitoring][adherence]")
{
    struct Case {
        const char* name;
        std::vector<Date> scheduled;
        std::vector<SessionLog> logs;
        int done, partly, skipped, notLogged, unscheduled;
        std::optional<double> percent;
    };
    using S = SessionStatus;
    const std::vector<Case> cases {
        { "all done", { nov(2), nov(4), nov(6) },
            { logged(nov(2), S::Done), logged(nov(4), S::Done), logged(nov(6), S::Done) }, 3, 0, 0, 0, 0, 100.0 },
        { "partly counts half", { nov(2), nov(4) }, { logged(nov(2), S::Done), logged(nov(4), S::Partly) }, 1, 1, 0, 0,
            0, 75.0 },
        { "skipped counts nothing", { nov(2), nov(4) }, { logged(nov(2), S::Done), logged(nov(4), S::Skipped) }, 1, 0,
            1, 0, 0, 50.0 },
        { "a missing log is not logged", { nov(2), nov(4), nov(6), nov(8) }, { logged(nov(2), S::Done) }, 1, 0, 0, 3, 0,
            25.0 },
        { "a log marked not logged is not logged", { nov(2) }, { logged(nov(2), S::NotLogged) }, 0, 0, 0, 1, 0, 0.0 },
        { "a session on an unscheduled day does not count", { nov(2) },
            { logged(nov(2), S::Done), logged(nov(3), S::Done), logged(nov(5), S::Skipped) }, 1, 0, 0, 0, 1, 100.0 },
        { "two sessions on one day take the most complete logs", { nov(2), nov(2) },
            { logged(nov(2), S::Skipped), logged(nov(2), S::Done), logged(nov(2), S::Partly) }, 1, 1, 0, 0, 0, 75.0 },
        { "a third session on a day with two scheduled is extra", { nov(2), nov(2) },
            { logged(nov(2), S::Partly), logged(nov(2), S::Done), logged(nov(2), S::Done) }, 2, 0, 0, 0, 1, 100.0 },
        { "nothing scheduled", {}, { logged(nov(2), S::Done) }, 0, 0, 0, 0, 1, std::nullopt },
        { "dates outside the span are ignored", { Date(2026, 10, 31), nov(2), nov(15) },
            { logged(Date(2026, 10, 31), S::Done), logged(nov(15), S::Done), logged(nov(2), S::Skipped) }, 0, 0, 1, 0,
            0, 0.0 },
    };
    for (const auto& testCase : cases) {
        INFO(testCase.name);
        const auto counts = adherenceBetween(testCase.scheduled, testCase.logs, nov(1), nov(14));
        CHECK(counts.first == nov(1));
        CHECK(counts.last == nov(14));
        CHECK(counts.scheduled == testCase.done + testCase.partly + testCase.skipped + testCase.notLogged);
        CHECK(counts.done == testCase.done);
        CHECK(counts.partly == testCase.partly);
        CHECK(counts.skipped == testCase.skipped);
        CHECK(counts.notLogged == testCase.notLogged);
        CHECK(counts.unscheduledSessions == testCase.unscheduled);
        REQUIRE(counts.percent.has_value() == testCase.percent.has_value());
        if (testCase.percent)
            CHECK(*counts.percent == Approx(*testCase.percent));
    }
}

TEST_CASE("The weight of a partly done session can be changed", "[core][monitoring][adherence]")
{
    const std::vector<Date> scheduled { nov(2), nov(4) };
    const std::vector<SessionLog> logs { logged(nov(2), SessionStatus::Partly), logged(nov(4), SessionStatus::Partly) };
    CHECK(*adherenceBetween(scheduled, logs, nov(1), nov(7), { 1.0 }).percent == Approx(100.0));
    CHECK(*adherenceBetween(scheduled, logs, nov(1), nov(7), { 0.0 }).percent == Approx(0.0));
    CHECK(*adherenceBetween(scheduled, logs, nov(1), nov(7), { 2.0 }).percent == Approx(100.0)); // clamped to 1
}

TEST_CASE("Adherence over the last days ends today", "[core][monitoring][adherence]")
{
    const std::vector<Date> scheduled { nov(7), nov(8), nov(14), nov(21) };
    const std::vector<SessionLog> logs { logged(nov(7), SessionStatus::Done), logged(nov(8), SessionStatus::Done),
        logged(nov(21), SessionStatus::Done) };
    const auto last14 = adherenceOverLastDays(scheduled, logs, nov(21), 14); // 8-21 Nov
    CHECK(last14.first == nov(8));
    CHECK(last14.scheduled == 3);
    CHECK(last14.done == 2);
    CHECK(*last14.percent == Approx(200.0 / 3.0));
    CHECK(adherenceOverLastDays(scheduled, logs, nov(21), 15).scheduled == 4);
    CHECK_FALSE(adherenceOverLastDays(scheduled, logs, nov(21), 0).percent);
    CHECK_FALSE(adherenceBetween(scheduled, logs, nov(21), nov(7)).percent); // reversed span
}

TEST_CASE("Weekly adherence runs in plan weeks up to today", "[core][monitoring][adherence]")
{
    // Plan starts Wednesday 4 Nov; sessions Mon/Wed/Fri; week 2 has none scheduled (a planned rest week).
    const std::vector<Date> scheduled { nov(4), nov(6), nov(9), // week 1: 4-10 Nov
        nov(18), nov(20), nov(23), nov(25) }; // week 3: 18-24, week 4: 25 Nov-1 Dec
    const std::vector<SessionLog> logs { logged(nov(4), SessionStatus::Done), logged(nov(6), SessionStatus::Partly),
        logged(nov(9), SessionStatus::Skipped), logged(nov(18), SessionStatus::Done),
        logged(nov(20), SessionStatus::Done) };
    const auto weeks = weeklyAdherence(scheduled, logs, nov(4), nov(23));
    REQUIRE(weeks.size() == 3);
    CHECK(weeks[0].weekNumber == 1);
    CHECK(weeks[0].counts.first == nov(4));
    CHECK(weeks[0].counts.last == nov(10));
    CHECK(*weeks[0].counts.percent == Approx(50.0));
    CHECK(weeks[1].weekNumber == 2);
    CHECK(weeks[1].counts.scheduled == 0);
    CHECK_FALSE(weeks[1].counts.percent); // no scheduled session: no percentage, not 0 %
    CHECK(weeks[2].counts.first == nov(18));
    CHECK(weeks[2].counts.last == nov(23)); // cut at today
    CHECK(weeks[2].counts.scheduled == 3);
    CHECK(weeks[2].counts.notLogged == 1);
    CHECK(*weeks[2].counts.percent == Approx(200.0 / 3.0));

    CHECK(weeklyAdherence(scheduled, logs, nov(4), nov(4)).size() == 1);
    CHECK(weeklyAdherence(scheduled, logs, nov(4), nov(3)).empty());
    CHECK(weeklyAdherence(scheduled, logs, Date(), nov(3)).empty());
}
