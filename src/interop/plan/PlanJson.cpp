// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/plan/PlanJson.h"

#include <nlohmann/json.hpp>

namespace paceplan::interop {

using nlohmann::json;
using namespace paceplan::core;

namespace {

json intensityToJson(const IntensityTarget& target)
{
    json out { { "kind", intensityKindCode(target.kind) } };
    switch (target.kind) {
    case IntensityKind::None:
        break;
    case IntensityKind::Effort:
        out["effort_low"] = target.effortLow;
        out["effort_high"] = target.effortHigh;
        break;
    case IntensityKind::HeartRate:
        out["reserve_percent_low"] = target.reservePercentLow;
        out["reserve_percent_high"] = target.reservePercentHigh;
        if (target.measuredMaxHeartRate)
            out["measured_max_heart_rate"] = *target.measuredMaxHeartRate;
        break;
    case IntensityKind::TalkTest:
        out["level"] = talkTestLevelCode(target.talkTest);
        break;
    }
    return out;
}

void addRule(json& out, const NoProgression&)
{
    out["rule"] = ruleKindCode(RuleKind::None);
}

void addRule(json& out, const LinearRule& rule)
{
    out["rule"] = ruleKindCode(RuleKind::Linear);
    out["field"] = doseFieldCode(rule.field);
    out["step_kind"] = stepKindCode(rule.stepKind);
    out["step"] = rule.step;
    out["every_weeks"] = rule.everyWeeks;
    if (rule.cap)
        out["cap"] = *rule.cap;
}

void addRule(json& out, const DoubleProgressionRule& rule)
{
    out["rule"] = ruleKindCode(RuleKind::DoubleProgression);
    out["reps_low"] = rule.repsLow;
    out["reps_high"] = rule.repsHigh;
    out["rep_step"] = rule.repStep;
    out["every_weeks"] = rule.everyWeeks;
    out["load_step_kind"] = stepKindCode(rule.loadStepKind);
    out["load_step"] = rule.loadStep;
    if (rule.maxLoadKg)
        out["max_load_kg"] = *rule.maxLoadKg;
}

void addRule(json& out, const GradedQuotaRule& rule)
{
    out["rule"] = ruleKindCode(RuleKind::GradedQuota);
    out["field"] = doseFieldCode(rule.field);
    out["baseline"] = rule.baseline;
    out["start_percent"] = rule.startPercent;
    out["step_kind"] = stepKindCode(rule.stepKind);
    out["step"] = rule.step;
    out["every_weeks"] = rule.everyWeeks;
    out["goal"] = rule.goal;
}

void addRule(json& out, const LadderRule& rule)
{
    out["rule"] = ruleKindCode(RuleKind::Ladder);
    out["every_weeks"] = rule.everyWeeks;
    out["max_steps"] = rule.maxSteps;
}

json progressionToJson(const ProgressionRule& progression)
{
    json out = json::object();
    std::visit([&](const auto& rule) { addRule(out, rule); }, progression.rule);
    if (progression.deload.enabled())
        out["deload"] = { { "every_weeks", progression.deload.everyWeeks },
            { "reduce_percent", progression.deload.reducePercent } };
    return out;
}

json itemToJson(const PlanItem& item)
{
    json dose = json::object();
    addDoseFields(dose, item.dose);
    return json {
        { "key", item.key },
        { "exercise_id", item.exerciseId },
        { "dose", dose },
        { "intensity", intensityToJson(item.intensity) },
        { "notes", item.notes },
        { "progression", progressionToJson(item.progression) },
    };
}

// The plan object shared by plan and template documents.
json planObject(const Plan& plan, bool asTemplate)
{
    json phases = json::array();
    for (const auto& phase : plan.phases)
        phases.push_back(
            { { "first_week", phase.firstWeek }, { "last_week", phase.lastWeek }, { "label", phase.label } });
    json days = json::array();
    for (int weekday = 0; weekday < kDaysPerWeek; ++weekday) {
        const auto& day = plan.days[static_cast<std::size_t>(weekday)];
        json items = json::array();
        for (const auto& item : day.items)
            items.push_back(itemToJson(item));
        days.push_back({ { "day", weekdayCode(weekday) }, { "type", dayTypeCode(day.type) }, { "items", items } });
    }
    json out = json::object();
    if (!asTemplate) {
        out["uuid"] = plan.uuid;
        out["patient_id"] = plan.patientId.value();
        out["start_date"] = plan.startDate.isValid() ? json(plan.startDate.toIso()) : json(nullptr);
        out["status"] = planStatusCode(plan.status);
        out["revision"] = plan.revision;
    }
    out["title"] = plan.title;
    out["goals"] = plan.goals;
    out["length_weeks"] = plan.lengthWeeks;
    out["phases"] = phases;
    out["education_topics"] = plan.educationTopicIds;
    out["days"] = days;
    return out;
}

json document(const char* kind, json plan)
{
    return json { { "format", kPlanFormat }, { "format_version", kPlanFormatVersion }, { "kind", kind },
        { "plan", std::move(plan) } };
}

} // namespace

void addDoseFields(json& object, const Dose& dose)
{
    object["sets"] = dose.sets;
    object["repetitions"] = dose.repetitions;
    object["hold_seconds"] = dose.holdSeconds;
    object["duration_seconds"] = dose.durationSeconds;
    object["distance_metres"] = dose.distanceMetres;
    object["rest_seconds"] = dose.restSeconds;
    object["times_per_day"] = dose.timesPerDay;
    object["load_kind"] = loadKindCode(dose.load.kind);
    if (dose.load.kind == LoadKind::Kilograms)
        object["load_kg"] = dose.load.kg;
    if (dose.load.kind == LoadKind::Band)
        object["band_colour"] = dose.load.bandColour;
}

json planToJson(const Plan& plan)
{
    return document("plan", planObject(plan, false));
}

json planTemplateToJson(const Plan& plan)
{
    return document("template", planObject(plan, true));
}

} // namespace paceplan::interop
