// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/TemplatePersonalization.h"

#include "core/library/ExerciseCatalog.h"
#include "core/plan/DoseText.h"
#include "core/plan/HeartRate.h"

#include <algorithm>
#include <cmath>
#include <variant>

namespace paceplan::core {

namespace {

// Names in first-seen order, without repeats.
void addName(std::vector<std::string>& names, const std::string& name)
{
    if (std::find(names.begin(), names.end(), name) == names.end())
        names.push_back(name);
}

std::string joinNames(const std::vector<std::string>& names)
{
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            text += i + 1 == names.size() ? " and " : ", ";
        text += names[i];
    }
    return text;
}

bool isAerobic(const PlanItem& item, const ExerciseCatalog& catalog)
{
    const Exercise* exercise = catalog.find(item.exerciseId);
    if (exercise)
        return exercise->category == ExerciseCategory::Aerobic;
    return item.intensity.kind != IntensityKind::None;
}

bool isLegStrength(const PlanItem& item, const ExerciseCatalog& catalog)
{
    const Exercise* exercise = catalog.find(item.exerciseId);
    if (!exercise
        || (exercise->category != ExerciseCategory::Strength && exercise->category != ExerciseCategory::Functional))
        return false;
    return std::any_of(exercise->regions.begin(), exercise->regions.end(),
        [](const std::string& region) { return region == "thighs" || region == "knees"; });
}

// What the walking baseline changed, gathered over all items for one note each.
struct WalkingChanges {
    std::vector<std::string> names;
    double firstDose = 0.0;
    std::vector<std::string> goalRaised;
};

// Starts a timed aerobic item at 80 % of the baseline; only quotas and linear rules on duration are changed.
void applyWalkingBaseline(PlanItem& item, double baselineSeconds, WalkingChanges& changes, const std::string& name)
{
    if (auto* quota = std::get_if<GradedQuotaRule>(&item.progression.rule)) {
        if (quota->field != DoseField::DurationSeconds)
            return;
        quota->baseline = baselineSeconds;
        quota->startPercent = kDefaultQuotaStartPercent;
        const double start = quotaStart(*quota);
        item.dose.durationSeconds = static_cast<int>(std::lround(start));
        if (quota->goal < start) {
            quota->goal = start;
            addName(changes.goalRaised, name);
        }
        addName(changes.names, name);
        changes.firstDose = start;
    } else if (auto* linear = std::get_if<LinearRule>(&item.progression.rule)) {
        if (linear->field != DoseField::DurationSeconds)
            return;
        const double start
            = roundDoseValue(DoseField::DurationSeconds, baselineSeconds * kDefaultQuotaStartPercent / 100.0);
        item.dose.durationSeconds = static_cast<int>(std::lround(start));
        if (linear->cap && *linear->cap < start) {
            linear->cap = start;
            addName(changes.goalRaised, name);
        }
        addName(changes.names, name);
        changes.firstDose = start;
    }
}

bool heartRateUsable(const IntensityTarget& target, const PatientContext& context)
{
    if (context.betaBlockers || !context.ageYears || !context.restingHeartRate)
        return false;
    return heartRateRange(*context.ageYears, *context.restingHeartRate, target.reservePercentLow,
        target.reservePercentHigh, target.measuredMaxHeartRate)
        .has_value();
}

} // namespace

Date nextMonday(const Date& today)
{
    return today.addDays(kDaysPerWeek - today.weekdayIndex());
}

