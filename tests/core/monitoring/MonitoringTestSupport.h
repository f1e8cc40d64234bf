// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/monitoring/SessionLog.h"

#include <optional>

namespace paceplan::core::monitoring_test {

/// Builds a session log with the ratings the monitoring tests need; other fields get valid values.
struct LogBuilder {
    SessionLog log;

    explicit LogBuilder(Date date, SessionStatus status = SessionStatus::Done)
    {
        log.patientId = PatientId(1);
        log.planId = PlanId(1);
        log.revisionNumber = 1;
        log.date = date;
        log.status = status;
    }
    LogBuilder& before(int value)
    {
        log.painBefore = value;
        return *this;
    }
    LogBuilder& during(int value)
    {
        log.painDuring = value;
        return *this;
    }
    LogBuilder& after(int value)
    {
        log.painAfter = value;
        return *this;
    }
    LogBuilder& morning(int value)
    {
        log.painNextMorning = value;
        return *this;
    }
    operator SessionLog() const { return log; } // NOLINT(google-explicit-constructor)
};

/// A done session with a during-exercise and a next-morning rating.
inline SessionLog rated(Date date, int during, int morning)
{
    return LogBuilder(date).during(during).morning(morning);
}

} // namespace paceplan::core::monitoring_test
