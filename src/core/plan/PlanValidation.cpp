// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/PlanValidation.h"

#include "core/text/Utf8.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace paceplan::core {

namespace {

void checkText(
    std::vector<Error>& errors, const std::string& value, const std::string& field, int maxLength, bool required)
{
    if (required && value.empty())
        errors.push_back(makeError(ErrorCode::Required, field));
    else if (!isValidUtf8(value))
        errors.push_back(makeError(ErrorCode::InvalidFormat, field, "not UTF-8"));
    else if (utf8Length(value) > static_cast<std::size_t>(maxLength))
        errors.push_back(makeError(ErrorCode::TooLong, field, std::to_string(maxLength)));
}

void checkRange(std::vector<Error>& errors, int value, int low, int high, const std::string& field)
{
    if (value < low || value > high)
        errors.push_back(makeError(ErrorCode::OutOfRange, field, std::to_string(low) + "-" + std::to_string(high)));
}

void checkDose(std::vector<Error>& errors, const Dose& dose, const std::string& path)
{
    checkRange(errors, dose.sets, 0, kMaxSets, path + ".sets");
    checkRange(errors, dose.repetitions, 0, kMaxRepetitions, path + ".repetitions");
    checkRange(errors, dose.holdSeconds, 0, kMaxHoldSeconds, path + ".holdSeconds");
    checkRange(errors, dose.durationSeconds, 0, kMaxDurationSeconds, path + ".durationSeconds");
    checkRange(errors, dose.distanceMetres, 0, kMaxDistanceMetres, path + ".distanceMetres");
    checkRange(errors, dose.restSeconds, 0, kMaxRestSeconds, path + ".restSeconds");
    checkRange(errors, dose.timesPerDay, 1, kMaxTimesPerDay, path + ".timesPerDay");
    switch (dose.load.kind) {
    case LoadKind::Bodyweight:
        break;
    case LoadKind::Kilograms:
        if (dose.load.kg == 0.0)
            errors.push_back(makeError(ErrorCode::Required, path + ".load.kg"));
        else if (!(dose.load.kg > 0.0 && dose.load.kg <= kMaxLoadKg))
            errors.push_back(makeError(ErrorCode::OutOfRange, path + ".load.kg", "0-300"));
        break;
    case LoadKind::Band:
        if (dose.load.bandColour.empty())
            errors.push_back(makeError(ErrorCode::Required, path + ".load.bandColour"));
        else if (std::find(kBandColourCodes.begin(), kBandColourCodes.end(), dose.load.bandColour)
            == kBandColourCodes.end())
            errors.push_back(makeError(ErrorCode::InvalidValue, path + ".load.bandColour", dose.load.bandColour));
        break;
    }
}

void checkIntensity(std::vector<Error>& errors, const IntensityTarget& target, const std::string& path)
{
    switch (target.kind) {
    case IntensityKind::None:
    case IntensityKind::TalkTest:
        break;
    case IntensityKind::Effort:
        checkRange(errors, target.effortLow, 0, kMaxEffort, path + ".effortLow");
        checkRange(errors, target.effortHigh, 0, kMaxEffort, path + ".effortHigh");
        if (target.effortLow > target.effortHigh)
            errors.push_back(makeError(ErrorCode::Inconsistent, path + ".effortHigh", "below the low end"));
        break;
    case IntensityKind::HeartRate:
        checkRange(errors, target.reservePercentLow, 1, 99, path + ".reservePercentLow");
        checkRange(errors, target.reservePercentHigh, 1, 99, path + ".reservePercentHigh");
        if (target.reservePercentLow > target.reservePercentHigh)
            errors.push_back(makeError(ErrorCode::Inconsistent, path + ".reservePercentHigh", "below the low end"));
        if (target.measuredMaxHeartRate)
            checkRange(errors, *target.measuredMaxHeartRate, kMinMeasuredMaxHeartRate, kMaxMeasuredMaxHeartRate,
                path + ".measuredMaxHeartRate");
        break;
    }
}

void checkStep(std::vector<Error>& errors, StepKind kind, double step, double maximum, const std::string& field)
{
    if (!std::isfinite(step) || !(step > 0.0))
        errors.push_back(makeError(ErrorCode::OutOfRange, field, "above 0"));
    else if (kind != StepKind::Absolute && step > kMaxStepPercent)
        errors.push_back(makeError(ErrorCode::OutOfRange, field, "at most 100%"));
    else if (kind == StepKind::Absolute && step > maximum)
        errors.push_back(
            makeError(ErrorCode::OutOfRange, field, "at most " + std::to_string(static_cast<long>(maximum))));
}

// Checks an amount of a field: required, above 0 and at most the field's maximum.
void checkAmount(std::vector<Error>& errors, double value, DoseField field, const std::string& name)
{
    if (value == 0.0)
        errors.push_back(makeError(ErrorCode::Required, name));
    else if (!std::isfinite(value) || !(value > 0.0) || value > doseFieldMaximum(field))
        errors.push_back(makeError(ErrorCode::OutOfRange, name, "above 0 and at most the field's maximum"));
}

void checkRule(std::vector<Error>& errors, const LinearRule& rule, const Dose& dose, const std::string& path)
{
    if (rule.field == DoseField::RestSeconds)
        errors.push_back(makeError(ErrorCode::InvalidValue, path + ".field", doseFieldCode(rule.field)));
    else if (rule.field == DoseField::LoadKg && dose.load.kind != LoadKind::Kilograms)
        errors.push_back(makeError(ErrorCode::Inconsistent, path + ".field", "the load is not in kilograms"));
    if (rule.stepKind == StepKind::PercentOfBaseline)
        errors.push_back(makeError(ErrorCode::InvalidValue, path + ".stepKind", stepKindCode(rule.stepKind)));
    else if (rule.stepKind == StepKind::Percent && doseFieldValue(dose, rule.field) <= 0.0)
        errors.push_back(makeError(ErrorCode::Inconsistent, path + ".stepKind", "a percentage of nothing stays 0"));
    checkStep(errors, rule.stepKind, rule.step, doseFieldMaximum(rule.field), path + ".step");
    checkRange(errors, rule.everyWeeks, 1, kMaxRuleWeeks, path + ".everyWeeks");
    if (rule.cap && !(std::isfinite(*rule.cap) && *rule.cap > 0.0 && *rule.cap <= doseFieldMaximum(rule.field)))
        errors.push_back(makeError(ErrorCode::OutOfRange, path + ".cap", "above 0 and at most the field's maximum"));
    else if (rule.cap && *rule.cap < doseFieldValue(dose, rule.field))
        errors.push_back(makeError(ErrorCode::Inconsistent, path + ".cap", "below the starting value"));
}

void checkRule(std::vector<Error>& errors, const DoubleProgressionRule& rule, const Dose& dose, const std::string& path,
    const std::string& dosePath)
{
    checkRange(errors, rule.repsLow, 1, kMaxRangeRepetitions, path + ".repsLow");
    checkRange(errors, rule.repsHigh, 1, kMaxRangeRepetitions, path + ".repsHigh");
    if (rule.repsLow >= rule.repsHigh)
        errors.push_back(makeError(ErrorCode::Inconsistent, path + ".repsHigh", "not above the bottom"));
    else
        checkRange(errors, rule.repStep, 1, rule.repsHigh - rule.repsLow, path + ".repStep");
    checkRange(errors, rule.everyWeeks, 1, kMaxRuleWeeks, path + ".everyWeeks");
    if (rule.loadStepKind == StepKind::PercentOfBaseline)
        errors.push_back(makeError(ErrorCode::InvalidValue, path + ".loadStepKind", stepKindCode(rule.loadStepKind)));
    checkStep(errors, rule.loadStepKind, rule.loadStep, kMaxLoadKg, path + ".loadStep");
    if (rule.maxLoadKg && !(*rule.maxLoadKg > 0.0 && *rule.maxLoadKg <= kMaxLoadKg))
        errors.push_back(makeError(ErrorCode::OutOfRange, path + ".maxLoadKg", "0-300"));
    else if (rule.maxLoadKg && dose.load.kind == LoadKind::Kilograms && *rule.maxLoadKg < dose.load.kg)
        errors.push_back(makeError(ErrorCode::Inconsistent, path + ".maxLoadKg", "below the starting load"));
    if (rule.repsLow < rule.repsHigh && (dose.repetitions < rule.repsLow || dose.repetitions > rule.repsHigh))
        errors.push_back(makeError(ErrorCode::Inconsistent, dosePath + ".repetitions", "outside the repetition range"));
}

void checkRule(std::vector<Error>& errors, const GradedQuotaRule& rule, const std::string& path)
{
    static const std::set<DoseField> kQuotaFields { DoseField::Repetitions, DoseField::HoldSeconds,
        DoseField::DurationSeconds, DoseField::DistanceMetres };
    if (!kQuotaFields.count(rule.field))
        errors.push_back(makeError(ErrorCode::InvalidValue, path + ".field", doseFieldCode(rule.field)));
    checkAmount(errors, rule.baseline, rule.field, path + ".baseline");
    checkRange(errors, rule.startPercent, kMinQuotaStartPercent, kMaxQuotaStartPercent, path + ".startPercent");
    checkStep(errors, rule.stepKind, rule.step, doseFieldMaximum(rule.field), path + ".step");
    checkRange(errors, rule.everyWeeks, 1, kMaxRuleWeeks, path + ".everyWeeks");
    const std::size_t before = errors.size();
    checkAmount(errors, rule.goal, rule.field, path + ".goal");
    if (errors.size() == before && rule.baseline > 0.0 && rule.goal < quotaStart(rule))
        errors.push_back(makeError(ErrorCode::Inconsistent, path + ".goal", "below the first quota"));
}

void checkRule(std::vector<Error>& errors, const LadderRule& rule, const std::string& path)
{
    checkRange(errors, rule.everyWeeks, 1, kMaxRuleWeeks, path + ".everyWeeks");
    checkRange(errors, rule.maxSteps, 0, kMaxLadderSteps, path + ".maxSteps");
}

void checkProgression(std::vector<Error>& errors, const PlanItem& item, const std::string& path)
{
    const std::string rulePath = path + ".progression";
    if (const auto* linear = std::get_if<LinearRule>(&item.progression.rule))
        checkRule(errors, *linear, item.dose, rulePath);
    else if (const auto* dp = std::get_if<DoubleProgressionRule>(&item.progression.rule))
        checkRule(errors, *dp, item.dose, rulePath, path + ".dose");
    else if (const auto* quota = std::get_if<GradedQuotaRule>(&item.progression.rule))
        checkRule(errors, *quota, rulePath);
    else if (const auto* ladder = std::get_if<LadderRule>(&item.progression.rule))
        checkRule(errors, *ladder, rulePath);
    const auto& deload = item.progression.deload;
    if (deload.everyWeeks != 0) {
        checkRange(errors, deload.everyWeeks, 2, kMaxRuleWeeks, rulePath + ".deload.everyWeeks");
        if (deload.reducePercent == 0)
            errors.push_back(makeError(ErrorCode::Required, rulePath + ".deload.reducePercent"));
        else
            checkRange(errors, deload.reducePercent, 1, kMaxDeloadPercent, rulePath + ".deload.reducePercent");
    }
}

void checkPhases(std::vector<Error>& errors, const Plan& plan)
{
    const int length = std::clamp(plan.lengthWeeks, kMinPlanWeeks, kMaxPlanWeeks);
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        const auto& phase = plan.phases[i];
        const std::string path = std::string(plan_field::kPhases) + "[" + std::to_string(i) + "]";
        checkText(errors, phase.label, path + ".label", kMaxPhaseLabelLength, true);
        checkRange(errors, phase.firstWeek, 1, length, path + ".firstWeek");
        if (phase.lastWeek < phase.firstWeek)
            errors.push_back(makeError(ErrorCode::Inconsistent, path + ".lastWeek", "before the first week"));
        else
            checkRange(errors, phase.lastWeek, 1, length, path + ".lastWeek");
        for (std::size_t j = 0; j < i; ++j) {
            const auto& other = plan.phases[j];
            if (phase.firstWeek <= other.lastWeek && other.firstWeek <= phase.lastWeek) {
                errors.push_back(makeError(ErrorCode::Conflict, path, "overlaps phase " + std::to_string(j)));
                break;
            }
        }
    }
}

} // namespace

