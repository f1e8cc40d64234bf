// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Date.h"

#include <cstdio>

namespace paceplan::core {

using namespace std::chrono;

Date::Date(int y, unsigned m, unsigned d)
{
    const year_month_day ymd { std::chrono::year { y }, std::chrono::month { m }, std::chrono::day { d } };
    if (ymd.ok()) {
        m_days = sys_days(ymd);
        m_valid = true;
    }
}

Date Date::fromSysDays(sys_days days)
{
    Date date;
    date.m_days = days;
    date.m_valid = true;
    return date;
}

std::optional<Date> Date::fromIso(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto digits = [&](std::size_t from, std::size_t count, int& out) {
        out = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return false;
            out = out * 10 + (text[i] - '0');
        }
        return true;
    };
    int y = 0, m = 0, d = 0;
    if (!digits(0, 4, y) || !digits(5, 2, m) || !digits(8, 2, d))
        return std::nullopt;
    const Date date(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
    if (!date.isValid())
        return std::nullopt;
    return date;
}

int Date::year() const
{
    return static_cast<int>(year_month_day { m_days }.year());
}
unsigned Date::month() const
{
    return static_cast<unsigned>(year_month_day { m_days }.month());
}
unsigned Date::day() const
{
    return static_cast<unsigned>(year_month_day { m_days }.day());
}

int Date::weekdayIndex() const
{
    return static_cast<int>(weekday { m_days }.iso_encoding()) - 1;
}

std::string Date::toIso() const
{
    if (!m_valid)
        return {};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year(), month(), day());
    return buffer;
}

Date Date::addDays(int n) const
{
    return fromSysDays(m_days + std::chrono::days { n });
}

int Date::daysTo(const Date& other) const
{
    return static_cast<int>((other.m_days - m_days).count());
}

int Date::yearsUntil(const Date& on) const
{
    int years = on.year() - year();
    if (on.month() < month() || (on.month() == month() && on.day() < day()))
        --years;
    return years;
}

} // namespace paceplan::core
