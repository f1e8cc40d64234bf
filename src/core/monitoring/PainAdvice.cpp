// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/PainAdvice.h"

#include "core/CodeTable.h"

namespace paceplan::core {

namespace {

using namespace codes;

constexpr CodeTable<TrafficLight, 5> kLevels { { { TrafficLight::NotEnoughData, "not_enough_data" },
    { TrafficLight::Green, "green" }, { TrafficLight::Amber, "amber" }, { TrafficLight::Red, "red" },
    { TrafficLight::Flare, "flare" } } };

constexpr CodeTable<AdviceAction, 5> kActions { { { AdviceAction::None, "none" },
    { AdviceAction::Progress, "progress" }, { AdviceAction::Hold, "hold" }, { AdviceAction::StepBack, "step_back" },
    { AdviceAction::FlarePlan, "flare_plan" } } };

constexpr CodeTable<AdviceRule, 9> kRules { { { AdviceRule::WithinLimits, "within_limits" },
    { AdviceRule::ExercisePainAcceptable, "exercise_pain_acceptable" },
    { AdviceRule::NextMorningRaised, "next_morning_raised" }, { AdviceRule::MorningPainRising, "morning_pain_rising" },
    { AdviceRule::ExercisePainTooHigh, "exercise_pain_too_high" },
    { AdviceRule::NextMorningTooHigh, "next_morning_too_high" }, { AdviceRule::FlarePain, "flare_pain" },
    { AdviceRule::TooFewRatedSessions, "too_few_rated_sessions" },
    { AdviceRule::UsualPainUnknown, "usual_pain_unknown" } } };

} // namespace

const AdviceReason* PainAdvice::reason(AdviceRule rule) const
{
    for (const auto& entry : reasons)
        if (entry.rule == rule)
            return &entry;
    return nullptr;
}

AdviceAction actionForLevel(TrafficLight level)
{
    switch (level) {
    case TrafficLight::NotEnoughData:
        return AdviceAction::None;
    case TrafficLight::Green:
        return AdviceAction::Progress;
    case TrafficLight::Amber:
        return AdviceAction::Hold;
    case TrafficLight::Red:
        return AdviceAction::StepBack;
    case TrafficLight::Flare:
        return AdviceAction::FlarePlan;
    }
    return AdviceAction::None;
}

const char* trafficLightCode(TrafficLight value)
{
    return codeOf(kLevels, value);
}
const char* adviceActionCode(AdviceAction value)
{
    return codeOf(kActions, value);
}
const char* adviceRuleCode(AdviceRule value)
{
    return codeOf(kRules, value);
}
std::optional<TrafficLight> trafficLightFromCode(std::string_view code)
{
    return valueOf(kLevels, code);
}
std::optional<AdviceAction> adviceActionFromCode(std::string_view code)
{
    return valueOf(kActions, code);
}
std::optional<AdviceRule> adviceRuleFromCode(std::string_view code)
{
    return valueOf(kRules, code);
}

} // namespace paceplan::core
