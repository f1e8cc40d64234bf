// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/PlanValidation.h"
#include "interop/plan/JsonRead.h"
#include "interop/plan/PlanJson.h"

#include <nlohmann/json.hpp>

namespace paceplan::interop {

using nlohmann::json;
using namespace paceplan::core;
using namespace paceplan::interop::json_read;

namespace {

Status readDose(const json& object, Dose& dose, const std::string& path)
{
    if (auto status = requireObject(object, path); !status)
        return status;
    return firstError({
        readInt(object, "sets", dose.sets, path),
        readInt(object, "repetitions", dose.repetitions, path),
        readInt(object, "hold_seconds", dose.holdSeconds, path),
        readInt(object, "duration_seconds", dose.durationSeconds, path),
        readInt(object, "distance_metres", dose.distanceMetres, path),
        readInt(object, "rest_seconds", dose.restSeconds, path),
        readInt(object, "times_per_day", dose.timesPerDay, path),
        readCode(object, "load_kind", dose.load.kind, loadKindFromCode, path),
        readDouble(object, "load_kg", dose.load.kg, path),
        readString(object, "band_colour", dose.load.bandColour, path),
    });
}

Status readIntensity(const json& object, IntensityTarget& target, const std::string& path)
{
    if (auto status = requireObject(object, path); !status)
        return status;
    return firstError({
        readCode(object, "kind", target.kind, intensityKindFromCode, path, true),
        readInt(object, "effort_low", target.effortLow, path),
        readInt(object, "effort_high", target.effortHigh, path),
        readInt(object, "reserve_percent_low", target.reservePercentLow, path),
        readInt(object, "reserve_percent_high", target.reservePercentHigh, path),
        readOptional(object, "measured_max_heart_rate", target.measuredMaxHeartRate, path),
        readCode(object, "level", target.talkTest, talkTestLevelFromCode, path),
    });
}

Status readProgression(const json& object, ProgressionRule& progression, const std::string& path)
{
    if (auto status = requireObject(object, path); !status)
        return status;
    RuleKind kind = RuleKind::None;
    if (auto status = readCode(object, "rule", kind, ruleKindFromCode, path); !status)
        return status;
    Status status;
    switch (kind) {
    case RuleKind::None:
        progression.rule = NoProgression {};
        break;
    case RuleKind::Linear: {
        LinearRule rule;
        status = firstError({ readCode(object, "field", rule.field, doseFieldFromCode, path, true),
            readCode(object, "step_kind", rule.stepKind, stepKindFromCode, path),
            readDouble(object, "step", rule.step, path), readInt(object, "every_weeks", rule.everyWeeks, path),
            readOptional(object, "cap", rule.cap, path) });
        progression.rule = rule;
        break;
    }
    case RuleKind::DoubleProgression: {
        DoubleProgressionRule rule;
        status = firstError(
            { readInt(object, "reps_low", rule.repsLow, path), readInt(object, "reps_high", rule.repsHigh, path),
                readInt(object, "rep_step", rule.repStep, path), readInt(object, "every_weeks", rule.everyWeeks, path),
                readCode(object, "load_step_kind", rule.loadStepKind, stepKindFromCode, path),
                readDouble(object, "load_step", rule.loadStep, path),
                readOptional(object, "max_load_kg", rule.maxLoadKg, path) });
        progression.rule = rule;
        break;
    }
    case RuleKind::GradedQuota: {
        GradedQuotaRule rule;
        status = firstError({ readCode(object, "field", rule.field, doseFieldFromCode, path, true),
            readDouble(object, "baseline", rule.baseline, path),
            readInt(object, "start_percent", rule.startPercent, path),
            readCode(object, "step_kind", rule.stepKind, stepKindFromCode, path),
            readDouble(object, "step", rule.step, path), readInt(object, "every_weeks", rule.everyWeeks, path),
            readDouble(object, "goal", rule.goal, path) });
        progression.rule = rule;
        break;
    }
    case RuleKind::Ladder: {
        LadderRule rule;
        status = firstError({ readInt(object, "every_weeks", rule.everyWeeks, path),
            readInt(object, "max_steps", rule.maxSteps, path) });
        progression.rule = rule;
        break;
    }
    }
    if (!status)
        return status;
    if (const json* deload = member(object, "deload")) {
        const std::string deloadPath = at(path, "deload");
        return firstError({ requireObject(*deload, deloadPath),
            deload->is_object() ? readInt(*deload, "every_weeks", progression.deload.everyWeeks, deloadPath) : Status(),
            deload->is_object() ? readInt(*deload, "reduce_percent", progression.deload.reducePercent, deloadPath)
                                : Status() });
    }
    return {};
}

Status readItem(const json& object, PlanItem& item, const std::string& path)
{
    if (auto status = requireObject(object, path); !status)
        return status;
    if (auto status = firstError({ readString(object, "key", item.key, path, true),
            readString(object, "exercise_id", item.exerciseId, path, true),
            readString(object, "notes", item.notes, path) });
        !status)
        return status;
    if (const json* dose = member(object, "dose")) {
        if (auto status = readDose(*dose, item.dose, at(path, "dose")); !status)
            return status;
        // Load details that do not belong to the load kind are dropped, as the writer never writes them.
        if (item.dose.load.kind != LoadKind::Kilograms)
            item.dose.load.kg = 0.0;
        if (item.dose.load.kind != LoadKind::Band)
            item.dose.load.bandColour.clear();
    }
    if (const json* intensity = member(object, "intensity"))
        if (auto status = readIntensity(*intensity, item.intensity, at(path, "intensity")); !status)
            return status;
    if (const json* progression = member(object, "progression"))
        if (auto status = readProgression(*progression, item.progression, at(path, "progression")); !status)
            return status;
    return {};
}

Status readDays(const json& object, Plan& plan, const std::string& path)
{
    const auto days = readArray(object, "days", path);
    if (!days)
        return days.error();
    if (!*days)
        return {};
    std::array<bool, kDaysPerWeek> seen {};
    for (std::size_t i = 0; i < (*days)->size(); ++i) {
        const json& day = (**days)[i];
        const std::string dayPath = at(path, "days") + "[" + std::to_string(i) + "]";
        if (auto status = requireObject(day, dayPath); !status)
            return status;
        int weekday = 0;
        if (auto status = readCode(day, "day", weekday, weekdayFromCode, dayPath, true); !status)
            return status;
        if (seen[static_cast<std::size_t>(weekday)])
            return makeError(ErrorCode::Conflict, at(dayPath, "day"), weekdayCode(weekday));
        seen[static_cast<std::size_t>(weekday)] = true;
        PlanDay& target = plan.days[static_cast<std::size_t>(weekday)];
        if (auto status = readCode(day, "type", target.type, dayTypeFromCode, dayPath); !status)
            return status;
        const auto items = readArray(day, "items", dayPath);
        if (!items)
            return items.error();
        for (std::size_t j = 0; *items && j < (*items)->size(); ++j) {
            PlanItem item;
            if (auto status = readItem((**items)[j], item, at(dayPath, "items") + "[" + std::to_string(j) + "]");
                !status)
                return status;
            target.items.push_back(std::move(item));
        }
    }
    return {};
}

Status readPhasesAndTopics(const json& object, Plan& plan, const std::string& path)
{
    const auto phases = readArray(object, "phases", path);
    if (!phases)
        return phases.error();
    for (std::size_t i = 0; *phases && i < (*phases)->size(); ++i) {
        const json& entry = (**phases)[i];
        const std::string phasePath = at(path, "phases") + "[" + std::to_string(i) + "]";
        PlanPhase phase;
        if (auto status = requireObject(entry, phasePath); !status)
            return status;
        if (auto status = firstError({ readInt(entry, "first_week", phase.firstWeek, phasePath, true),
                readInt(entry, "last_week", phase.lastWeek, phasePath, true),
                readString(entry, "label", phase.label, phasePath) });
            !status)
            return status;
        plan.phases.push_back(std::move(phase));
    }
    const auto topics = readArray(object, "education_topics", path);
    if (!topics)
        return topics.error();
    for (std::size_t i = 0; *topics && i < (*topics)->size(); ++i) {
        const json& entry = (**topics)[i];
        if (!entry.is_string())
            return makeError(ErrorCode::InvalidFormat, at(path, "education_topics") + "[" + std::to_string(i) + "]",
                "expected a string");
        plan.educationTopicIds.push_back(entry.get<std::string>());
    }
    return {};
}

Status readPlanInstance(const json& object, Plan& plan, const std::string& path)
{
    std::int64_t patient = 0;
    std::string start;
    if (auto status = firstError({ readString(object, "uuid", plan.uuid, path),
            readLong(object, "patient_id", patient, path, false), readString(object, "start_date", start, path),
            readCode(object, "status", plan.status, planStatusFromCode, path),
            readInt(object, "revision", plan.revision, path) });
        !status)
        return status;
    plan.patientId = PatientId(patient);
    if (!start.empty()) {
        const auto date = Date::fromIso(start);
        if (!date)
            return makeError(ErrorCode::InvalidFormat, at(path, "start_date"), start);
        plan.startDate = *date;
    }
    return {};
}

} // namespace

Result<PlanDocument> planDocumentFromJson(const json& root, PlanReadOptions options)
{
    if (!root.is_object())
        return makeError(ErrorCode::ParseError, {}, "expected a JSON object");
    std::string format;
    std::string kind;
    int version = 0;
    if (auto status = firstError({ readString(root, "format", format, {}, true),
            readInt(root, "format_version", version, {}, true), readString(root, "kind", kind, {}, true) });
        !status)
        return status.error();
    if (format != kPlanFormat)
        return makeError(ErrorCode::Unsupported, "format", format);
    if (version < 1)
        return makeError(ErrorCode::OutOfRange, "format_version", std::to_string(version));
    if (version > kPlanFormatVersion)
        return makeError(ErrorCode::Unsupported, "format_version", std::to_string(version));
    PlanDocument document;
    if (kind == "template")
        document.kind = PlanDocumentKind::Template;
    else if (kind != "plan")
        return makeError(ErrorCode::InvalidValue, "kind", kind);

    const json* object = member(root, "plan");
    if (!object)
        return makeError(ErrorCode::Required, "plan");
    const std::string path = "plan";
    if (auto status = requireObject(*object, path); !status)
        return status.error();
    Plan& plan = document.plan;
    if (auto status = firstError(
            { readString(*object, "title", plan.title, path, true), readString(*object, "goals", plan.goals, path),
                readInt(*object, "length_weeks", plan.lengthWeeks, path, true) });
        !status)
        return status.error();
    if (document.kind == PlanDocumentKind::Plan)
        if (auto status = readPlanInstance(*object, plan, path); !status)
            return status.error();
    if (auto status = readPhasesAndTopics(*object, plan, path); !status)
        return status.error();
    if (auto status = readDays(*object, plan, path); !status)
        return status.error();

    if (!options.validate)
        return document;
    const auto errors = validatePlan(plan, { document.kind == PlanDocumentKind::Template });
    if (!errors.empty())
        return errors.front();
    return document;
}

Result<PlanDocument> planDocumentFromText(std::string_view text, PlanReadOptions options)
{
    json parsed = json::parse(text.begin(), text.end(), nullptr, false);
    if (parsed.is_discarded())
        return makeError(ErrorCode::ParseError, {}, "not valid JSON");
    return planDocumentFromJson(parsed, options);
}

} // namespace paceplan::interop
