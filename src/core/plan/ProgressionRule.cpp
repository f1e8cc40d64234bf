// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/ProgressionRule.h"

#include "core/CodeTable.h"
#include "core/plan/DoseText.h"

namespace paceplan::core {

namespace {

constexpr codes::CodeTable<RuleKind, 5> kRuleCodes { {
    { RuleKind::None, "none" },
    { RuleKind::Linear, "linear" },
    { RuleKind::DoubleProgression, "double-progression" },
    { RuleKind::GradedQuota, "graded-quota" },
    { RuleKind::Ladder, "ladder" },
} };

constexpr codes::CodeTable<StepKind, 3> kStepCodes { {
    { StepKind::Percent, "percent" },
    { StepKind::Absolute, "absolute" },
    { StepKind::PercentOfBaseline, "percent-of-baseline" },
} };

std::string everyText(int weeks)
{
    return weeks <= 1 ? std::string("every week") : "every " + std::to_string(weeks) + " weeks";
}

std::string stepText(DoseField field, StepKind kind, double step)
{
    switch (kind) {
    case StepKind::Percent:
        return formatNumber(step) + "%";
    case StepKind::PercentOfBaseline:
        return formatNumber(step) + "% of the baseline";
    case StepKind::Absolute:
        return formatFieldValue(field, step);
    }
    return formatNumber(step);
}

std::string describe(const NoProgression&)
{
    return "no progression";
}

std::string describe(const LinearRule& rule)
{
    std::string text = "adds " + stepText(rule.field, rule.stepKind, rule.step) + " to the " + doseFieldName(rule.field)
        + " " + everyText(rule.everyWeeks);
    if (rule.cap)
        text += ", up to " + formatFieldValue(rule.field, *rule.cap);
    return text;
}

std::string describe(const DoubleProgressionRule& rule)
{
    std::string load = rule.loadStepKind == StepKind::Percent ? formatNumber(rule.loadStep) + "%"
                                                              : formatFieldValue(DoseField::LoadKg, rule.loadStep);
    std::string text = "adds " + formatFieldValue(DoseField::Repetitions, rule.repStep) + " "
        + everyText(rule.everyWeeks) + " from " + std::to_string(rule.repsLow) + " to " + std::to_string(rule.repsHigh)
        + ", then raises the weight by " + load + " (or the next band) and starts again at "
        + std::to_string(rule.repsLow);
    if (rule.maxLoadKg)
        text += ", up to " + formatFieldValue(DoseField::LoadKg, *rule.maxLoadKg);
    return text;
}

std::string describe(const GradedQuotaRule& rule)
{
    return "graded quota: starts at " + formatFieldValue(rule.field, quotaStart(rule)) + " ("
        + std::to_string(rule.startPercent) + "% of a baseline of " + formatFieldValue(rule.field, rule.baseline)
        + ") and adds " + stepText(rule.field, rule.stepKind, rule.step) + " " + everyText(rule.everyWeeks) + " up to "
        + formatFieldValue(rule.field, rule.goal);
}

std::string describe(const LadderRule& rule)
{
    std::string text = "moves to the next harder exercise " + everyText(rule.everyWeeks);
    if (rule.maxSteps > 0)
        text += ", at most " + std::to_string(rule.maxSteps) + (rule.maxSteps == 1 ? " time" : " times");
    return text;
}

} // namespace

const char* ruleKindCode(RuleKind kind)
{
    return codes::codeOf(kRuleCodes, kind);
}
std::optional<RuleKind> ruleKindFromCode(std::string_view code)
{
    return codes::valueOf(kRuleCodes, code);
}
const char* stepKindCode(StepKind kind)
{
    return codes::codeOf(kStepCodes, kind);
}
std::optional<StepKind> stepKindFromCode(std::string_view code)
{
    return codes::valueOf(kStepCodes, code);
}

double quotaStart(const GradedQuotaRule& rule)
{
    return roundDoseValue(rule.field, rule.baseline * rule.startPercent / 100.0);
}

std::string describeProgression(const ProgressionRule& rule)
{
    std::string text = std::visit([](const auto& r) { return describe(r); }, rule.rule);
    if (rule.deload.enabled())
        text += "; an easier week (" + std::to_string(rule.deload.reducePercent) + "% less) every "
            + std::to_string(rule.deload.everyWeeks) + " weeks";
    return text;
}

} // namespace paceplan::core
