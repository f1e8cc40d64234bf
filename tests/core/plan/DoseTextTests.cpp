// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/DoseText.h"

#include <catch2/catch.hpp>

using namespace paceplan::core;

TEST_CASE("A count takes the singular only for one", "[core][plan][text]")
{
    CHECK(formatCount(1, "day", "days") == "1 day");
    CHECK(formatCount(3, "day", "days") == "3 days");
    CHECK(formatCount(0, "minute", "minutes") == "0 minutes");
    CHECK(formatCount(-1, "week", "weeks") == "-1 weeks");
}
