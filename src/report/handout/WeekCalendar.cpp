// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/handout/WeekCalendar.h"

#include "report/handout/DoseText.h"
#include "report/handout/HandoutDocument.h"
#include "report/handout/HandoutPictures.h"
#include "report/handout/HandoutTexts.h"

#include <QLocale>

#include <cmath>

namespace paceplan::report {

namespace {

const QString kRestShade = QStringLiteral("#d9d9d9");
const QString kHeaderShade = QStringLiteral("#e6e6e6");
/// The most exercise rows in one calendar table: a table this long fits on page 1 under the title.
constexpr int kRowsPerTable = 12;
/// The same in large print.
constexpr int kLargePrintRowsPerTable = 4;

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

QString WeekCalendar::dayHeaderCell(const HandoutWeek& week, int index, double width) const
{
    QStringList lines = dayHeaderLines(week, index);
    for (auto& line : lines)
        line = QStringLiteral("<b>%1</b>").arg(HandoutStyle::escape(line));
    const bool rest = week.days[static_cast<std::size_t>(index)].type == HandoutDayType::Rest;
    return cell(lines.join(QStringLiteral("<br>")), rest ? kRestShade : kHeaderShade, width, QStringLiteral("center"));
}

QString WeekCalendar::thumbnailHtml(int index) const
{
    const HandoutExercise& exercise = m_content.exercises[index];
    const QSize size = exercise.pictures.isEmpty()
        ? QSize()
        : HandoutPictures::displaySize(exercise.pictures.first().image.size(), m_style.thumbnailBox());
    if (size.isEmpty())
        return {};
    return QStringLiteral("<img src='%1' width='%2' height='%3'>")
        .arg(HandoutDocument::pictureResource(index, 0))
        .arg(size.width())
        .arg(size.height());
}

QString WeekCalendar::calendarHtml(const HandoutWeek& week, bool thumbnails) const
{
    QString html;
    const int padding = 2;

    const auto isRest
        = [&week](int day) { return week.days[static_cast<std::size_t>(day)].type == HandoutDayType::Rest; };
    // Every day column is as wide as the widest day header, so no word in it is cut; the picture column is as
    // wide as a thumbnail and the exercise column gets the rest of the width.
    QStringList headerLines;
    for (int d = 0; d < 7; ++d)
        headerLines << dayHeaderLines(week, d);
    const double dayWidth = m_style.columnPercent(headerLines, true, padding);
    const QSize thumb = m_style.thumbnailBox();
    const double thumbWidth
        = thumbnails ? std::ceil((thumb.width() + 2.0 * padding + 2.0) / m_style.bodyWidth() * 1000.0) / 10.0 : 0.0;
    // When the day columns would squeeze the names to a word a line (large print), each exercise's name and
    // amount stand in a line across the day columns, above its ticks.
    const double nameWidth = 100.0 - 7 * dayWidth - thumbWidth;
    const bool stacked = nameWidth < 36.0;
    const QString title
        = QStringLiteral("<b>%1</b>")
              .arg(HandoutStyle::escape(HandoutTexts::weekTitle(week.number, week.startDate, week.phase)));
    const QString tick = QStringLiteral("<span style='font-size:%1pt;'><b>%2</b></span>")
                             .arg(QString::number(m_style.bodyPoints() * 1.3, 'f', 1), QStringLiteral("\u2713"));
    const double stackedDayWidth = 100.0 / 7;

    QString header = QStringLiteral("<tr>");
    if (thumbnails)
        header += cell(QString(), kHeaderShade, thumbWidth);
    if (stacked) {
        QString days = QStringLiteral("<tr>");
        for (int d = 0; d < 7; ++d)
            days += dayHeaderCell(week, d, stackedDayWidth);
        header += cell(title + tableStart(padding) + days + QStringLiteral("</tr></table>"), kHeaderShade);
    } else {
        // The week's title heads the exercise column, which saves a line on page 1.
        header += cell(title, kHeaderShade, std::max(10.0, nameWidth));
        for (int d = 0; d < 7; ++d)
            header += dayHeaderCell(week, d, dayWidth);
    }
    header += QStringLiteral("</tr>");

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
        if (thumbnails)
            row += cell(thumbnailHtml(i));
        // The amount in short words ("2 sets of 10"); the card has the whole sentence with how hard to work.
        const QString name = QStringLiteral("<b>%1. %2</b>").arg(i + 1).arg(HandoutStyle::escape(exercise.name));
        const QString amount
            = HandoutStyle::escape(DoseText::brief(exercise.doseInWeek(week.number), exercise.doseKind));
        if (stacked) {
            QString ticks = QStringLiteral("<tr>");
            for (int d = 0; d < 7; ++d)
                ticks += cell(doneOn(d) ? tick : QStringLiteral("&nbsp;"), isRest(d) ? kRestShade : QString(),
                    stackedDayWidth, QStringLiteral("center"));
            row += cell(QStringLiteral("%1 \u00B7 %2").arg(name, amount) + tableStart(padding) + ticks
                + QStringLiteral("</tr></table>"));
        } else {
            row += cell(QStringLiteral("%1<br>%2").arg(name, amount));
            for (int d = 0; d < 7; ++d)
                row += cell(
                    doneOn(d) ? tick : QString(), isRest(d) ? kRestShade : QString(), 0, QStringLiteral("center"));
        }
        rows << row + QStringLiteral("</tr>");
    }
    bool anyEasyDay = false;
    for (const auto& day : week.days)
        anyEasyDay = anyEasyDay || day.type == HandoutDayType::ActiveRecovery;

