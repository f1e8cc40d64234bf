// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"
#include "core/Date.h"
#include "core/Id.h"
#include "core/Result.h"

#include <catch2/catch.hpp>

using namespace paceplan::core;

TEST_CASE("Dates parse and print strict ISO-8601", "[core][date]")
{
    const auto date = Date::fromIso("2024-02-29");
    REQUIRE(date);
    CHECK(date->year() == 2024);
    CHECK(date->month() == 2);
    CHECK(date->day() == 29);
    CHECK(date->toIso() == "2024-02-29");

    CHECK_FALSE(Date::fromIso("2023-02-29")); // not a leap year
    CHECK_FALSE(Date::fromIso("2024-13-01"));
    CHECK_FALSE(Date::fromIso("2024-1-01"));
    CHECK_FALSE(Date::fromIso("24-01-01"));
    CHECK_FALSE(Date::fromIso("2024/01/01"));
    CHECK_FALSE(Date::fromIso(""));
    CHECK_FALSE(Date().isValid());
}

TEST_CASE("Date arithmetic and weekdays", "[core][date]")
{
    const Date monday(2026, 11, 16);
    CHECK(monday.weekdayIndex() == 0);
    CHECK(monday.addDays(6).weekdayIndex() == 6);
    CHECK(monday.addDays(16).toIso() == "2026-12-02");
    CHECK(monday.daysTo(Date(2026, 11, 23)) == 7);
    CHECK(Date(2026, 11, 23) > monday);
}

TEST_CASE("Age counts completed years", "[core][date]")
{
    const Date born(1960, 3, 15);
    CHECK(born.yearsUntil(Date(2026, 3, 14)) == 65);
    CHECK(born.yearsUntil(Date(2026, 3, 15)) == 66);
}

TEST_CASE("A fixed clock reports its time and formats it as UTC", "[core][clock]")
{
    FixedClock clock(Date(2026, 11, 21));
    CHECK(clock.today().toIso() == "2026-11-21");
    CHECK(clock.nowIso() == "2026-11-21T12:00:00Z");
    clock.advance(std::chrono::hours(13));
    CHECK(clock.today().toIso() == "2026-11-22");
}

TEST_CASE("Ids of different kinds are distinct types with an invalid default", "[core][id]")
{
    STATIC_REQUIRE_FALSE(std::is_convertible_v<PatientId, PlanId>);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<std::int64_t, PatientId>);
    CHECK_FALSE(PatientId().isValid());
    CHECK(PatientId(3).isValid());
    CHECK(PatientId(3) == PatientId(3));
    CHECK(PatientId(2) < PatientId(3));
}

TEST_CASE("Result carries a value or an error", "[core][result]")
{
    Result<int> good = 4;
    REQUIRE(good.ok());
    CHECK(*good == 4);
    Result<int> bad = makeError(ErrorCode::OutOfRange, "restingHeartRate", "200");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::OutOfRange);
    CHECK(bad.error().field == "restingHeartRate");
    CHECK(std::string(errorCodeName(ErrorCode::NotADatabase)) == "not_a_database");
    Status done;
    CHECK(done.ok());
}
