// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/handout/ExerciseBlock.h"

#include "report/handout/BuildUpText.h"
#include "report/handout/DoseText.h"
#include "report/handout/HandoutTexts.h"

namespace paceplan::report {

ExerciseBlock::ExerciseBlock(const HandoutExercise& exercise, int number, int firstWeek, const HandoutStyle& style)
    : m_exercise(exercise), m_number(number), m_firstWeek(firstWeek), m_style(style)
{
}

QStringList ExerciseBlock::buildUpLines() const
{
    return BuildUpText::lines(m_exercise, m_firstWeek);
}

QString ExerciseBlock::textCell() const
{
    QString html;
    const core::Dose dose = m_exercise.doseInWeek(m_firstWeek);
    html += m_style.label(HandoutTexts::thisWeekLabel(m_firstWeek));
    html += QStringLiteral("<p style='margin-top:0; margin-bottom:4px; font-size:%1pt;'><b>%2</b></p>")
                .arg(QString::number(m_style.bodyPoints() * 1.1, 'f', 1),
                    HandoutStyle::escape(
                        DoseText::describe(dose, m_exercise.doseKind, m_exercise.intensity, m_exercise.action)));
    if (!m_exercise.steps.isEmpty()) {
        html += m_style.label(HandoutTexts::stepsLabel());
        html += m_style.list(m_exercise.steps, true);
    }
    if (!m_exercise.cues.isEmpty()) {
        html += m_style.label(HandoutTexts::cuesLabel());
        html += m_style.list(m_exercise.cues, false);
    }
    if (!m_exercise.safety.isEmpty()) {
        html += m_style.label(HandoutTexts::safetyLabel());
        html += m_style.list(m_exercise.safety, false);
    }
    if (!m_exercise.notes.isEmpty()) {
        html += m_style.label(HandoutTexts::notesLabel());
        html += m_style.paragraph(m_exercise.notes);
    }
    const QStringList buildUp = buildUpLines();
    html += m_style.label(HandoutTexts::buildUpLabel());
    html += buildUp.isEmpty() ? m_style.paragraph(HandoutTexts::buildUpSame()) : m_style.list(buildUp, false);
    return html;
}

QString ExerciseBlock::picturesHtml(const QList<PlacedPicture>& pictures) const
{
    // Each picture sits in its own paragraph: a bare image after a table can be drawn in the wrong place.
    QString html;
    for (const auto& picture : pictures) {
        QString one = QStringLiteral("<p align='center' style='margin:0;'><img src='%1' width='%2' height='%3'></p>")
                          .arg(picture.resource)
                          .arg(picture.size.width())
                          .arg(picture.size.height());
        if (!picture.caption.isEmpty())
            one += QStringLiteral("<p align='center' style='margin-top:1px; margin-bottom:6px;'>%1</p>")
                       .arg(HandoutStyle::escape(picture.caption));
        html += one;
    }
    return html;
}

QString ExerciseBlock::html(const QList<PlacedPicture>& pictures) const
{
    const int padding = m_style.largePrint() ? 10 : 8;
    QString html
        = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='%1' style='border-collapse:collapse; "
                         "border:1px solid #000000; margin-top:%2px; margin-bottom:%2px;'>")
              .arg(padding)
              .arg(m_style.gap(0.6));
    const bool beside = !pictures.isEmpty();
    const QString span = beside ? QStringLiteral(" colspan='2'") : QString();
    html += QStringLiteral("<tr><td%1 style='background-color:#e6e6e6; border-bottom:1px solid #000000;'>"
                           "<span style='font-size:%2pt;'><b>%3. %4</b></span></td></tr>")
                .arg(span, QString::number(m_style.bodyPoints() * 1.3, 'f', 1))
                .arg(m_number)
                .arg(HandoutStyle::escape(m_exercise.name));
    // Pictures stand beside the text: above it they would make a block too tall to share a page in large print.
    if (beside)
        html += QStringLiteral("<tr><td valign='top' width='62%'>%1</td><td valign='top' width='38%'>%2</td></tr>")
                    .arg(textCell(), picturesHtml(pictures));
    else
        html += QStringLiteral("<tr><td>%1</td></tr>").arg(textCell());
    html += QStringLiteral("</table>");
    return html;
}

} // namespace paceplan::report
