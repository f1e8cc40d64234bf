// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/handout/HandoutContent.h"
#include "report/handout/HandoutStyle.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace paceplan::report {

/// A picture as the document shows it: the resource name it was added under and its size on the page.
struct PlacedPicture {
    QString resource; ///< The name of the image resource in the document.
    QSize size; ///< Width and height on the page, in layout pixels.
    QString caption;
};

/// Builds the HTML of one exercise card: name, the main drawing beside this week's dose, the numbered steps, tips,
/// safety, the physio's note and how it builds up.
class ExerciseBlock {
public:
    /// The block of `exercise`, numbered `number`, with the dose of week `firstWeek`; keeps references only.
    ExerciseBlock(const HandoutExercise& exercise, int number, int firstWeek, const HandoutStyle& style);

    /// The block as one table, so the renderer can keep it on one page; `pictures` may be empty.
    QString html(const QList<PlacedPicture>& pictures) const;

    /// The lines under "How it builds up", weeks with the same dose grouped; empty when nothing changes.
    QStringList buildUpLines() const;

private:
    /// This week's amount in words, with the days of another amount; it stands in the header after the name.
    QString doseLine() const;
    /// The numbered steps, which stand beside the drawing.
    QString steps() const;
    /// The tips, safety line, the physio's note and how it builds up, under the drawing and the steps.
    QString notes() const;
    /// A paragraph that starts with a bold label and runs on with `sentences`.
    QString runIn(const QString& label, const QStringList& sentences) const;
    QString picturesHtml(const QList<PlacedPicture>& pictures) const;

    const HandoutExercise& m_exercise;
    int m_number;
    int m_firstWeek;
    const HandoutStyle& m_style;
};

} // namespace paceplan::report
