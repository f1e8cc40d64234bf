// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/handout/HandoutContent.h"

namespace paceplan::report {

core::Dose HandoutExercise::doseInWeek(int week) const
{
    const WeekDose* best = nullptr;
    for (const auto& entry : buildUp)
        if (entry.week <= week && (!best || entry.week >= best->week))
            best = &entry;
    return best ? best->dose : dose;
}

const HandoutExercise* HandoutContent::findExercise(const QString& key) const
{
    const int index = exerciseIndex(key);
    return index < 0 ? nullptr : &exercises[index];
}

int HandoutContent::exerciseIndex(const QString& key) const
{
    for (int i = 0; i < exercises.size(); ++i)
        if (exercises[i].key == key)
            return i;
    return -1;
}

} // namespace paceplan::report
