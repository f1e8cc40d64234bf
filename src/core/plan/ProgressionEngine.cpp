// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/ProgressionEngine.h"

#include "core/library/ExerciseCatalog.h"

#include <algorithm>
#include <cmath>

namespace paceplan::core {

namespace {

// Sets a field to a rounded value that stops at `limit` when there is one.
void assignLimited(Dose& dose, DoseField field, double value, std::optional<double> limit)
{
    if (limit && roundDoseValue(field, value) >= *limit)
        setDoseFieldValue(dose, field, *limit, DoseRounding::Exact);
    else
        setDoseFieldValue(dose, field, value);
}

int stepsDone(int progressionIndex, int everyWeeks)
{
    return (progressionIndex - 1) / std::max(1, everyWeeks);
}

Dose linearDose(const Dose& start, const LinearRule& rule, int steps)
{
    if (steps == 0)
        return start;
    Dose dose = start;
    const double base = doseFieldValue(start, rule.field);
    const double value = rule.stepKind == StepKind::Percent ? base * std::pow(1.0 + rule.step / 100.0, steps)
                                                            : base + steps * rule.step;
    assignLimited(dose, rule.field, value, rule.cap);
    return dose;
}

Dose quotaDose(const Dose& start, const GradedQuotaRule& rule, int steps)
{
    Dose dose = start;
    const double first = quotaStart(rule);
    const double value = [&] {
        switch (rule.stepKind) {
        case StepKind::Percent:
            return first * std::pow(1.0 + rule.step / 100.0, steps);
        case StepKind::PercentOfBaseline:
            return first + steps * rule.baseline * rule.step / 100.0;
        case StepKind::Absolute:
            return first + steps * rule.step;
        }
        return first;
    }();
    assignLimited(dose, rule.field, value, rule.goal > 0.0 ? std::optional<double>(rule.goal) : std::nullopt);
    return dose;
}

// Raises the load by one step; false when it cannot go higher.
bool raiseLoad(Load& load, const DoubleProgressionRule& rule)
{
    switch (load.kind) {
    case LoadKind::Bodyweight:
        return false;
    case LoadKind::Band:
        if (auto next = nextBandColour(load.bandColour)) {
            load.bandColour = *next;
            return true;
        }
        return false;
    case LoadKind::Kilograms: {
        const double ceiling = std::min(rule.maxLoadKg.value_or(kMaxLoadKg), kMaxLoadKg);
        if (load.kg >= ceiling)
            return false;
        const double step = rule.loadStepKind == StepKind::Percent ? load.kg * rule.loadStep / 100.0 : rule.loadStep;
        // A step always adds at least 0.5 kg, or small percentages would never move a light load.
        const double raised = std::max(roundDoseValue(DoseField::LoadKg, load.kg + step), load.kg + 0.5);
        load.kg = std::min(raised, ceiling);
        return true;
    }
    }
    return false;
}

std::vector<Dose> doubleProgressionDoses(const Dose& start, const DoubleProgressionRule& rule, int count)
{
    std::vector<Dose> doses;
    doses.reserve(static_cast<std::size_t>(count));
    Dose dose = start;
    int done = 0;
    for (int p = 1; p <= count; ++p) {
        for (; done < stepsDone(p, rule.everyWeeks); ++done) {
            if (dose.repetitions < rule.repsHigh) {
                const long long raised = static_cast<long long>(dose.repetitions) + std::max(1, rule.repStep);
                dose.repetitions = static_cast<int>(std::min<long long>(raised, rule.repsHigh));
            } else if (raiseLoad(dose.load, rule)) {
                dose.repetitions = rule.repsLow;
            }
        }
        doses.push_back(dose);
    }
    return doses;
}

// The exercises of a ladder: the prescribed one first, then each harder variant, without loops.
std::vector<const Exercise*> ladderRungs(const std::string& exerciseId, const ExerciseCatalog& catalog, int maxSteps)
{
    std::vector<const Exercise*> rungs;
    const Exercise* current = catalog.find(exerciseId);
    const int limit = maxSteps > 0 ? std::min(maxSteps, kMaxLadderSteps) : kMaxLadderSteps;
    while (current && static_cast<int>(rungs.size()) <= limit) {
        const bool seen = std::any_of(rungs.begin(), rungs.end(), [&](const Exercise* e) { return e == current; });
        if (seen)
            break;
        rungs.push_back(current);
        current = current->harderId.empty() ? nullptr : catalog.find(current->harderId);
    }
    return rungs;
}

// The dose on a new rung: its library starting dose with the clinician's sets, rest and times a day.
Dose rungDose(const Exercise& rung, const Dose& prescribed)
{
    Dose dose = rung.startDose;
    if (!hasAmount(dose))
        return prescribed;
    if (prescribed.sets > 0)
        dose.sets = prescribed.sets;
    if (prescribed.restSeconds > 0)
        dose.restSeconds = prescribed.restSeconds;
    dose.timesPerDay = prescribed.timesPerDay;
    return dose;
}

std::vector<ItemWeek> baseProgression(const PlanItem& item, int count, const ExerciseCatalog& catalog)
{
    std::vector<ItemWeek> weeks(static_cast<std::size_t>(count), ItemWeek { item.exerciseId, item.dose, false, 0 });
    const auto& rule = item.progression.rule;
    if (const auto* linear = std::get_if<LinearRule>(&rule)) {
        for (int p = 1; p <= count; ++p)
            weeks[static_cast<std::size_t>(p - 1)].dose
                = linearDose(item.dose, *linear, stepsDone(p, linear->everyWeeks));
    } else if (const auto* quota = std::get_if<GradedQuotaRule>(&rule)) {
        for (int p = 1; p <= count; ++p)
            weeks[static_cast<std::size_t>(p - 1)].dose = quotaDose(item.dose, *quota, stepsDone(p, quota->everyWeeks));
    } else if (const auto* dp = std::get_if<DoubleProgressionRule>(&rule)) {
        const auto doses = doubleProgressionDoses(item.dose, *dp, count);
        for (std::size_t i = 0; i < doses.size(); ++i)
            weeks[i].dose = doses[i];
    } else if (const auto* ladder = std::get_if<LadderRule>(&rule)) {
        const auto rungs = ladderRungs(item.exerciseId, catalog, ladder->maxSteps);
        for (int p = 1; p <= count && !rungs.empty(); ++p) {
            const int step = std::min(stepsDone(p, ladder->everyWeeks), static_cast<int>(rungs.size()) - 1);
            if (step == 0)
                continue;
            const auto& rung = *rungs[static_cast<std::size_t>(step)];
            weeks[static_cast<std::size_t>(p - 1)] = ItemWeek { rung.id, rungDose(rung, item.dose), false, step };
        }
    }
    return weeks;
}

// The field an easier week reduces: the field the rule raises, or else the main amount of the dose.
DoseField deloadField(const ProgressionRule& rule, const Dose& dose)
{
    if (const auto* linear = std::get_if<LinearRule>(&rule.rule))
        return linear->field;
    if (const auto* quota = std::get_if<GradedQuotaRule>(&rule.rule))
        return quota->field;
    return mainAmountField(dose);
}

} // namespace

bool isDeloadWeek(int week, const DeloadOverlay& deload)
{
    return deload.enabled() && deload.everyWeeks >= 2 && week > 0 && week % deload.everyWeeks == 0;
}

int progressionWeek(int week, const DeloadOverlay& deload)
{
    if (!deload.enabled() || deload.everyWeeks < 2)
        return week;
    return week - week / deload.everyWeeks;
}

std::vector<ItemWeek> progressItem(const PlanItem& item, int weeks, const ExerciseCatalog& catalog)
{
    weeks = std::clamp(weeks, 0, kMaxPlanWeeks);
    const auto& deload = item.progression.deload;
    const auto base = baseProgression(item, std::max(1, progressionWeek(weeks, deload)), catalog);
    std::vector<ItemWeek> out;
    out.reserve(static_cast<std::size_t>(weeks));
    for (int week = 1; week <= weeks; ++week) {
        ItemWeek current = base[static_cast<std::size_t>(progressionWeek(week, deload) - 1)];
        if (isDeloadWeek(week, deload)) {
            const DoseField field = deloadField(item.progression, current.dose);
            const double value = doseFieldValue(current.dose, field);
            if (value > 0.0)
                setDoseFieldValue(current.dose, field, value * (100 - deload.reducePercent) / 100.0);
            current.deload = true;
        }
        out.push_back(std::move(current));
    }
    return out;
}

} // namespace paceplan::core
