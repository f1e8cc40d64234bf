// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#ifndef Q_MOC_RUN // Qt 6.4's moc cannot parse GCC 12's <compare>; moc does not need it.
#include <compare>
#endif
#include <optional>
#include <string>
#include <string_view>

namespace paceplan::core {

/// A calendar date without a time of day, stored and exchanged as ISO-8601 text (YYYY-MM-DD).
class Date {
public:
    /// An invalid (null) date.
    constexpr Date() = default;
    Date(int year, unsigned month, unsigned day);

    static Date fromSysDays(std::chrono::sys_days days);
    /// Parses strict "YYYY-MM-DD"; returns nothing for any other form or an impossible date.
    static std::optional<Date> fromIso(std::string_view text);

    bool isValid() const { return m_valid; }
    int year() const;
    unsigned month() const;
    unsigned day() const;
    /// Monday = 0 ... Sunday = 6.
    int weekdayIndex() const;

    std::chrono::sys_days sysDays() const { return m_days; }
    std::string toIso() const;

    Date addDays(int days) const;
    /// Whole days from this date to `other` (positive when other is later).
    int daysTo(const Date& other) const;

    /// Age in completed years on `on`.
    int yearsUntil(const Date& on) const;

    friend bool operator==(const Date& a, const Date& b) { return a.m_valid == b.m_valid && a.m_days == b.m_days; }
    friend std::strong_ordering operator<=>(const Date& a, const Date& b)
    {
        if (a.m_valid != b.m_valid)
            return a.m_valid <=> b.m_valid;
        return a.m_days <=> b.m_days;
    }

private:
    std::chrono::sys_days m_days {};
    bool m_valid = false;
};

} // namespace paceplan::core
