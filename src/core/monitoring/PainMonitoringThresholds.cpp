// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/PainMonitoringThresholds.h"

#include "core/CodeTable.h"

#include <string>

namespace paceplan::core {

namespace {

using namespace codes;

constexpr CodeTable<StepBackMode, 2> kStepBackModes { { { StepBackMode::PreviousWeeks, "previous_weeks" },
    { StepBackMode::ReducePercent, "reduce_percent" } } };

void checkRange(std::vector<Error>& errors, int value, int low, int high, const char* field)
{
    if (value < low || value > high)
        errors.push_back(makeError(ErrorCode::OutOfRange, field,
            std::to_string(value) + " not in " + std::to_string(low) + "-" + std::to_string(high)));
}

} // namespace

std::vector<Error> validatePainMonitoringThresholds(const PainMonitoringThresholds& t)
{
    namespace f = pain_threshold_field;
    std::vector<Error> errors;
    checkRange(errors, t.greenDuringMax, 0, 10, f::kGreenDuringMax);
    checkRange(errors, t.amberDuringMax, 0, 10, f::kAmberDuringMax);
    if (errors.empty() && t.amberDuringMax < t.greenDuringMax)
        errors.push_back(makeError(ErrorCode::Inconsistent, f::kAmberDuringMax, "below greenDuringMax"));
    checkRange(errors, t.nextMorningTolerance, 0, 5, f::kNextMorningTolerance);
    if (t.usualPain)
        checkRange(errors, *t.usualPain, 0, 10, f::kUsualPain);
    checkRange(errors, t.usualPainLookbackDays, 7, 182, f::kUsualPainLookbackDays);
    checkRange(errors, t.flareMargin, 1, 10, f::kFlareMargin);
    checkRange(errors, t.flareMinDays, 1, 7, f::kFlareMinDays);
    checkRange(errors, t.flareQuotaPercent, 10, 100, f::kFlareQuotaPercent);
    checkRange(errors, t.minRatedSessions, 1, 7, f::kMinRatedSessions);
    checkRange(errors, t.risingWeeks, 0, 8, f::kRisingWeeks);
    if (t.stepBack.mode == StepBackMode::PreviousWeeks)
        checkRange(errors, t.stepBack.weeks, 1, 12, f::kStepBackWeeks);
    else
        checkRange(errors, t.stepBack.percent, 5, 90, f::kStepBackPercent);
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
