// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RangeCheck.h"

#include <catch2/catch.hpp>

using namespace paceplan::core;

TEST_CASE("A range check accepts both bounds and names the field outside them", "[core][result]")
{
    std::vector<Error> errors;
    checkInRange(errors, 0, 0, 10, "pain");
    checkInRange(errors, 10, 0, 10, "pain");
    CHECK(errors.empty());

    checkInRange(errors, 12, 0, 10, "pain");
    checkInRange(errors, -1, 1, 7, "days");
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].code == ErrorCode::OutOfRange);
    CHECK(errors[0].field == "pain");
    CHECK(errors[0].detail == "12 not in 0-10");
    CHECK(errors[1].field == "days");
    CHECK(errors[1].detail == "-1 not in 1-7");
}
