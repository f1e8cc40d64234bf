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

QString ExerciseBlock::doseAndSteps() const
{
    // Labels run into their text ("Tips: ...") and lists are tight, so three cards share an A4 page.
    QString html;
    const core::Dose dose = m_exercise.doseInWeek(m_firstWeek);
    QStringList amounts { DoseText::describe(dose, m_exercise.doseKind, m_exercise.intensity, m_exercise.action) };
    for (const auto& other : m_exercise.otherDays)
        amounts << QStringLiteral("%1: %2").arg(other.day, DoseText::brief(other.dose, m_exercise.doseKind));
    QStringList escapedAmounts;
    for (const auto& amount : amounts)
        escapedAmounts << HandoutStyle::escape(amount);
    html += QStringLiteral("<p style='margin-top:0; margin-bottom:%1px;'><b>%2:</b> <b>%3</b></p>")
                .arg(m_style.gap(0.2))
                .arg(HandoutStyle::escape(HandoutTexts::thisWeekLabel(m_firstWeek)),
                    escapedAmounts.join(QStringLiteral("<br>")));
    if (!m_exercise.steps.isEmpty()) {
        QString steps = m_style.list(m_exercise.steps, true);
        // A card's lists sit tight against the text: the default list indent and gaps waste a line a card.
        steps.replace(
            QStringLiteral("<ol style='margin-top:0;"), QStringLiteral("<ol style='margin-top:0; -qt-list-indent:1;"));
        steps.replace(QStringLiteral("<li style='margin-bottom:%1px; line-height:%2%;'>")
                          .arg(m_style.gap(m_style.largePrint() ? 0.2 : 0.1))
                          .arg(m_style.largePrint() ? 115 : 104),
            QStringLiteral("<li style='margin-bottom:0; line-height:%1%;'>").arg(m_style.largePrint() ? 110 : 100));
        html += steps;
    }
    return html;
}

QString ExerciseBlock::notes() const
{
    QString html;
    if (!m_exercise.cues.isEmpty())
        html += runIn(HandoutTexts::cuesLabel(), m_exercise.cues);
    if (!m_exercise.safety.isEmpty())
        html += runIn(HandoutTexts::safetyLabel(), m_exercise.safety);
    if (!m_exercise.notes.isEmpty())
        html += runIn(HandoutTexts::notesLabel(), { m_exercise.notes });
    const QStringList buildUp = buildUpLines();
    html += runIn(HandoutTexts::buildUpLabel(),
        buildUp.isEmpty() ? QStringList { HandoutTexts::buildUpSame() }
                          : QStringList { buildUp.join(QStringLiteral("; ")) + QLatin1Char('.') });
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
    const int padding = m_style.largePrint() ? 6 : 5;
    const bool alone = m_style.cardsPerPage() == 1;
    QString html
        = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='%1' style='border-collapse:collapse; "
                         "border:1px solid #000000; margin-top:%2px; margin-bottom:%2px;%3'>")
              .arg(padding)
              .arg(m_style.gap(0.25))
              .arg(alone && m_number > 1 ? QStringLiteral(" page-break-before:always;") : QString());
    const bool beside = !pictures.isEmpty();
    const QString span = beside ? QStringLiteral(" colspan='2'") : QString();
    html += QStringLiteral("<tr><td%1 style='background-color:#e6e6e6; border-bottom:1px solid #000000;'>"
                           "<span style='font-size:%2pt;'><b>%3. %4</b></span></td></tr>")
                .arg(span, QString::number(m_style.bodyPoints() * 1.2, 'f', 1))
                .arg(m_number)
                .arg(HandoutStyle::escape(m_exercise.name));
    // The drawing stands at the left, beside the amount and the steps; the tips and notes below run the full width
    // of the card, where their longer lines wrap less.
    if (beside)
        html += QStringLiteral("<tr><td valign='top' width='%1'>%2</td><td valign='top'>%3</td></tr>"
                               "<tr><td colspan='2' style='padding-top:0;'>%4</td></tr>")
                    .arg(pictures.first().size.width() + 2 * padding)
                    .arg(picturesHtml(pictures), doseAndSteps(), notes());
    else
        html += QStringLiteral("<tr><td>%1</td></tr>").arg(doseAndSteps() + notes());
    html += QStringLiteral("</table>");
    return html;
}

} // namespace paceplan::report