PersonalizedPlan personalizeTemplate(
    const Plan& templatePlan, const TemplatePersonalization& options, const ExerciseCatalog& catalog)
{
    PersonalizedPlan result { templatePlan, options.context, {} };
    Plan& plan = result.plan;
    plan.id = PlanId();
    plan.revisionId = PlanRevisionId();
    plan.uuid.clear();
    plan.patientId = options.patient;
    plan.status = PlanStatus::Draft;
    plan.revision = 1;
    plan.startDate = options.startDate.isValid() ? options.startDate : nextMonday(options.today);
    result.notes.push_back("The plan starts on " + std::string(weekdayName(plan.startDate.weekdayIndex())) + " "
        + plan.startDate.toIso() + " and ends on " + plan.endDate().toIso() + ".");
    if (!options.goals.empty() && options.goals != plan.goals) {
        plan.goals = options.goals;
        result.notes.push_back("The goals are the patient's own words.");
    }

    std::optional<double> walkingSeconds;
    if (options.baselines.walkingMinutes) {
        const int minutes
            = std::clamp(*options.baselines.walkingMinutes, kMinBaselineWalkingMinutes, kMaxBaselineWalkingMinutes);
        walkingSeconds = minutes * 60.0;
        result.context.aerobicBaselineMinutes = minutes;
    }
    std::optional<int> chairStands;
    if (options.baselines.chairStandReps)
        chairStands = std::clamp(*options.baselines.chairStandReps, kMinBaselineChairStands, kMaxBaselineChairStands);
    const int repsLow = chairStands
        ? std::clamp(static_cast<int>(std::lround(*chairStands * 0.8)), kMinPersonalRepsLow, kMaxPersonalRepsLow)
        : 0;

    WalkingChanges walking;
    std::vector<std::string> legNames;
    std::vector<std::string> effortNames;
    for (auto& day : plan.days) {
        for (auto& item : day.items) {
            const std::string name = exerciseName(catalog, item.exerciseId);
            if (walkingSeconds && isAerobic(item, catalog))
                applyWalkingBaseline(item, *walkingSeconds, walking, name);
            auto* doubleProgression = std::get_if<DoubleProgressionRule>(&item.progression.rule);
            if (chairStands && doubleProgression && isLegStrength(item, catalog)) {
                doubleProgression->repsLow = repsLow;
                doubleProgression->repsHigh = repsLow + kPersonalRepsSpan;
                item.dose.repetitions = repsLow;
                addName(legNames, name);
            }
            if (item.intensity.kind == IntensityKind::HeartRate && !heartRateUsable(item.intensity, options.context)) {
                item.intensity = effortForHeartRate(item.intensity);
                addName(effortNames, name);
            }
        }
    }

    if (!walking.names.empty())
        result.notes.push_back(joinNames(walking.names) + " now start" + (walking.names.size() == 1 ? "s" : "") + " at "
            + formatFieldValue(DoseField::DurationSeconds, walking.firstDose) + ", 80% of the "
            + formatFieldValue(DoseField::DurationSeconds, *walkingSeconds)
            + " the patient manages now, and build up from there.");
    if (!walking.goalRaised.empty())
        result.notes.push_back("The patient already manages more than the template's goal for "
            + joinNames(walking.goalRaised) + ", so the goal is now the starting time. Set a new goal if needed.");
    if (!legNames.empty())
        result.notes.push_back(joinNames(legNames) + " now use" + (legNames.size() == 1 ? "s" : "") + " "
            + std::to_string(repsLow) + " to " + std::to_string(repsLow + kPersonalRepsSpan)
            + " repetitions, based on the " + std::to_string(*chairStands)
            + " sit-to-stands the patient did in a row.");
    if (!effortNames.empty())
        result.notes.push_back(joinNames(effortNames) + " now use" + (effortNames.size() == 1 ? "s" : "")
            + " the effort scale instead of a heart-rate target, because "
            + (options.context.betaBlockers ? "beta-blockers keep the heart rate low."
                                            : "the patient's age or resting heart rate is not recorded."));
    return result;
}

int useEffortInsteadOfHeartRate(Plan& plan)
{
    int changed = 0;
    for (auto& day : plan.days)
        for (auto& item : day.items)
            if (item.intensity.kind == IntensityKind::HeartRate) {
                item.intensity = effortForHeartRate(item.intensity);
                ++changed;
            }
    return changed;
}

PersonalizedPlan planFromTemplate(const Plan& templatePlan, const std::string& templateName, const Patient& patient,
    TemplatePersonalization options, const ExerciseCatalog& catalog)
{
    options.patient = patient.id;
    const Date start = options.startDate.isValid() ? options.startDate : nextMonday(options.today);
    options.context = PatientContext::fromPatient(patient, start);
    PersonalizedPlan result = personalizeTemplate(templatePlan, options, catalog);
    if (result.plan.title.empty())
        result.plan.title = templateName;
    return result;
}

} // namespace paceplan::core
