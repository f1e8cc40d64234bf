// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library/Exercise.h"
#include "core/monitoring/PainMonitoringThresholds.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <array>

namespace paceplan::report {

/// The clinic that hands the plan over, printed in the letterhead and the footer.
struct HandoutClinic {
    QString name;
    QString address; ///< May hold several lines separated by '\n'.
    QString phone;
    QString clinician; ///< The treating clinician's name.
    QImage logo; ///< May be null.
    QString emergencyNumber; ///< E.g. "999" or "911"; empty to say "call for emergency help" without a number.
};

/// How hard aerobic work should feel: nothing set, an effort range on a 0-10 scale, a heart-rate range or a
/// talk-test level.
struct AerobicIntensity {
    /// Which target is set.
    enum class Kind { None, Effort, HeartRate, TalkTest };
    /// The talk-test level: light (can sing), moderate (can talk, not sing), hard (only a few words).
    enum class Talk { CanSing, CanTalk, FewWords };

    Kind kind = Kind::None;
    int effortLow = 0; ///< With Effort: 0-10.
    int effortHigh = 0; ///< With Effort: effortLow-10.
    int bpmLow = 0; ///< With HeartRate: beats per minute.
    int bpmHigh = 0; ///< With HeartRate: bpmLow or more.
    Talk talk = Talk::CanTalk;

    friend bool operator==(const AerobicIntensity&, const AerobicIntensity&) = default;
};

/// The pixel size exercise drawings are made at for handouts (4:3, sharp at the card's picture size).
inline constexpr QSize kHandoutDrawingSize { 640, 480 };

/// One picture of an exercise, such as its start or end position.
struct HandoutPicture {
    QImage image;
    QString caption; ///< Short title under the picture, e.g. "Start"; may be empty.
};

/// The dose of an exercise in one plan week.
struct WeekDose {
    int week = 1;
    core::Dose dose;
    QString exerciseName; ///< The exercise done that week (a ladder may move on to another); empty = unchanged.
    int ladderStep = 0; ///< How many ladder rungs above the prescribed exercise.
    bool easier = false; ///< The exercise's easier (deload) week.
};

/// The dose of an exercise on one day of the week that differs from its main dose.
struct DayDose {
    QString day; ///< The weekday's name, e.g. "Thursday".
    core::Dose dose;
};

/// One prescribed exercise of the plan with its instructions and its dose.
struct HandoutExercise {
    QString key; ///< Unique in the handout; days refer to it.
    QString name;
    QString action; ///< Verb for timed or distance work in the dose line ("Walk", "Cycle"); may be empty.
    QList<HandoutPicture> pictures; ///< May be empty.
    QStringList steps; ///< Numbered plain-language steps.
    QStringList cues; ///< Key cues.
    QStringList safety; ///< Safety notes.
    QString notes; ///< The clinician's note for this person; may be empty.
    core::DoseKind doseKind = core::DoseKind::Repetitions;
    core::Dose dose; ///< The dose in the first chosen week.
    AerobicIntensity intensity;
    QList<WeekDose> buildUp; ///< The dose week by week from the first chosen week on, in week order.
    QList<DayDose> otherDays; ///< Days of the first chosen week with another dose than `dose`; usually empty.

    /// The dose of `week`: the build-up entry of that week, else the latest earlier one, else `dose`.
    core::Dose doseInWeek(int week) const;
};

/// What kind of day a day of the week is.
enum class HandoutDayType { Aerobic, Strength, Mixed, ActiveRecovery, Rest };

/// One day of a plan week.
struct HandoutDay {
    HandoutDayType type = HandoutDayType::Rest;
    QStringList exerciseKeys; ///< The keys of the exercises done that day, in order.
};

/// One plan week chosen for the handout.
struct HandoutWeek {
    int number = 1;
    QDate startDate; ///< The date of the first day; days follow in order.
    QString phase; ///< E.g. "Getting going"; may be empty.
    std::array<HandoutDay, 7> days; ///< From the plan's first weekday on.
};

/// A self-management or pain-education topic attached to the plan.
struct HandoutTopic {
    QString title;
    QString summary; ///< One or two sentences; the handout prints it and the key points, not the paragraphs.
    QStringList paragraphs;
    QStringList keyPoints;
};

/// The flare-up plan details agreed with the person (REFERENCE §4.5); every list may be empty.
struct HandoutFlarePlan {
    QStringList warningSigns; ///< Early warning signs and known triggers.
    QStringList helps; ///< Things that help this person, e.g. "A warm shower".
    QStringList people; ///< People to ask for help.
    int contactAfterDays = 14; ///< Call the clinic when a flare-up lasts longer (unconfirmed default, §4.5 item 6).
};

/// Everything a handout prints, already in plain words and chosen for the person; filled from a plan revision.
struct HandoutContent {
    HandoutClinic clinic;
    QString patientName;
    QDate printedOn;
    QString planTitle;
    int revision = 0; ///< The plan revision number; 0 leaves it out.
    QString goals; ///< The person's goals in their own words; may hold several lines.
    bool draft = false; ///< True for a draft revision: pages carry a "DRAFT" watermark.
    QList<HandoutWeek> weeks; ///< The chosen weeks, in order; the first is "this week".
    QList<HandoutWeek> diaryWeeks; ///< The weeks that get a diary page; when empty, the chosen weeks do.
    QList<HandoutExercise> exercises;
    QList<HandoutTopic> topics;
    QStringList changes; ///< "What changed since your last visit" lines; empty for none.
    core::PainMonitoringThresholds painThresholds; ///< The person's traffic-light settings.
    HandoutFlarePlan flarePlan;

    /// The exercise with this key, or nullptr.
    const HandoutExercise* findExercise(const QString& key) const;
    /// The position of the exercise with this key in `exercises`, or -1.
    int exerciseIndex(const QString& key) const;
};

} // namespace paceplan::report