bool isValidItemKey(std::string_view key)
{
    if (key.empty() || key.size() > static_cast<std::size_t>(kMaxItemKeyLength))
        return false;
    return std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
            || c == '.';
    });
}

std::string itemFieldPath(const PlanItem& item, int weekday, std::size_t index)
{
    if (isValidItemKey(item.key))
        return std::string(plan_field::kItems) + "." + item.key;
    return std::string(plan_field::kDays) + "." + weekdayCode(weekday) + ".items[" + std::to_string(index) + "]";
}

std::vector<Error> validatePlanItem(const PlanItem& item, const std::string& path)
{
    std::vector<Error> errors;
    if (item.key.empty())
        errors.push_back(makeError(ErrorCode::Required, path + ".key"));
    else if (!isValidItemKey(item.key))
        errors.push_back(makeError(ErrorCode::InvalidFormat, path + ".key", "1-64 of A-Z a-z 0-9 - _ ."));
    checkText(errors, item.exerciseId, path + ".exerciseId", kMaxExerciseIdLength, true);
    checkDose(errors, item.dose, path + ".dose");
    checkIntensity(errors, item.intensity, path + ".intensity");
    checkText(errors, item.notes, path + ".notes", kMaxItemNotesLength, false);
    checkProgression(errors, item, path);
    return errors;
}

