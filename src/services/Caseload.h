// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/monitoring/CaseloadFlags.h"
#include "services/Outcomes.h"

#include <optional>
#include <string>
#include <vector>

namespace paceplan::services {

/// One patient's line in the caseload, worked out by core from their outcomes and session logs.
struct CaseloadRow {
    core::PatientId patientId;
    std::string name;
    std::optional<double> lastPain; ///< Latest pain-intensity score (NPRS first, then the other pain scales).
    std::string painInstrument; ///< Short name of the scale lastPain comes from, e.g. "NPRS".
    core::Date lastPainDate;
    std::string change; ///< The change since baseline in one line, e.g. "Pain 7 → 4, −43%: meaningful improvement".
    core::ChangeClass changeClass = core::ChangeClass::Unknown;
    std::optional<double> adherencePercent; ///< Over the flag settings' adherence window (two weeks).
    std::vector<core::CaseloadFlag> flags;
};

/// Works out a patient's caseload line from their data as it stands on `today`.
CaseloadRow buildCaseloadRow(core::PatientId patient, const std::string& name, const PatientOutcomeData& data,
    const core::Date& today, const core::CaseloadFlagSettings& settings = {});

} // namespace paceplan::services
