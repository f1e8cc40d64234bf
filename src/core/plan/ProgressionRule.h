// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/DoseField.h"

#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace paceplan::core {

/// The kind of progression rule of an item; stored by its stable code. The order matches ProgressionRule::rule.
enum class RuleKind { None, Linear, DoubleProgression, GradedQuota, Ladder };

/// How a step is measured: a percentage of the current value, a fixed amount in the field's unit, or (for
/// graded-activity quotas only) a percentage of the tolerated baseline.
enum class StepKind { Percent, Absolute, PercentOfBaseline };

/// No progression: the dose stays as prescribed.
struct NoProgression {
    friend bool operator==(const NoProgression&, const NoProgression&) = default;
};

/// Raises one dose field by a percentage or a fixed amount every N weeks, up to an optional cap.
struct LinearRule {
    DoseField field = DoseField::DurationSeconds;
    StepKind stepKind = StepKind::Absolute;
    double step = 0.0; ///< Percent (10 = +10 %) or an amount in the field's stored unit.
    int everyWeeks = 1;
    std::optional<double> cap; ///< The highest value, in the field's stored unit.

    friend bool operator==(const LinearRule&, const LinearRule&) = default;
};

/// Adds repetitions within a range; past the top of the range the load goes up one step and the
/// repetitions return to the bottom (REFERENCE §3.7, double progression).
struct DoubleProgressionRule {
    int repsLow = 10;
    int repsHigh = 15;
    int repStep = 1; ///< Repetitions added at each step.
    int everyWeeks = 1;
    StepKind loadStepKind = StepKind::Absolute; ///< Kilograms (Absolute) or Percent of the load; bands move one colour.
    double loadStep = 1.0;
    std::optional<double> maxLoadKg; ///< The heaviest load in kilograms, when there is one.

    friend bool operator==(const DoubleProgressionRule&, const DoubleProgressionRule&) = default;
};

/// A graded-activity quota (REFERENCE §4.2): starts below the tolerated baseline and rises on a fixed
/// timetable to a goal, whatever the pain on the day.
struct GradedQuotaRule {
    DoseField field = DoseField::DurationSeconds;
    double baseline = 0.0; ///< The tolerated amount, in the field's stored unit.
    int startPercent = 80; ///< The first quota as a percentage of the baseline.
    StepKind stepKind = StepKind::Percent; ///< Percent of the current quota, fixed amount or percent of baseline.
    double step = 10.0;
    int everyWeeks = 1;
    double goal = 0.0; ///< The quota stops rising here, in the field's stored unit.

    friend bool operator==(const GradedQuotaRule&, const GradedQuotaRule&) = default;
};

/// Moves to the next harder exercise of the library ladder every N weeks.
struct LadderRule {
    int everyWeeks = 4;
    int maxSteps = 0; ///< 0 = as far as the ladder goes.

    friend bool operator==(const LadderRule&, const LadderRule&) = default;
};

/// An easier week every Nth week: the main amount drops by a percentage and progression pauses for it.
/// It is an overlay usable with every rule (see docs/progression.md).
struct DeloadOverlay {
    int everyWeeks = 0; ///< 0 = no deload; otherwise 2-52.
    int reducePercent = 0; ///< 1-90.

    bool enabled() const { return everyWeeks > 0 && reducePercent > 0; }
    friend bool operator==(const DeloadOverlay&, const DeloadOverlay&) = default;
};

/// The progression of one plan item: one rule plus an optional deload overlay.
struct ProgressionRule {
    std::variant<NoProgression, LinearRule, DoubleProgressionRule, GradedQuotaRule, LadderRule> rule;
    DeloadOverlay deload;

    RuleKind kind() const { return static_cast<RuleKind>(rule.index()); }
    friend bool operator==(const ProgressionRule&, const ProgressionRule&) = default;
};

/// Limits of rule parameters.
inline constexpr int kMaxRuleWeeks = 52;
inline constexpr int kMaxLadderSteps = 10;
inline constexpr double kMaxStepPercent = 100.0;
inline constexpr int kMinQuotaStartPercent = 50;
inline constexpr int kMaxQuotaStartPercent = 150;
inline constexpr int kDefaultQuotaStartPercent = 80; ///< [eTG][I-Engage]
inline constexpr int kMaxDeloadPercent = 90;

/// Stable codes for storage and JSON; the FromCode functions give nothing for an unknown code.
const char* ruleKindCode(RuleKind kind);
std::optional<RuleKind> ruleKindFromCode(std::string_view code);
const char* stepKindCode(StepKind kind);
std::optional<StepKind> stepKindFromCode(std::string_view code);

/// The first quota of a graded-activity rule, rounded: baseline × start percentage.
double quotaStart(const GradedQuotaRule& rule);

/// A plain-language description such as "adds 1 minute every week, up to 30 minutes"; "no progression".
std::string describeProgression(const ProgressionRule& rule);

} // namespace paceplan::core