    // A long list is cut into tables of about equal length, each with the day header: the renderer keeps a
    // table on one page, and a table longer than a page would have rows split across pages. Twelve rows fit on
    // page 1 under the title in normal print; in large print tables of at most four rows let the first rows stay
    // on page 1 instead of the whole week moving to page 2.
    const int perPage = m_style.largePrint() ? kLargePrintRowsPerTable : kRowsPerTable;
    const int tables = std::max(1, static_cast<int>((rows.size() + perPage - 1) / perPage));
    const int perTable = static_cast<int>((rows.size() + tables - 1) / tables);
    const int columns = stacked ? (thumbnails ? 2 : 1) : (thumbnails ? 9 : 8);
    for (int t = 0; t < tables; ++t) {
        html += tableStart(padding) + header;
        for (int r = t * perTable; r < std::min(static_cast<int>(rows.size()), (t + 1) * perTable); ++r)
            html += rows[r];
        // The note is a row of the last table, so it stays on the same page as the calendar.
        if (anyEasyDay && t + 1 == tables)
            html += QStringLiteral("<tr><td colspan='%1' style='border:1px solid #000000;'>%2</td></tr>")
                        .arg(columns)
                        .arg(HandoutStyle::escape(HandoutTexts::easyDayNote()));
        html += QStringLiteral("</table>");
    }
    return html;
}

QString WeekCalendar::changesHtml(const QList<HandoutWeek>& weeks) const
{
    if (weeks.size() < 2 || m_content.exercises.isEmpty())
        return {};
    QString html = m_style.heading(2, HandoutTexts::changesByWeekHeading(), true);
    html += m_style.paragraph(HandoutTexts::changesByWeekIntro());
    const int padding = m_style.largePrint() ? 3 : 4;
    // Four weeks a table: a 12-week plan takes three tables, about one page, instead of a copy of every card.
    constexpr int kWeeksPerTable = 4;
    for (int from = 1; from < weeks.size(); from += kWeeksPerTable) {
        const int to = std::min(static_cast<int>(weeks.size()), from + kWeeksPerTable);
        QStringList rows;
        for (int i = 0; i < m_content.exercises.size(); ++i) {
            const HandoutExercise& exercise = m_content.exercises[i];
            QString row = QStringLiteral("<tr>")
                + cell(QStringLiteral("%1. %2").arg(i + 1).arg(HandoutStyle::escape(exercise.name)));
            bool changes = false;
            for (int w = from; w < to; ++w) {
                const core::Dose dose = exercise.doseInWeek(weeks[w].number);
                const bool changed = !(dose == exercise.doseInWeek(weeks[w - 1].number));
                changes = changes || changed;
                row += cell(changed ? QStringLiteral("<b>%1</b>")
                                          .arg(HandoutStyle::escape(DoseText::brief(dose, exercise.doseKind)))
                                    : HandoutStyle::escape(HandoutTexts::sameAsBefore()));
            }
            if (changes)
                rows << row + QStringLiteral("</tr>");
        }
        if (rows.isEmpty())
            continue;
        const double weekWidth = 64.0 / kWeeksPerTable;
        html += tableStart(padding) + QStringLiteral("<tr>")
            + cell(QStringLiteral("<b>%1</b>").arg(HandoutStyle::escape(HandoutTexts::calendarExerciseColumn())),
                kHeaderShade, 36.0);
        for (int w = from; w < to; ++w)
            html += cell(
                QStringLiteral("<b>%1</b>")
                    .arg(HandoutStyle::escape(HandoutTexts::weekShortTitle(weeks[w].number, weeks[w].startDate))),
                kHeaderShade, weekWidth);
        html += QStringLiteral("</tr>") + rows.join(QString()) + QStringLiteral("</table>");
        html += m_style.paragraph(QString());
    }
    return html;
}

QString WeekCalendar::diaryHtml(const HandoutWeek& week, bool newPage) const
{
    // The dates share the heading line, and the instructions are one paragraph: the heading and its lead-in move
    // with the table when it goes to the next page.
    QString html = m_style.heading(2, HandoutTexts::diaryHeading(week.number, week.startDate), newPage);
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
    // The choices stand on one line when that leaves the notes a fair width, so a row is two lines tall.
    const QString oneLine = choices.join(QStringLiteral(" "));
    QList<double> widths;
    bool choicesInLine = true;
    for (const bool inLine : { true, false }) {
        widths.clear();
        for (int c = 0; c + 1 < columns.size(); ++c) {
            QStringList lines = words(columns[c]);
            if (c == 0)
                lines << dayLines;
            else if (c == 1)
                lines << (inLine ? QStringList { oneLine } : choices) << HandoutTexts::diaryRestDay();
            widths << m_style.columnPercent(lines, false, padding);
        }
        double used = 0;
        for (const double width : widths)
            used += width;
        widths << std::max(10.0, 100.0 - used);
        choicesInLine = inLine;
        if (widths.last() >= 20.0)
            break;
    }

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
                escaped << HandoutStyle::escape(choice).replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
            html += cell(escaped.join(choicesInLine ? QStringLiteral(" ") : QStringLiteral("<br>")));
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
