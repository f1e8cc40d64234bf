// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Date.h"
#include "core/monitoring/Adherence.h"
#include "core/monitoring/PainAdvice.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paceplan::core {

/// How the main outcome has changed since baseline (REFERENCE §2.3), as the caseload needs it; stored by code.
enum class ChangeClass { MeaningfulImprovement, ImprovementBelowMcid, NoChange, Worse, Unknown };

/// A reason to look at a patient in the caseload; stored by its code.
enum class CaseloadFlagCode { NoMeaningfulImprovement, FlareInProgress, LowAdherence, ReassessmentOverdue };

/// One raised caseload flag with a plain message for the physiotherapist.
struct CaseloadFlag {
    CaseloadFlagCode code = CaseloadFlagCode::NoMeaningfulImprovement;
    std::string message;

    friend bool operator==(const CaseloadFlag&, const CaseloadFlag&) = default;
};

/// The limits behind the caseload flags; every default is a design choice (docs/monitoring.md).
struct CaseloadFlagSettings {
    /// Completed plan weeks after which a lack of meaningful change is flagged (issue 4; DESIGN).
    int reviewWeek = 6;
    /// Adherence below this percentage is flagged (issue 4; DESIGN).
    double minAdherencePercent = 50.0;
    /// The days, ending today, that adherence is measured over (issue 4: "the last two weeks").
    int adherenceWindowDays = 14;
    /// Days after the last outcome (or the plan start) before a reassessment is due (DESIGN, unconfirmed).
    int reassessmentIntervalDays = 28;

    friend bool operator==(const CaseloadFlagSettings&, const CaseloadFlagSettings&) = default;
};

/// What the caseload knows about one patient, already worked out by the other parts of core.
struct CaseloadInputs {
    Date today;
    Date planStart; ///< First day of the active plan.
    ChangeClass change = ChangeClass::Unknown;
    std::optional<PainAdvice> advice; ///< This week's pain-monitoring advice, when worked out.
    std::optional<AdherenceCounts> adherence; ///< Adherence over settings.adherenceWindowDays.
    std::optional<Date> lastOutcome; ///< Date of the latest outcome measure, if any.
};

/// Whole weeks from `planStart` to `today` (0 in the first week and before the start).
int completedPlanWeeks(const Date& planStart, const Date& today);

/// Flags a plan that has run `reviewWeek` weeks or more without a meaningful improvement. An unknown change
/// raises no flag: a missing follow-up measure is what the reassessment flag reports.
std::optional<CaseloadFlag> noMeaningfulImprovementFlag(
    int weeksSincePlanStart, ChangeClass change, const CaseloadFlagSettings& settings = {});

/// Flags a flare-up when this week's advice says so.
std::optional<CaseloadFlag> flareInProgressFlag(const PainAdvice& advice);

/// Flags adherence below the minimum; silent when no session was scheduled.
std::optional<CaseloadFlag> lowAdherenceFlag(
    const AdherenceCounts& adherence, const CaseloadFlagSettings& settings = {});

/// Flags a reassessment more than `reassessmentIntervalDays` after the last outcome, or after the plan start
/// when no outcome has been recorded.
std::optional<CaseloadFlag> reassessmentOverdueFlag(const std::optional<Date>& lastOutcome, const Date& planStart,
    const Date& today, const CaseloadFlagSettings& settings = {});

/// Every flag that applies, in the order of CaseloadFlagCode.
std::vector<CaseloadFlag> caseloadFlags(const CaseloadInputs& inputs, const CaseloadFlagSettings& settings = {});

/// All values of each enum, in display order.
const std::vector<ChangeClass>& allChangeClasses();
const std::vector<CaseloadFlagCode>& allCaseloadFlagCodes();

/// Stable codes used in the database, JSON and the CLI; never translated.
const char* changeClassCode(ChangeClass value);
const char* caseloadFlagCode(CaseloadFlagCode value);
std::optional<ChangeClass> changeClassFromCode(std::string_view code);
std::optional<CaseloadFlagCode> caseloadFlagCodeFromCode(std::string_view code);

} // namespace paceplan::core
