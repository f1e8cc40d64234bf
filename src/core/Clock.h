// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Date.h"

#include <chrono>
#include <string>

namespace paceplan::core {

/// The source of the current time; injected so that tests can fix "now".
class Clock {
public:
    virtual ~Clock() = default;

    /// The current instant in UTC.
    virtual std::chrono::system_clock::time_point now() const = 0;

    /// Today's calendar date (UTC based unless a subclass knows the local zone).
    virtual Date today() const;

    /// The current instant as UTC ISO-8601 text, e.g. "2026-11-21T09:30:00Z".
    std::string nowIso() const;
};

/// A clock that always reports the same, settable instant.
class FixedClock : public Clock {
public:
    explicit FixedClock(std::chrono::system_clock::time_point when) : m_now(when) { }
    explicit FixedClock(Date day) : m_now(std::chrono::sys_days(day.sysDays()) + std::chrono::hours(12)) { }

    std::chrono::system_clock::time_point now() const override { return m_now; }
    void set(std::chrono::system_clock::time_point when) { m_now = when; }
    void advance(std::chrono::system_clock::duration by) { m_now += by; }

private:
    std::chrono::system_clock::time_point m_now;
};

/// Formats a UTC instant as ISO-8601 text with a trailing Z, to the second.
std::string toIsoTimestamp(std::chrono::system_clock::time_point when);

} // namespace paceplan::core
