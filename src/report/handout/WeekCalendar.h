// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/handout/HandoutContent.h"
#include "report/handout/HandoutStyle.h"

#include <QString>
#include <QStringList>

namespace paceplan::report {

/// Builds the HTML of the "Your week" calendar and of the home-diary page of a plan week.
class WeekCalendar {
public:
    /// The calendars of `content` in `style`; keeps references only.
    WeekCalendar(const HandoutContent& content, const HandoutStyle& style);

    /// The week at a glance: a row per exercise (with its thumbnail when `thumbnails`, its name and its dose
    /// that week in words) and a tick on each day it is done; rest days are shaded columns marked "Rest".
    QString calendarHtml(const HandoutWeek& week, bool thumbnails = false) const;

    /// What changes week by week after the first of `weeks`: tables of four weeks, a row per exercise whose
    /// amount changes in them, "same" where it does not; empty for a single week.
    QString changesHtml(const QList<HandoutWeek>& weeks) const;

    /// The diary of a week: a row per day with the columns of the session log, kept whole on one page; it starts
    /// a new page when `newPage`, else it follows on from what comes before it.
    QString diaryHtml(const HandoutWeek& week, bool newPage = true) const;

    /// The name of day `index` (0-6) of a week with its date, e.g. "Mon 23 Nov", or "Day 1" without dates.
    static QString dayName(const HandoutWeek& week, int index);

private:
    /// The lines of a day's column header: "Mon", the day of the month, and "Rest" or "Easy" when it is one.
    static QStringList dayHeaderLines(const HandoutWeek& week, int index);
    /// The header cell of day `index`: its lines in bold, centred.
    QString dayHeaderCell(const HandoutWeek& week, int index, double width) const;
    /// The thumbnail of exercise `index` as an image tag; empty without a picture.
    QString thumbnailHtml(int index) const;

    const HandoutContent& m_content;
    const HandoutStyle& m_style;
};

} // namespace paceplan::report
