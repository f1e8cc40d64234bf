// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/QtDate.h"

#include <catch2/catch.hpp>

using namespace paceplan;

TEST_CASE("Core dates convert to QDate and back", "[report][date]")
{
    const core::Date leapDay(2024, 2, 29);
    const QDate converted = report::toQDate(leapDay);
    CHECK(converted == QDate(2024, 2, 29));
    CHECK(report::fromQDate(converted) == leapDay);

    CHECK(report::fromQDate(QDate(1999, 12, 31)) == core::Date(1999, 12, 31));
    CHECK(report::toQDate(core::Date(2026, 1, 1)) == QDate(2026, 1, 1));
}

TEST_CASE("Invalid dates stay invalid in both directions", "[report][date]")
{
    CHECK_FALSE(report::toQDate(core::Date()).isValid());
    CHECK_FALSE(report::fromQDate(QDate()).isValid());
    CHECK_FALSE(report::fromQDate(QDate(2023, 2, 29)).isValid());
}
