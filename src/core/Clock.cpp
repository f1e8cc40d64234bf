// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"

#include <cstdio>

namespace paceplan::core {

Date Clock::today() const
{
    return Date::fromSysDays(std::chrono::floor<std::chrono::days>(now()));
}

std::string Clock::nowIso() const
{
    return toIsoTimestamp(now());
}

std::string toIsoTimestamp(std::chrono::system_clock::time_point when)
{
    using namespace std::chrono;
    const auto day = floor<days>(when);
    const year_month_day ymd { day };
    const hh_mm_ss time { floor<seconds>(when - day) };
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
        static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), static_cast<int>(time.hours().count()),
        static_cast<int>(time.minutes().count()), static_cast<int>(time.seconds().count()));
    return buffer;
}

} // namespace paceplan::core
