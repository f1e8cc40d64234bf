// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/PainMonitoringThresholds.h"

#include "core/CodeTable.h"
#include "core/RangeCheck.h"

#include <string>

namespace paceplan::core {

namespace {

using namespace codes;

constexpr CodeTable<StepBackMode, 2> kStepBackModes { { { StepBackMode::PreviousWeeks, "previous_weeks" },
    { StepBackMode::ReducePercent, "reduce_percent" } } };

} // namespace

std::vector<Error> validatePainMonitoringThresholds(const PainMonitoringThresholds& t)
{
    namespace f = pain_threshold_field;
    std::vector<Error> errors;
    checkInRange(errors, t.greenDuringMax, 0, 10, f::kGreenDuringMax);
    checkInRange(errors, t.amberDuringMax, 0, 10, f::kAmberDuringMax);
    if (errors.empty() && t.amberDuringMax < t.greenDuringMax)
        errors.push_back(makeError(ErrorCode::Inconsistent, f::kAmberDuringMax, "below greenDuringMax"));
    checkInRange(errors, t.nextMorningTolerance, 0, 5, f::kNextMorningTolerance);
    if (t.usualPain)
        checkInRange(errors, *t.usualPain, 0, 10, f::kUsualPain);
    checkInRange(errors, t.usualPainLookbackDays, 7, 182, f::kUsualPainLookbackDays);
    checkInRange(errors, t.flareMargin, 1, 10, f::kFlareMargin);
    checkInRange(errors, t.flareMinDays, 1, 7, f::kFlareMinDays);
    checkInRange(errors, t.flareQuotaPercent, 10, 100, f::kFlareQuotaPercent);
    checkInRange(errors, t.minRatedSessions, 1, 7, f::kMinRatedSessions);
    checkInRange(errors, t.risingWeeks, 0, 8, f::kRisingWeeks);
    if (t.stepBack.mode == StepBackMode::PreviousWeeks)
        checkInRange(errors, t.stepBack.weeks, 1, 12, f::kStepBackWeeks);
    else
        checkInRange(errors, t.stepBack.percent, 5, 90, f::kStepBackPercent);
    return errors;
}

const char* stepBackModeCode(StepBackMode value)
{
    return codeOf(kStepBackModes, value);
}
std::optional<StepBackMode> stepBackModeFromCode(std::string_view code)
{
    return valueOf(kStepBackModes, code);
}

} // namespace paceplan::core
