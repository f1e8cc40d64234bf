// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/ExerciseCatalog.h"
#include "core/patient/Patient.h"
#include "core/plan/ProgressionEngine.h"

#include <algorithm>
#include <cmath>

namespace paceplan::core {

namespace {

// What the schedule needs to know about one plan item, worked out once per build.
struct PreparedItem {
    const PlanItem* item = nullptr;
    std::vector<ItemWeek> weeks;
    std::optional<HeartRateRange> heartRate;
};

ExerciseCategory categoryOr(const ExerciseCatalog& catalog, const std::string& id, bool& known)
{
    const Exercise* exercise = catalog.find(id);
    known = exercise != nullptr;
    return exercise ? exercise->category : ExerciseCategory::Functional;
}

double moderateWeight(const IntensityTarget& target, const ScheduleOptions& options)
{
    switch (intensityClass(target)) {
    case IntensityClass::Unknown:
        return options.countUntargetedAerobicAsModerate ? 1.0 : 0.0;
    case IntensityClass::Light:
        return 0.0;
    case IntensityClass::Moderate:
        return 1.0;
    case IntensityClass::Vigorous:
        return options.vigorousMinuteWeight;
    }
    return 0.0;
}

// Seconds of aerobic work in one round of a dose: its duration, or its distance at the assumed pace.
double aerobicSeconds(const Dose& dose, const ScheduleOptions& options)
{
    const int sets = std::max(1, dose.sets);
    if (dose.durationSeconds > 0)
        return static_cast<double>(sets) * dose.durationSeconds;
    if (dose.distanceMetres > 0 && options.metresPerMinute > 0.0)
        return sets * dose.distanceMetres / options.metresPerMinute * 60.0;
    return 0.0;
}

struct WeekTotals {
    double aerobicSeconds = 0.0;
    double moderateSeconds = 0.0;
    double durationSeconds = 0.0;
    double repetitions = 0.0;
    double holdSeconds = 0.0;
    double distanceMetres = 0.0;
    double loadKg = 0.0;
};

void addToTotals(WeekTotals& totals, const ScheduledItem& scheduled, const PlanItem& item, ExerciseCategory category,
    bool known, const ScheduleOptions& options)
{
    const Dose& dose = scheduled.dose;
    const int sets = std::max(1, dose.sets);
    const int times = std::max(1, dose.timesPerDay);
    if (known && category == ExerciseCategory::Aerobic) {
        const double seconds = aerobicSeconds(dose, options) * times;
        totals.aerobicSeconds += seconds;
        totals.moderateSeconds += seconds * moderateWeight(item.intensity, options);
    }
    totals.durationSeconds += static_cast<double>(sets) * dose.durationSeconds * times;
    totals.repetitions += static_cast<double>(sets) * dose.repetitions * times;
    totals.holdSeconds += static_cast<double>(sets) * std::max(1, dose.repetitions) * dose.holdSeconds * times;
    totals.distanceMetres += static_cast<double>(sets) * dose.distanceMetres * times;
    if (dose.load.kind == LoadKind::Kilograms)
        totals.loadKg += static_cast<double>(sets) * dose.repetitions * dose.load.kg * times;
}

// A count as an int; values an invalid plan could push past the int range stop at its end.
int toCount(double value)
{
    return static_cast<int>(std::clamp(std::round(value), 0.0, 2147483647.0));
}

int wholeMinutes(double seconds)
{
    return toCount(seconds / 60.0);
}

} // namespace

PatientContext PatientContext::fromPatient(const Patient& patient, const Date& on)
{
    PatientContext context;
    context.ageYears = patient.ageOn(on);
    context.restingHeartRate = patient.restingHeartRate;
    context.betaBlockers = patient.hasPrecaution(Precaution::BetaBlockers);
    return context;
}

double estimateDoseSeconds(const Dose& dose, const ScheduleOptions& options)
{
    const int sets = std::max(1, dose.sets);
    double perSet = 0.0;
    if (dose.durationSeconds > 0)
        perSet = dose.durationSeconds;
    else if (dose.distanceMetres > 0 && options.metresPerMinute > 0.0)
        perSet = dose.distanceMetres / options.metresPerMinute * 60.0;
    else if (dose.holdSeconds > 0)
        perSet = static_cast<double>(dose.holdSeconds) * std::max(1, dose.repetitions);
    else
        perSet = dose.repetitions * options.secondsPerRepetition;
    return sets * perSet + static_cast<double>(sets - 1) * dose.restSeconds;
}

Schedule buildSchedule(
    const Plan& plan, const ExerciseCatalog& catalog, const PatientContext& context, const ScheduleOptions& options)
{
    const int length = std::clamp(plan.lengthWeeks, 0, kMaxPlanWeeks);
    std::array<std::vector<PreparedItem>, kDaysPerWeek> prepared;
    for (std::size_t weekday = 0; weekday < prepared.size(); ++weekday) {
        for (const auto& item : plan.days[weekday].items) {
            PreparedItem entry { &item, progressItem(item, length, catalog), std::nullopt };
            const auto& target = item.intensity;
            // Beta-blockers blunt the heart-rate response, so no range is worked out (REFERENCE §3.4): nothing
            // downstream (editor, reports, handouts) can then show beats a minute for this patient.
            if (target.kind == IntensityKind::HeartRate && !context.betaBlockers && context.ageYears
                && context.restingHeartRate)
                entry.heartRate = heartRateRange(*context.ageYears, *context.restingHeartRate, target.reservePercentLow,
                    target.reservePercentHigh, target.measuredMaxHeartRate);
            prepared[weekday].push_back(std::move(entry));
        }
    }

    const bool dated = plan.startDate.isValid();
    const int firstWeekday = dated ? plan.startDate.weekdayIndex() : 0;
    Schedule schedule;
    schedule.weeks.reserve(static_cast<std::size_t>(length));
    for (int week = 1; week <= length; ++week) {
        ScheduledWeek out;
        out.week = week;
        out.startDate = dated ? plan.startDate.addDays((week - 1) * kDaysPerWeek) : Date();
        out.phaseLabel = plan.phaseLabel(week);
        out.sessions.reserve(kDaysPerWeek);
        WeekTotals totals;
        for (int offset = 0; offset < kDaysPerWeek; ++offset) {
            const int weekday = (firstWeekday + offset) % kDaysPerWeek;
            const auto& day = plan.days[static_cast<std::size_t>(weekday)];
            ScheduledSession session;
            session.date = dated ? out.startDate.addDays(offset) : Date();
            session.weekday = weekday;
            session.dayType = day.type;
            session.items.reserve(day.items.size());
            double sessionSeconds = 0.0;
            bool strength = false;
            for (const auto& entry : prepared[static_cast<std::size_t>(weekday)]) {
                const ItemWeek& itemWeek = entry.weeks[static_cast<std::size_t>(week - 1)];
                ScheduledItem scheduled { entry.item->key, itemWeek.exerciseId, itemWeek.dose, entry.heartRate,
                    itemWeek.ladderStep, itemWeek.deload };
                bool known = false;
                const ExerciseCategory category = categoryOr(catalog, scheduled.exerciseId, known);
                strength = strength || (known && category == ExerciseCategory::Strength);
                out.deload = out.deload || itemWeek.deload;
                addToTotals(totals, scheduled, *entry.item, category, known, options);
                sessionSeconds += estimateDoseSeconds(scheduled.dose, options);
                session.items.push_back(std::move(scheduled));
            }
            session.estimatedMinutes = toCount(std::ceil(sessionSeconds / 60.0 - 1e-9));
            out.strengthDays += strength ? 1 : 0;
            out.sessions.push_back(std::move(session));
        }
        out.aerobicMinutes = wholeMinutes(totals.aerobicSeconds);
        out.moderateMinutes = wholeMinutes(totals.moderateSeconds);
        out.volume = WeekVolume { wholeMinutes(totals.durationSeconds), toCount(totals.repetitions),
            toCount(totals.holdSeconds), toCount(totals.distanceMetres), std::round(totals.loadKg * 10.0) / 10.0 };
        schedule.weeks.push_back(std::move(out));
    }
    return schedule;
}

} // namespace paceplan::core
