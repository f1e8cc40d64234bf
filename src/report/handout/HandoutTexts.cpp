// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/handout/HandoutTexts.h"

#include <QLocale>

namespace paceplan::report {

QString GuidanceText::plainText() const
{
    QStringList lines;
    lines << heading << paragraphs << list << closing;
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

QString HandoutTexts::title()
{
    return tr("Your exercise plan");
}

QString HandoutTexts::mainMessage()
{
    return tr("Do your exercises on the days shown, at the amounts shown. Build up slowly, as the plan says. "
              "Stick to it on good days and on bad days.");
}

QString HandoutTexts::draftNotice()
{
    return tr("This is a draft. Your physio may still change it.");
}

QString HandoutTexts::draftWatermark()
{
    return tr("DRAFT");
}

QString HandoutTexts::goalsHeading()
{
    return tr("Your goals");
}

QString HandoutTexts::changesHeading()
{
    return tr("What changed since your last visit");
}

QString HandoutTexts::weekHeading()
{
    return tr("Your week");
}

QString HandoutTexts::weekIntro()
{
    return tr("A tick marks the days for each exercise. Shaded days are rest days, part of the plan too.");
}

QString HandoutTexts::weekTitle(int week, const QDate& start, const QString& phase)
{
    const QString title = start.isValid()
        ? tr("Week %1, from %2").arg(week).arg(QLocale().toString(start, QStringLiteral("dddd d MMMM")))
        : tr("Week %1").arg(week);
    return phase.isEmpty() ? title : tr("%1: %2", "week title: phase").arg(title, phase);
}

QString HandoutTexts::weekShortTitle(int week, const QDate& start)
{
    return start.isValid() ? tr("Week %1\nfrom %2").arg(week).arg(QLocale().toString(start, QStringLiteral("d MMM")))
                           : tr("Week %1").arg(week);
}

QString HandoutTexts::changesByWeekHeading()
{
    return tr("How your plan changes week by week");
}

QString HandoutTexts::changesByWeekIntro()
{
    return tr("Your exercise cards show the amounts for this week. In the weeks after, do the new amounts shown "
              "here. \"Same\" means keep to the amount of the week before. Exercises that are not listed stay the "
              "same.");
}

QString HandoutTexts::sameAsBefore()
{
    return tr("Same");
}

QString HandoutTexts::dayNumber(int day)
{
    return tr("Day %1").arg(day);
}

QString HandoutTexts::exercisesHeading()
{
    return tr("Your exercises");
}

QString HandoutTexts::exercisesIntro()
{
    return tr("Each exercise shows what to do and how much to do. A set is a group of moves done one after "
              "the other without a break.");
}

QString HandoutTexts::thisWeekLabel(int week)
{
    return tr("How much (week %1)").arg(week);
}

QString HandoutTexts::buildUpLabel()
{
    return tr("How it builds up");
}

QString HandoutTexts::stepsLabel()
{
    return tr("How to do it");
}

QString HandoutTexts::cuesLabel()
{
    return tr("Tips");
}

QString HandoutTexts::safetyLabel()
{
    return tr("Take care");
}

QString HandoutTexts::notesLabel()
{
    return tr("Note from your physio");
}

QString HandoutTexts::buildUpSame()
{
    return tr("This stays the same for now.");
}

QString HandoutTexts::buildUpLine(int firstWeek, int lastWeek, const QString& dose)
{
    if (firstWeek == lastWeek)
        return tr("Week %1: %2").arg(firstWeek).arg(dose);
    return tr("Weeks %1 to %2: %3").arg(firstWeek).arg(lastWeek).arg(dose);
}

QString HandoutTexts::dayTypeShortLabel(HandoutDayType type)
{
    switch (type) {
    case HandoutDayType::Aerobic:
        return tr("Activity");
    case HandoutDayType::Strength:
        return tr("Strength");
    case HandoutDayType::Mixed:
        return tr("Mixed");
    case HandoutDayType::ActiveRecovery:
        return tr("Easy");
    case HandoutDayType::Rest:
        return tr("Rest");
    }
    return {};
}

QString HandoutTexts::calendarExerciseColumn()
{
    return tr("Exercise and how much");
}

QString HandoutTexts::easyDayNote()
{
    return tr("Easy means an easy day. Do some gentle movement of your choice, such as a short walk.");
}

GuidanceText HandoutTexts::effortGuidance()
{
    GuidanceText text;
    text.heading = tr("How hard to work");
    text.paragraphs << tr("Rate how hard it feels from 0 to 10: your breath and muscles, not pain.");
    // The talk test is the moderate band ("you can talk but not sing"), so it is not repeated here.
    text.list << tr("Strength: stop each set while you could still do 2 or 3 more.")
              << tr("No level given? Aim for 3 to 4.");
    return text;
}

QList<EffortBand> HandoutTexts::effortBands()
{
    return {
        { tr("0"), tr("Rest"), tr("Sitting still.") },
        { tr("1 to 2"), tr("Very easy"), tr("A slow stroll.") },
        { tr("3 to 4"), tr("Moderate"), tr("You can talk but not sing.") },
        { tr("5 to 6"), tr("Hard"), tr("You can say only a few words.") },
        { tr("7 to 8"), tr("Very hard"), tr("You can hardly talk.") },
        { tr("9 to 10"), tr("Flat out"), tr("As hard as you can go.") },
    };
}

GuidanceText HandoutTexts::everydayTips()
{
    GuidanceText text;
    text.heading = tr("Everyday tips");
    text.paragraphs << tr("Small habits help your plan work. Pick one or two to try this week.");
    text.list << tr("Stand up and move about every 30 to 60 minutes.") << tr("Change your position often.")
              << tr("Go to bed and get up at the same times each day.") << tr("Take a few minutes each day to relax.")
              << tr("Do things you enjoy.");
    return text;
}

QString HandoutTexts::educationHeading()
{
    return tr("Learn more");
}

QString HandoutTexts::diaryHeading(int week, const QDate& start)
{
    if (start.isValid())
        return tr("Your diary for week %1: %2").arg(week).arg(diaryDates(start));
    return tr("Your diary for week %1").arg(week);
}

QString HandoutTexts::diaryIntro()
{
    return tr("Fill in a row each day. Rate pain from 0 (no pain) to 10 (the worst you can think of). Bring this "
              "page to your next visit.");
}

QString HandoutTexts::diaryUsualPain(const std::optional<int>& usualPain)
{
    if (usualPain)
        return tr("Your usual pain: %1 out of 10.").arg(*usualPain);
    return tr("Your usual pain: ______ out of 10.");
}

QStringList HandoutTexts::diaryColumns()
{
    return { tr("Day"), tr("Done?"), tr("Pain before"), tr("Pain during"), tr("Pain after"), tr("Next morning"),
        tr("Notes") };
}

QStringList HandoutTexts::diaryDoneChoices()
{
    return { tr("Yes"), tr("Part"), tr("No") };
}

QString HandoutTexts::diaryDates(const QDate& start)
{
    const QDate end = start.addDays(6);
    return tr("%1 to %2")
        .arg(QLocale().toString(start, QStringLiteral("d MMMM")),
            QLocale().toString(end, QStringLiteral("d MMMM yyyy")));
}

QString HandoutTexts::diaryRestDay()
{
    return tr("Rest day");
}

QString HandoutTexts::clinicianLine(const QString& clinician)
{
    return tr("Your physio: %1").arg(clinician);
}

QString HandoutTexts::forLine(const QString& name)
{
    return tr("For: %1").arg(name);
}

QString HandoutTexts::dateLine(const QDate& date)
{
    return tr("Date: %1").arg(longDate(date));
}

QString HandoutTexts::planLine(const QString& title, int revision)
{
    if (revision > 0)
        return tr("Plan: %1 (version %2)").arg(title).arg(revision);
    return tr("Plan: %1").arg(title);
}

QString HandoutTexts::footerPhone(const QString& phone)
{
    return phone.isEmpty() ? QString() : tr("Questions? Call %1").arg(phone);
}

QString HandoutTexts::longDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

} // namespace paceplan::report
