// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/monitoring/Adherence.h"
#include "core/monitoring/CaseloadFlags.h"
#include "core/monitoring/PainAdvice.h"
#include "core/outcomes/ChangeEngine.h"
#include "core/patient/Patient.h"
#include "services/Outcomes.h"

#include <optional>
#include <string>
#include <vector>

namespace paceplan::services {

class Clinic;

/// The newest pain rating of a patient.
struct LastPain {
    double value = 0.0;
    core::Date date; ///< The day the pain was rated (a next-morning rating: the day after the session).
    std::string source; ///< "nprs" (a stored NPRS) or "session-log" (next-morning, else before-exercise rating).
};

/// The change of a patient's main outcome since baseline (first scorable result to latest).
struct MainOutcomeChange {
    std::string instrumentCode; ///< The main outcome, chosen by mainOutcomeOrder().
    core::ChangeResult change; ///< The change engine's facts.
    std::string summary; ///< One line from core, e.g. "Pain 7 → 4, −43%: meaningful improvement".
};

/// The active plan as the caseload shows it.
struct CaseloadPlan {
    core::PlanId id;
    int revision = 0; ///< The active revision.
    core::Date start; ///< First day of the plan: the start of its first activated revision.
    int week = 1; ///< The plan week today falls in (1 in the first week).
};

/// One patient's line in the caseload: the one rule both the desk app and paceplan-cli show.
struct CaseloadRow {
    core::PatientId patientId;
    std::string uuid;
    std::string name; ///< "Family, Given", as the desk lists patients.
    std::string fullName; ///< "Given Family", as paceplan-cli prints it.
    core::PrimaryCondition condition = core::PrimaryCondition::Other;
    std::optional<LastPain> lastPain; ///< Nothing when no pain rating is known.
    std::optional<MainOutcomeChange> change; ///< Nothing with fewer than two scorable results of a main outcome.
    core::ChangeClass changeClass = core::ChangeClass::Unknown;
    std::optional<CaseloadPlan> plan; ///< Nothing without an active plan.
    std::optional<core::AdherenceCounts> adherence; ///< Over the settings' window; nothing without an active plan.
    std::optional<core::PainAdvice> advice; ///< This week's pain-monitoring advice, when it could be worked out.
    std::vector<core::CaseloadFlag> flags;

    /// The adherence percentage, when sessions were scheduled in the window.
    std::optional<double> adherencePercent() const { return adherence ? adherence->percent : std::nullopt; }
    /// The main outcome's change in one line; empty without one.
    std::string changeSummary() const { return change ? change->summary : std::string(); }
};

/// Instruments tried, in order, as a patient's main outcome (the condition-specific one first).
std::vector<std::string> mainOutcomeOrder(core::PrimaryCondition condition);

/// Works out a patient's caseload line from their data as it stands on `today`. The main outcome is the first
/// of mainOutcomeOrder() with two scorable results and a known change class (else the first with two); the
/// last pain is the newest NPRS or session-log rating of the advice window (kAdviceHistoryDays); the advice reads
/// that window too; without an active plan the flags still apply, their weeks counted from the first measure.
CaseloadRow buildCaseloadRow(const core::Patient& patient, const PatientOutcomeData& data, const core::Date& today,
    const core::CaseloadFlagSettings& settings = {});

/// The caseload line of one patient of the clinic, as of the clinic's today.
core::Result<CaseloadRow> caseloadRow(
    Clinic& clinic, core::PatientId patient, const core::CaseloadFlagSettings& settings = {});

/// A caseload line for every active (not archived) patient, sorted by family name, as of the clinic's today.
core::Result<std::vector<CaseloadRow>> caseloadRows(Clinic& clinic, const core::CaseloadFlagSettings& settings = {});

} // namespace paceplan::services
