// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/handout/HandoutContent.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace paceplan::report {

/// "How it builds up" on a handout: the weeks after the first printed one in plain words, each line naming
/// every change from the week before (a harder or easier exercise, the band or weight, sets, repetitions, time).
class BuildUpText {
    Q_DECLARE_TR_FUNCTIONS(paceplan::report::BuildUpText)

public:
    /// A handout covers the coming weeks, not a whole year: later changes are left out.
    static constexpr int kMaxLines = 4;

    /// One line per run of weeks that share a dose, after `firstWeek`, e.g. "Week 7: red band, 2 sets of 8" or
    /// "Weeks 5 to 6: move on to Step ups, 2 sets of 8"; at most `maxLines`; empty when nothing changes.
    static QStringList lines(const HandoutExercise& exercise, int firstWeek, int maxLines = kMaxLines);

    /// The change of load in a few words, e.g. "red band", "3 kg weight", "no weight"; empty when it is the same.
    static QString loadChange(const core::Load& before, const core::Load& after);
};

} // namespace paceplan::report
