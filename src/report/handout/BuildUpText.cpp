// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/handout/BuildUpText.h"

#include "report/handout/DoseText.h"
#include "report/handout/HandoutTexts.h"

namespace paceplan::report {

namespace {

/// True when two weeks print the same: same dose, same exercise, both easier weeks or neither.
bool sameWeek(const WeekDose& a, const WeekDose& b)
{
    return a.dose == b.dose && a.exerciseName == b.exerciseName && a.ladderStep == b.ladderStep && a.easier == b.easier;
}

} // namespace

QString BuildUpText::loadChange(const core::Load& before, const core::Load& after)
{
    if (before == after)
        return {};
    switch (after.kind) {
    case core::LoadKind::Bodyweight:
        return before.kind == core::LoadKind::Band ? tr("no band") : tr("no weight");
    case core::LoadKind::Kilograms:
        return after.kg > 0 ? tr("%1 kg weight").arg(DoseText::number(after.kg)) : tr("no weight");
    case core::LoadKind::Band:
        return after.bandColour.empty() ? tr("a different band")
                                        : tr("%1 band").arg(DoseText::bandColour(after.bandColour));
    }
    return {};
}

QStringList BuildUpText::lines(const HandoutExercise& exercise, int firstWeek, int maxLines)
{
    // The week the handout starts from: its dose and exercise are what the first change is measured against.
    WeekDose start { firstWeek, exercise.doseInWeek(firstWeek), exercise.name, 0, false };
    for (const auto& entry : exercise.buildUp)
        if (entry.week <= firstWeek)
            start = WeekDose { firstWeek, entry.dose, entry.exerciseName.isEmpty() ? exercise.name : entry.exerciseName,
                entry.ladderStep, entry.easier };

    struct Run {
        WeekDose first;
        int lastWeek = 0;
    };
    QList<Run> runs;
    bool changes = false;
    WeekDose previous = start;
    for (auto entry : exercise.buildUp) {
        if (entry.week <= firstWeek)
            continue;
        if (entry.exerciseName.isEmpty())
            entry.exerciseName = previous.exerciseName;
        changes = changes || !sameWeek(entry, previous);
        if (!runs.isEmpty() && sameWeek(runs.last().first, entry) && entry.week == runs.last().lastWeek + 1)
            runs.last().lastWeek = entry.week;
        else
            runs.append(Run { entry, entry.week });
        previous = entry;
    }
    if (!changes)
        return {};

    QStringList out;
    WeekDose before = start;
    for (const auto& run : runs) {
        if (out.size() >= maxLines)
            break;
        const WeekDose& now = run.first;
        QStringList parts;
        if (now.exerciseName != before.exerciseName)
            parts << (now.ladderStep < before.ladderStep ? tr("go back to %1") : tr("move on to %1"))
                         .arg(now.exerciseName);
        if (now.easier && !before.easier)
            parts << tr("an easier week");
        if (const QString load = loadChange(before.dose.load, now.dose.load); !load.isEmpty())
            parts << load;
        parts << DoseText::brief(now.dose, exercise.doseKind);
        out << HandoutTexts::buildUpLine(run.first.week, run.lastWeek, parts.join(QStringLiteral(", ")));
        before = now;
    }
    return out;
}

} // namespace paceplan::report
