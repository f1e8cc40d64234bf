// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/PlanChecks.h"

#include "core/CodeTable.h"
#include "core/library/ExerciseCatalog.h"
#include "core/plan/DoseText.h"
#include "core/plan/PlanCheckSupport.h"

#include <algorithm>

namespace paceplan::core {

namespace {

constexpr codes::CodeTable<Severity, 3> kSeverityCodes { {
    { Severity::Info, "info" },
    { Severity::Warning, "warning" },
    { Severity::Problem, "problem" },
} };

PlanFinding finding(const char* code, Severity severity, int weekday, const std::string& itemKey, std::string message)
{
    return PlanFinding { code, severity, 0, weekday, itemKey, std::move(message) };
}

void checkRestDay(const detail::CheckInput& input, std::vector<PlanFinding>& findings)
{
    const bool hasRest = std::any_of(input.plan.days.begin(), input.plan.days.end(),
        [](const PlanDay& day) { return day.type == DayType::Rest || day.items.empty(); });
    if (!hasRest)
        findings.push_back(finding(check_code::kNoRestDay, Severity::Warning, -1, {},
            "The week has no rest day. Plan at least one day off each week so the body "
            "can recover."));
}

// The aerobic minutes of one round of a dose: its duration, or nothing when it is counted in distance.
double boutMinutes(const Dose& dose)
{
    return static_cast<double>(std::max(1, dose.sets)) * dose.durationSeconds / 60.0;
}

void checkItem(const detail::CheckInput& input, const PlanItem& item, int weekday, std::vector<PlanFinding>& findings)
{
    const std::string name = exerciseName(input.catalog, item.exerciseId);
    const Exercise* exercise = input.catalog.find(item.exerciseId);
    if (!exercise)
        findings.push_back(finding(check_code::kUnknownExercise, Severity::Problem, weekday, item.key,
            "\"" + item.exerciseId + "\" on " + weekdayName(weekday)
                + " is not in the exercise library. Pick an exercise from the library "
                  "or add it as the clinic's own."));
    const bool quotaSetsAmount = std::holds_alternative<GradedQuotaRule>(item.progression.rule);
    if (!hasAmount(item.dose) && !quotaSetsAmount)
        findings.push_back(finding(check_code::kNoDose, Severity::Problem, weekday, item.key,
            name + " on " + weekdayName(weekday) + " has no dose. Set the repetitions, a hold, a time or a distance."));

    if (item.intensity.kind == IntensityKind::HeartRate) {
        if (input.context.betaBlockers) {
            findings.push_back(finding(check_code::kHeartRateWithBetaBlockers, Severity::Warning, weekday, item.key,
                name + " on " + weekdayName(weekday)
                    + " has a heart-rate target, but beta-blockers keep the heart rate "
                      "low. Use the effort scale or the talk test instead."));
        } else if (!input.schedule.weeks.empty()) {
            bool computed = false;
            for (const auto& session : input.schedule.weeks.front().sessions)
                for (const auto& scheduled : session.items)
                    if (scheduled.itemKey == item.key && scheduled.heartRate)
                        computed = true;
            if (!computed)
                findings.push_back(finding(check_code::kHeartRateUnavailable, Severity::Warning, weekday, item.key,
                    name + " on " + weekdayName(weekday)
                        + " has a heart-rate target, but the range cannot be worked out. "
                          "Record the patient's date of birth and resting heart rate "
                          "(30-120 beats a minute), or use the effort scale."));
        }
    }

    // A quota must start below the tolerated baseline (REFERENCE §4.1, Sternbach; §4.2 start 80 %).
    if (const auto* quota = std::get_if<GradedQuotaRule>(&item.progression.rule)) {
        const double start = quotaStart(*quota);
        if (quota->baseline > 0.0 && start > quota->baseline) {
            findings.push_back(finding(check_code::kStartAboveBaseline, Severity::Warning, weekday, item.key,
                name + " starts at " + formatFieldValue(quota->field, start) + ", above the tolerated baseline of "
                    + formatFieldValue(quota->field, quota->baseline)
                    + ". Start below the baseline, usually at 80% of it."));
            return;
        }
    }
    const auto& baseline = input.context.aerobicBaselineMinutes;
    if (baseline && exercise && exercise->category == ExerciseCategory::Aerobic && !input.schedule.weeks.empty()) {
        for (const auto& session : input.schedule.weeks.front().sessions) {
            for (const auto& scheduled : session.items) {
                if (scheduled.itemKey != item.key || boutMinutes(scheduled.dose) <= *baseline)
                    continue;
                findings.push_back(finding(check_code::kStartAboveBaseline, Severity::Warning, weekday, item.key,
                    name + " starts at "
                        + formatFieldValue(DoseField::DurationSeconds, boutMinutes(scheduled.dose) * 60)
                        + ", more than the " + formatCount(*baseline, "minute", "minutes")
                        + " the patient can do now. Start below the baseline, usually at 80% of it."));
            }
        }
    }
}

void checkDayLength(const detail::CheckInput& input, int weekday, std::vector<PlanFinding>& findings)
{
    const auto count = static_cast<long>(input.plan.days[static_cast<std::size_t>(weekday)].items.size());
    if (count > input.limits.maxExercisesPerDay)
        findings.push_back(finding(check_code::kTooManyExercises, Severity::Warning, weekday, {},
            std::string(weekdayName(weekday)) + " has " + formatCount(count, "exercise", "exercises")
                + ". Long lists are harder to keep up; try " + std::to_string(input.limits.maxExercisesPerDay)
                + " or fewer."));
}

// A rest day holds nothing: the handout shades it and ticks no exercise there, so exercises on it would reach
// the clinician's screen but not the patient's page. Validation refuses to store such a plan; this finding names
// it in plans stored before that, or typed into a plan file.
void checkRestDayItems(const detail::CheckInput& input, int weekday, std::vector<PlanFinding>& findings)
{
    const auto& day = input.plan.days[static_cast<std::size_t>(weekday)];
    if (day.type != DayType::Rest || day.items.empty())
        return;
    const auto count = static_cast<long>(day.items.size());
    findings.push_back(finding(check_code::kRestDayWithExercises, Severity::Problem, weekday, day.items.front().key,
        std::string(weekdayName(weekday)) + " is a rest day but holds " + formatCount(count, "exercise", "exercises")
            + ". Move " + (count == 1 ? "it" : "them") + " to a training day, or change the day's type."));
}

int severityRank(Severity severity)
{
    switch (severity) {
    case Severity::Problem:
        return 0;
    case Severity::Warning:
        return 1;
    case Severity::Info:
        return 2;
    }
    return 3;
}

} // namespace

namespace detail {

void checkTemplate(const CheckInput& input, std::vector<PlanFinding>& findings)
{
    checkRestDay(input, findings);
    for (int weekday = 0; weekday < kDaysPerWeek; ++weekday) {
        checkDayLength(input, weekday, findings);
        checkRestDayItems(input, weekday, findings);
        for (const auto& item : input.plan.days[static_cast<std::size_t>(weekday)].items)
            checkItem(input, item, weekday, findings);
    }
}

} // namespace detail

const char* severityCode(Severity severity)
{
    return codes::codeOf(kSeverityCodes, severity);
}
std::optional<Severity> severityFromCode(std::string_view code)
{
    return codes::valueOf(kSeverityCodes, code);
}

double itemVolume(const Dose& dose)
{
    double amount = 0.0;
    switch (mainAmountField(dose)) {
    case DoseField::DurationSeconds:
        amount = dose.durationSeconds;
        break;
    case DoseField::DistanceMetres:
        amount = dose.distanceMetres;
        break;
    case DoseField::HoldSeconds:
        amount = static_cast<double>(dose.holdSeconds) * std::max(1, dose.repetitions);
        break;
    default:
        amount = dose.repetitions;
        break;
    }
    double volume = amount * std::max(1, dose.sets) * std::max(1, dose.timesPerDay);
    if (dose.load.kind == LoadKind::Kilograms && dose.load.kg > 0.0)
        volume *= dose.load.kg;
    return volume;
}

std::vector<PlanFinding> checkPlan(const Plan& plan, const Schedule& schedule, const ExerciseCatalog& catalog,
    const PatientContext& context, const CheckLimits& limits)
{
    std::vector<PlanFinding> findings;
    const detail::CheckInput input { plan, schedule, catalog, context, limits };
    detail::checkTemplate(input, findings);
    detail::checkSchedule(input, findings);
    std::stable_sort(findings.begin(), findings.end(),
        [](const PlanFinding& a, const PlanFinding& b) { return severityRank(a.severity) < severityRank(b.severity); });
    return findings;
}

} // namespace paceplan::core