std::vector<Error> validatePlan(const Plan& plan, PlanValidationOptions options)
{
    std::vector<Error> errors;
    checkText(errors, plan.title, plan_field::kTitle, kMaxPlanTitleLength, true);
    checkText(errors, plan.goals, plan_field::kGoals, kMaxPlanGoalsLength, false);
    if (!options.isTemplate) {
        if (!plan.patientId.isValid())
            errors.push_back(makeError(ErrorCode::Required, plan_field::kPatientId));
        if (!plan.startDate.isValid())
            errors.push_back(makeError(ErrorCode::Required, plan_field::kStartDate));
        if (plan.revision < 1)
            errors.push_back(makeError(ErrorCode::OutOfRange, plan_field::kRevision, "1 or more"));
    }
    checkRange(errors, plan.lengthWeeks, kMinPlanWeeks, kMaxPlanWeeks, plan_field::kLengthWeeks);
    checkPhases(errors, plan);

    std::set<std::string, std::less<>> topics;
    for (std::size_t i = 0; i < plan.educationTopicIds.size(); ++i) {
        const auto& topic = plan.educationTopicIds[i];
        const std::string path = std::string(plan_field::kEducationTopicIds) + "[" + std::to_string(i) + "]";
        checkText(errors, topic, path, kMaxTopicIdLength, true);
        if (!topic.empty() && !topics.insert(topic).second)
            errors.push_back(makeError(ErrorCode::Conflict, path, topic));
    }

    std::set<std::string, std::less<>> keys;
    for (int weekday = 0; weekday < kDaysPerWeek; ++weekday) {
        const auto& day = plan.days[static_cast<std::size_t>(weekday)];
        if (day.type == DayType::Rest && !day.items.empty())
            errors.push_back(makeError(ErrorCode::Inconsistent,
                std::string(plan_field::kDays) + "." + weekdayCode(weekday) + ".items", "a rest day holds exercises"));
        for (std::size_t i = 0; i < day.items.size(); ++i) {
            const auto& item = day.items[i];
            const std::string path = itemFieldPath(item, weekday, i);
            if (isValidItemKey(item.key) && !keys.insert(item.key).second) {
                errors.push_back(makeError(ErrorCode::Conflict, path + ".key", item.key));
                continue;
            }
            auto itemErrors = validatePlanItem(item, path);
            errors.insert(errors.end(), itemErrors.begin(), itemErrors.end());
        }
    }
    return errors;
}

} // namespace paceplan::core
