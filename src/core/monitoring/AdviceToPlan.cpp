// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/AdviceToPlan.h"

#include "core/plan/DoseField.h"
#include "core/plan/ProgressionEngine.h"

#include <algorithm>
#include <cmath>

namespace paceplan::core {

namespace {

const ScheduledItem* itemInWeek(const ScheduledWeek& week, const std::string& key)
{
    for (const auto& session : week.sessions)
        for (const auto& item : session.items)
            if (item.itemKey == key)
                return &item;
    return nullptr;
}

int reduced(int value, int percent)
{
    return value <= 0 ? value : std::max(1, static_cast<int>(std::lround(value * (100.0 - percent) / 100.0)));
}

Dose reducedDose(Dose dose, int percent)
{
    dose.durationSeconds = reduced(dose.durationSeconds, percent);
    if (dose.durationSeconds >= 60) // Durations round to whole minutes (docs/progression.md).
        dose.durationSeconds = static_cast<int>(std::lround(dose.durationSeconds / 60.0)) * 60;
    dose.distanceMetres = reduced(dose.distanceMetres, percent);
    dose.repetitions = reduced(dose.repetitions, percent);
    dose.holdSeconds = reduced(dose.holdSeconds, percent);
    if (dose.load.kind == LoadKind::Kilograms)
        dose.load.kg = std::round(dose.load.kg * (100.0 - percent) / 100.0 * 2.0) / 2.0;
    return dose;
}

} // namespace

std::optional<AdvisedPlan> applyPainAdvice(const Plan& plan, const PainAdvice& advice, const Date& today,
    const ExerciseCatalog& catalog, const PatientContext& context)
{
    if ((advice.action != AdviceAction::Hold && advice.action != AdviceAction::StepBack) || !plan.startDate.isValid()
        || today < plan.startDate || today > plan.endDate())
        return std::nullopt;
    const Schedule schedule = buildSchedule(plan, catalog, context);
    const int currentWeek = std::clamp(plan.startDate.daysTo(today) / 7 + 1, 1, plan.lengthWeeks);
    int sourceWeek = currentWeek;
    int percent = 0;
    if (advice.action == AdviceAction::StepBack && advice.stepBack) {
        if (advice.stepBack->mode == StepBackMode::PreviousWeeks)
            sourceWeek = std::max(1, currentWeek - advice.stepBack->weeks);
        else
            percent = advice.stepBack->percent;
    } else if (advice.action == AdviceAction::StepBack) {
        sourceWeek = std::max(1, currentWeek - 1);
    }
    const auto& source = schedule.weeks[static_cast<std::size_t>(sourceWeek - 1)];

    // Holding repeats this week's amounts next week, so the new revision starts next Monday; stepping back
    // takes effect now, from this Monday.
    const int skippedWeeks = advice.action == AdviceAction::Hold ? currentWeek : currentWeek - 1;
    if (skippedWeeks >= plan.lengthWeeks)
        return std::nullopt;
    AdvisedPlan result;
    result.plan = plan;
    Plan& next = result.plan;
    next.startDate = plan.startDate.addDays(skippedWeeks * 7);
    next.lengthWeeks = plan.lengthWeeks - skippedWeeks;
    for (auto& phase : next.phases) {
        phase.firstWeek = std::max(1, phase.firstWeek - skippedWeeks);
        phase.lastWeek = phase.lastWeek - skippedWeeks;
    }
    std::erase_if(next.phases, [](const PlanPhase& phase) { return phase.lastWeek < 1; });
    for (auto& day : next.days) {
        for (auto& item : day.items) {
            const ScheduledItem* scheduled = itemInWeek(source, item.key);
            if (!scheduled)
                continue;
            item.exerciseId = scheduled->exerciseId;
            item.dose = percent > 0 ? reducedDose(scheduled->dose, percent) : scheduled->dose;
            if (auto* quota = std::get_if<GradedQuotaRule>(&item.progression.rule); quota && quota->baseline > 0) {
                // The quota restarts at this dose: its start is expressed as a share of the same baseline.
                const double start = doseFieldValue(item.dose, quota->field) / quota->baseline * 100.0;
                quota->startPercent
                    = std::clamp(static_cast<int>(std::lround(start)), kMinQuotaStartPercent, kMaxQuotaStartPercent);
            }
        }
    }
    const std::string from = "The plan starts again on " + next.startDate.toIso() + " (week "
        + std::to_string(skippedWeeks + 1) + " of the previous revision), ending on the same day.";
    result.changes.push_back(from);
    if (advice.action == AdviceAction::Hold)
        result.changes.push_back("Next week every exercise stays at this week's amount, then builds up again.");
    else if (percent > 0)
        result.changes.push_back("Every exercise steps back to " + std::to_string(100 - percent)
            + "% of this week's amount, then builds up again.");
    else
        result.changes.push_back("Every exercise steps back to the amount of week " + std::to_string(sourceWeek)
            + ", then builds up again.");
    return result;
}

} // namespace paceplan::core
