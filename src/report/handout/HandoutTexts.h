// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/handout/HandoutContent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace paceplan::report {

/// A titled piece of patient guidance: opening paragraphs, a list, then closing paragraphs.
struct GuidanceText {
    QString heading;
    QStringList paragraphs;
    QStringList list;
    bool numbered = false; ///< True for a numbered list of steps, false for bullets.
    QStringList closing;

    /// The text as plain lines, for readability checks.
    QString plainText() const;
};

/// One band of the 0-10 effort scale in plain words.
struct EffortBand {
    QString range; ///< E.g. "3 to 4".
    QString label; ///< E.g. "Moderate".
    QString feels; ///< What it feels like.
};

/// The fixed, translated patient-facing wording of a handout (everything except dose lines and pain rules).
class HandoutTexts {
    Q_DECLARE_TR_FUNCTIONS(paceplan::report::HandoutTexts)

public:
    /// The handout's title, "Your exercise plan".
    static QString title();
    /// The main message and call to action printed at the top (REFERENCE §7.5 item 2).
    static QString mainMessage();
    /// The line shown on drafts under the title.
    static QString draftNotice();
    /// The word painted across every page of a draft.
    static QString draftWatermark();

    /// The title of the goals box, "Your goals".
    static QString goalsHeading();
    /// The title of the box listing changes since the last visit.
    static QString changesHeading();
    /// The heading of the calendar section, "Your week".
    static QString weekHeading();
    /// The text under "Your week" saying how to read the calendar.
    static QString weekIntro();
    /// The heading of one week in the calendar: "Week 3, from Monday 23 November: Getting going".
    static QString weekTitle(int week, const QDate& start, const QString& phase = {});
    /// A week as a column header: "Week 4" and its first date, "from 30 Nov".
    static QString weekShortTitle(int week, const QDate& start);
    /// The heading of the table of changes week by week, "How your plan changes week by week".
    static QString changesByWeekHeading();
    /// The text under that heading, saying how to read the table.
    static QString changesByWeekIntro();
    /// A cell of that table where the amount stays as the week before.
    static QString sameAsBefore();
    /// A day of a week without dates: "Day 1".
    static QString dayNumber(int day);
    /// The heading of the exercise section, "Your exercises".
    static QString exercisesHeading();
    /// The text under "Your exercises", which also says what a set is.
    static QString exercisesIntro();
    /// The label above an exercise's dose: "How much (week 3)".
    static QString thisWeekLabel(int week);
    /// The label above the build-up lines.
    static QString buildUpLabel();
    /// The label above the numbered steps.
    static QString stepsLabel();
    /// The label above the key cues.
    static QString cuesLabel();
    /// The label above the safety notes.
    static QString safetyLabel();
    /// The label above the clinician's note.
    static QString notesLabel();
    /// The note under a build-up that does not change: "This stays the same for now."
    static QString buildUpSame();
    /// One build-up line: "Week 4: 14 minutes" or "Weeks 4 to 6: 14 minutes".
    static QString buildUpLine(int firstWeek, int lastWeek, const QString& dose);

    /// The short name of a kind of day, e.g. "Rest" or "Easy", shown in the calendar's day header.
    static QString dayTypeShortLabel(HandoutDayType type);
    /// The title of the calendar's first column.
    static QString calendarExerciseColumn();
    /// The note under a calendar that has an easy (active recovery) day.
    static QString easyDayNote();

    /// "How hard to work": the effort scale in plain words.
    static GuidanceText effortGuidance();
    /// The bands of the 0-10 effort scale.
    static QList<EffortBand> effortBands();

    /// Everyday habits: breaks from sitting, posture variety, sleep, stress.
    static GuidanceText everydayTips();

    /// The heading of the education section, "Learn more".
    static QString educationHeading();

    /// The heading of a diary: "Your diary for week 3", with the dates it covers when `start` is valid
    /// ("Your diary for week 3: 23 November to 29 November 2026").
    static QString diaryHeading(int week, const QDate& start = {});
    /// How to fill in the diary.
    static QString diaryIntro();
    /// The dates a diary page covers: "23 November to 29 November 2026".
    static QString diaryDates(const QDate& start);
    /// The usual pain level for the diary, or a blank to fill in when it is not set.
    static QString diaryUsualPain(const std::optional<int>& usualPain);
    /// The diary's column titles: day, done?, pain before, during, after, next morning, notes.
    static QStringList diaryColumns();
    /// The choices of the "done?" column: yes, part, no.
    static QStringList diaryDoneChoices();
    /// The "Done?" cell of a rest day in the diary.
    static QString diaryRestDay();

    /// The letterhead line naming the clinician.
    static QString clinicianLine(const QString& clinician);
    /// The person's name, the date and the plan in the header block.
    static QString forLine(const QString& name);
    /// The print date line: "Date: Saturday 21 November 2026".
    static QString dateLine(const QDate& date);
    /// The plan line: "Plan: Back on track (version 2)"; without a version when `revision` is 0.
    static QString planLine(const QString& title, int revision);
    /// The footer text at the bottom left of every page: the clinic's phone number.
    static QString footerPhone(const QString& phone);

    /// A date as "Monday 23 November 2026" in the current locale.
    static QString longDate(const QDate& date);
};

} // namespace paceplan::report
