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

QString ExerciseBlock::runIn(const QString& label, const QStringList& sentences) const
{
    QStringList escaped;
    for (const auto& sentence : sentences)
        escaped << HandoutStyle::escape(sentence.trimmed());
    return QStringLiteral("<p style='margin-top:%1px; margin-bottom:0; line-height:%2%;'><b>%3:</b> %4</p>")
        .arg(m_style.gap(0.15))
        .arg(m_style.largePrint() ? 110 : 100)
        .arg(HandoutStyle::escape(label), escaped.join(QLatin1Char(' ')));
}

QString ExerciseBlock::doseLine() const
{
    // The amount stands in the card's header, after the name, so a card needs no "How much" line of its own.
    const core::Dose dose = m_exercise.doseInWeek(m_firstWeek);
    QStringList amounts { DoseText::describe(dose, m_exercise.doseKind, m_exercise.intensity, m_exercise.action) };
    for (const auto& other : m_exercise.otherDays)
        amounts << QStringLiteral("%1: %2").arg(other.day, DoseText::brief(other.dose, m_exercise.doseKind));
    return amounts.join(QLatin1Char(' '));
}

QString ExerciseBlock::steps() const
{
    if (m_exercise.steps.isEmpty())
        return {};
    QString html = m_style.list(m_exercise.steps, true);
    // A card's lists sit tight against the text: the default list indent and gaps waste a line a card.
    html.replace(
        QStringLiteral("<ol style='margin-top:0;"), QStringLiteral("<ol style='margin-top:0; -qt-list-indent:1;"));
    html.replace(
        QStringLiteral("margin-bottom:%1px;'><li").arg(m_style.gap(0.3)), QStringLiteral("margin-bottom:0;'><li"));
    html.replace(QStringLiteral("<li style='margin-bottom:%1px; line-height:%2%;'>")
                     .arg(m_style.gap(m_style.largePrint() ? 0.15 : 0.05))
                     .arg(m_style.largePrint() ? 105 : 100),
        QStringLiteral("<li style='margin-bottom:0; line-height:%1%;'>").arg(m_style.largePrint() ? 110 : 100));
    return html;
}

QString ExerciseBlock::notes() const
{
    // Run-in lines only for what the exercise has: a card with nothing to build up says nothing about it.
    QString html;
    if (!m_exercise.cues.isEmpty())
        html += runIn(HandoutTexts::cuesLabel(), m_exercise.cues);
    if (!m_exercise.safety.isEmpty())
        html += runIn(HandoutTexts::safetyLabel(), m_exercise.safety);
    if (!m_exercise.notes.isEmpty())
        html += runIn(HandoutTexts::notesLabel(), { m_exercise.notes });
    const QStringList buildUp = buildUpLines();
    if (!buildUp.isEmpty())
        html += runIn(HandoutTexts::buildUpLabel(), { buildUp.join(QStringLiteral("; ")) + QLatin1Char('.') });
    return html;
}

QString ExerciseBlock::picturesHtml(const QList<PlacedPicture>& pictures) const
{
    // The main drawing only, with its caption: more pictures would make the card taller than its text.
    if (pictures.isEmpty())
        return {};
    const PlacedPicture& picture = pictures.first();
    QString html = QStringLiteral("<p align='center' style='margin:0;'><img src='%1' width='%2' height='%3'></p>")
                       .arg(picture.resource)
                       .arg(picture.size.width())
                       .arg(picture.size.height());
    if (!picture.caption.isEmpty())
        html += QStringLiteral("<p align='center' style='margin-top:1px; margin-bottom:0;'>%1</p>")
                    .arg(HandoutStyle::escape(picture.caption));
    return html;
}

QString ExerciseBlock::html(const QList<PlacedPicture>& pictures) const
{
    const int padding = m_style.largePrint() ? 4 : 3;
    const bool alone = m_style.cardsPerPage() == 1;
    QString html
        = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='%1' style='border-collapse:collapse; "
                         "border:1px solid #000000; margin-top:%2px; margin-bottom:%2px;%3'>")
              .arg(padding)
              .arg(m_style.gap(0.2))
              .arg(alone && m_number > 1 ? QStringLiteral(" page-break-before:always;") : QString());
    const bool beside = !pictures.isEmpty();
    const QString span = beside ? QStringLiteral(" colspan='2'") : QString();
    // One header line: the number and name, then this week's amount.
    html += QStringLiteral("<tr><td%1 style='background-color:#e6e6e6; border-bottom:1px solid #000000;'>"
                           "<span style='font-size:%2pt;'><b>%3. %4</b></span> &nbsp;<b>%5</b></td></tr>")
                .arg(span, QString::number(m_style.bodyPoints() * 1.1, 'f', 1))
                .arg(m_number)
                .arg(HandoutStyle::escape(m_exercise.name), HandoutStyle::escape(doseLine()));
    // The drawing stands at the left, beside the steps; the tips and notes below run the full width of the card,
    // where their longer lines wrap less.
    const QString below = notes();
    if (beside) {
        html += QStringLiteral("<tr><td valign='top' width='%1'>%2</td><td valign='top'>%3</td></tr>")
                    .arg(pictures.first().size.width() + 2 * padding)
                    .arg(picturesHtml(pictures), steps());
        if (!below.isEmpty())
            html += QStringLiteral("<tr><td colspan='2' style='padding-top:0;'>%1</td></tr>").arg(below);
    } else if (!steps().isEmpty() || !below.isEmpty()) {
        html += QStringLiteral("<tr><td>%1</td></tr>").arg(steps() + below);
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace paceplan::report
