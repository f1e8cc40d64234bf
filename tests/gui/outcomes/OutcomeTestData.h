// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/Outcomes.h"

#include <string>
#include <vector>

namespace paceplan::test {

/// A patient for the caseload rule: "Family, Given", condition Other (NPRS is the main outcome).
inline core::Patient caseloadPatient(core::PatientId id, const char* given, const char* family)
{
    core::Patient patient;
    patient.id = id;
    patient.givenName = given;
    patient.familyName = family;
    return patient;
}

/// Twelve weeks of a person who responds: NPRS and ODI falling, a plan revision at week 4, a diary three
/// days a week with most sessions done. Plan starts 2026-08-31 (a Monday); today is 2026-11-20.
inline services::PatientOutcomeData responderData(core::PatientId patient)
{
    services::PatientOutcomeData data;
    data.planStart = core::Date(2026, 8, 31);
    data.planId = core::PlanId(1);
    data.revisionNumber = 2;
    std::int64_t nextId = 100;
    const auto add = [&](const char* code, core::Date date, core::Answers answers, const char* notes = "") {
        services::OutcomeEntry entry;
        entry.id = core::OutcomeId(nextId++);
        entry.patientId = patient;
        entry.instrumentCode = code;
        entry.date = date;
        entry.answers = std::move(answers);
        entry.notes = notes;
        data.outcomes.push_back(entry);
    };
    const int pain[] = { 7, 7, 6, 6, 6, 5, 5, 5, 4, 4, 4, 4 };
    for (int week = 0; week < 12; ++week)
        add("nprs", data.planStart.addDays(7 * week), { double(pain[week]) }, week == 0 ? "Baseline" : "");
    add("odi", data.planStart, { 3, 2, 3, 3, 3, 2, 2, 3, 3, 2 }, "Baseline");
    add("odi", data.planStart.addDays(42), { 2, 1, 2, 2, 2, 2, 1, 2, 2, 2 });
    add("odi", data.planStart.addDays(77), { 2, 1, 1, 1, 2, 1, 1, 1, 1, 1 });
    const core::Date today(2026, 11, 20);
    for (core::Date day = data.planStart; day < today; day = day.addDays(1)) {
        if (day.weekdayIndex() != 0 && day.weekdayIndex() != 2 && day.weekdayIndex() != 4)
            continue;
        data.scheduled.push_back(day);
        const int index = data.planStart.daysTo(day);
        core::SessionLog log;
        log.id = core::SessionLogId(nextId++);
        log.patientId = patient;
        log.planId = data.planId;
        log.revisionNumber = index < 28 ? 1 : 2;
        log.date = day;
        const bool skipped = index % 11 == 4;
        log.status = skipped ? core::SessionStatus::Skipped
                             : (index % 9 == 2 ? core::SessionStatus::Partly : core::SessionStatus::Done);
        if (!skipped) {
            const int base = 6 - index / 20;
            log.painBefore = base;
            log.painDuring = base + 1;
            log.painAfter = base + (index % 3 == 0 ? 1 : 0);
            log.painNextMorning = base;
            log.effort = 5;
            log.minutes = 25;
        }
        data.logs.push_back(log);
    }
    data.markers.push_back({ data.planStart, "Plan rev. 1" });
    data.markers.push_back({ data.planStart.addDays(28), "Plan rev. 2" });
    return data;
}

} // namespace paceplan::test
