// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/handout/WeekCalendar.h"

#include "report/handout/DoseText.h"
#include "report/handout/HandoutTexts.h"

#include <QLocale>

namespace paceplan::report {

namespace {

const QString kRestShade = QStringLiteral("#d9d9d9");
const QString kHeaderShade = QStringLiteral("#e6e6e6");
/// The most exercise rows in one calendar table: a table this long fits on a page even in large print.
constexpr int kRowsPerTable = 7;

QString tableStart(int padding)
{
    return QStringLiteral("<table width='100%' cellspacing='0' cellpadding='%1' style='border-collapse:collapse; "
                          "border:1px solid #000000;'>")
        .arg(padding);
}

/// A table cell; `width` is a percentage or 0 to leave it open.
QString cell(const QString& html, const QString& shade = {}, double width = 0, const QString& align = {})
{
    return QStringLiteral("<td valign='top'%1%2 style='border:1px solid #000000;%3'>%4</td>")
        .arg(width > 0 ? QStringLiteral(" width='%1%'").arg(width, 0, 'f', 1) : QString(),
            align.isEmpty() ? QString() : QStringLiteral(" align='%1'").arg(align),
            shade.isEmpty() ? QString() : QStringLiteral(" background-color:%1;").arg(shade), html);
}

QStringList words(const QString& text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

WeekCalendar::WeekCalendar(const HandoutContent& content, const HandoutStyle& style)
    : m_content(content), m_style(style)
{
}

QString WeekCalendar::dayName(const HandoutWeek& week, int index)
{
    if (!week.startDate.isValid())
        return HandoutTexts::dayNumber(index + 1);
    return QLocale().toString(week.startDate.addDays(index), QStringLiteral("ddd d MMM"));
}

QStringList WeekCalendar::dayHeaderLines(const HandoutWeek& week, int index)
{
    QStringList lines;
    if (week.startDate.isValid()) {
        const QDate date = week.startDate.addDays(index);
        lines << QLocale().toString(date, QStringLiteral("ddd")) << QLocale().toString(date, QStringLiteral("d"));
    } else {
        lines << HandoutTexts::dayNumber(index + 1);
    }
    const HandoutDayType type = week.days[static_cast<std::size_t>(index)].type;
    if (type == HandoutDayType::Rest || type == HandoutDayType::ActiveRecovery)
        lines << HandoutTexts::dayTypeShortLabel(type);
    return lines;
}

QString WeekCalendar::calendarHtml(const HandoutWeek& week) const
{
    QString html = m_style.heading(3, HandoutTexts::weekTitle(week.number, week.startDate, week.phase));
    const int padding = m_style.largePrint() ? 3 : 4;

    const auto isRest
        = [&week](int day) { return week.days[static_cast<std::size_t>(day)].type == HandoutDayType::Rest; };
    // Every day column is as wide as the widest day header, so no word in it is cut; the exercise column gets
    // the rest of the width.
    QStringList headerLines;
    for (int d = 0; d < 7; ++d)
        headerLines << dayHeaderLines(week, d);
    const double dayWidth = m_style.columnPercent(headerLines, true, padding);
    QString header = QStringLiteral("<tr>");
    header += cell(QStringLiteral("<b>%1</b>").arg(HandoutStyle::escape(HandoutTexts::calendarExerciseColumn())),
        kHeaderShade, std::max(10.0, 100.0 - 7 * dayWidth));
    for (int d = 0; d < 7; ++d) {
        QStringList lines = dayHeaderLines(week, d);
        for (auto& line : lines)
            line = QStringLiteral("<b>%1</b>").arg(HandoutStyle::escape(line));
        header += cell(lines.join(QStringLiteral("<br>")), isRest(d) ? kRestShade : kHeaderShade, dayWidth,
            QStringLiteral("center"));
    }
    header += QStringLiteral("</tr>");

    const QString tick = QStringLiteral("<span style='font-size:%1pt;'><b>%2</b></span>")
                             .arg(QString::number(m_style.bodyPoints() * 1.3, 'f', 1), QStringLiteral("\u2713"));
    QStringList rows;
    for (int i = 0; i < m_content.exercises.size(); ++i) {
        const HandoutExercise& exercise = m_content.exercises[i];
        const auto doneOn = [&](int d) {
            return !isRest(d) && week.days[static_cast<std::size_t>(d)].exerciseKeys.contains(exercise.key);
        };
        bool used = false;
        for (int d = 0; d < 7; ++d)
            used = used || doneOn(d);
        if (!used)
            continue;
        QString row = QStringLiteral("<tr>");
        row += cell(
            QStringLiteral("%1. <b>%2</b>: %3")
                .arg(i + 1)
                .arg(HandoutStyle::escape(exercise.name),
                    HandoutStyle::escape(DoseText::brief(exercise.doseInWeek(week.number), exercise.doseKind))));
        for (int d = 0; d < 7; ++d)
            row += cell(doneOn(d) ? tick : QString(), isRest(d) ? kRestShade : QString(), 0, QStringLiteral("center"));
        rows << row + QStringLiteral("</tr>");
    }
    bool anyEasyDay = false;
    for (const auto& day : week.days)
        anyEasyDay = anyEasyDay || day.type == HandoutDayType::ActiveRecovery;

    // A long list is cut into tables of about equal length, each with the day header: the renderer keeps a
    // table on one page, and a table longer than a page would have rows split across pages.
    const int tables = std::max(1, static_cast<int>((rows.size() + kRowsPerTable - 1) / kRowsPerTable));
    const int perTable = static_cast<int>((rows.size() + tables - 1) / tables);
    for (int t = 0; t < tables; ++t) {
        html += tableStart(padding) + header;
        for (int r = t * perTable; r < std::min(static_cast<int>(rows.size()), (t + 1) * perTable); ++r)
            html += rows[r];
        // The note is a row of the last table, so it stays on the same page as the calendar.
        if (anyEasyDay && t + 1 == tables)
            html += QStringLiteral("<tr><td colspan='8' style='border:1px solid #000000;'>%1</td></tr>")
                        .arg(HandoutStyle::escape(HandoutTexts::easyDayNote()));
        html += QStringLiteral("</table>");
    }
    return html;
}

QString WeekCalendar::diaryHtml(const HandoutWeek& week) const
{
    QString html = m_style.heading(2, HandoutTexts::diaryHeading(week.number), true);
    if (week.startDate.isValid())
        html += m_style.paragraph(HandoutTexts::diaryDates(week.startDate), true);
    html += m_style.paragraph(HandoutTexts::diaryIntro() + QLatin1Char(' ')
        + HandoutTexts::diaryUsualPain(m_content.painThresholds.usualPain));

    const int padding = m_style.largePrint() ? 4 : 6;
    const QString box = QStringLiteral("\u2610\u00A0");
    QStringList choices;
    for (const auto& choice : HandoutTexts::diaryDoneChoices())
        choices << box + choice;
    QStringList dayLines;
    for (int i = 0; i < 7; ++i)
        dayLines << dayName(week, i).split(QLatin1Char(' '), Qt::SkipEmptyParts).first()
                 << dayName(week, i).section(QLatin1Char(' '), 1);
    const QStringList columns = HandoutTexts::diaryColumns();

    // Each column but the last is as wide as its longest word or line needs, so the pain columns fit in
    // portrait even in large print; the notes column gets the rest.
    QList<double> widths;
    for (int c = 0; c + 1 < columns.size(); ++c) {
        QStringList lines = words(columns[c]);
        if (c == 0)
            lines << dayLines;
        else if (c == 1)
            lines << choices << HandoutTexts::diaryRestDay();
        widths << m_style.columnPercent(lines, false, padding);
    }
    double used = 0;
    for (const double width : widths)
        used += width;
    widths << std::max(10.0, 100.0 - used);

    html += tableStart(padding);
    html += QStringLiteral("<tr>");
    for (int c = 0; c < columns.size(); ++c)
        html += cell(HandoutStyle::escape(columns[c]), kHeaderShade, widths[c]);
    html += QStringLiteral("</tr>");

    // The blank cells are tall enough to write in: two empty lines.
    const QString writingSpace = QStringLiteral("&nbsp;<br>&nbsp;");
    for (int i = 0; i < 7; ++i) {
        const HandoutDay& day = week.days[static_cast<std::size_t>(i)];
        const bool rest = day.type == HandoutDayType::Rest;
        html += QStringLiteral("<tr>");
        html += cell(QStringLiteral("<b>%1</b><br>%2")
                         .arg(HandoutStyle::escape(dayLines[2 * qsizetype { i }]),
                             HandoutStyle::escape(dayLines[2 * qsizetype { i } + 1])));
        if (rest) {
            html += cell(HandoutStyle::escape(HandoutTexts::diaryRestDay()), kRestShade);
            for (int c = 0; c < 4; ++c)
                html += cell(QStringLiteral("&ndash;"), kRestShade, 0, QStringLiteral("center"));
        } else {
            QStringList escaped;
            for (const auto& choice : choices)
                escaped << HandoutStyle::escape(choice);
            html += cell(escaped.join(QStringLiteral("<br>")));
            for (int c = 0; c < 4; ++c)
                html += cell(writingSpace);
        }
        html += cell(writingSpace);
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace paceplan::report
