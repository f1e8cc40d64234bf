// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/handout/HandoutContent.h"

#include <catch2/catch.hpp>

#include <QLinearGradient>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <iterator>

namespace Catch {

/// Prints QStrings as text in failed assertions.
template <> struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};

} // namespace Catch

namespace paceplan::test {

/// A photo-like picture: a shaded room, a simple figure and camera noise, so it compresses like a real photo.
inline QImage samplePhoto(int seed, QSize size = QSize(1600, 1200))
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient wall(0, 0, 0, size.height());
    wall.setColorAt(0, QColor(225, 220, 205));
    wall.setColorAt(1, QColor(160, 150, 135));
    painter.fillRect(image.rect(), wall);
    painter.fillRect(QRect(0, size.height() * 3 / 4, size.width(), size.height() / 4), QColor(120, 90, 60));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(40, 60, 110), size.width() / 40.0, Qt::SolidLine, Qt::RoundCap));
    const double x = size.width() * (0.35 + 0.05 * (seed % 5));
    const double top = size.height() * 0.2;
    painter.setBrush(QColor(230, 190, 160));
    painter.drawEllipse(QPointF(x, top), size.width() / 22.0, size.width() / 22.0);
    painter.drawLine(QPointF(x, top + size.height() * 0.08), QPointF(x, size.height() * 0.55));
    painter.drawLine(QPointF(x, size.height() * 0.3), QPointF(x + size.width() * 0.12, size.height() * 0.42));
    painter.drawLine(QPointF(x, size.height() * 0.55), QPointF(x - size.width() * 0.08, size.height() * 0.74));
    painter.drawLine(QPointF(x, size.height() * 0.55), QPointF(x + size.width() * 0.1, size.height() * 0.74));
    painter.end();
    QRandomGenerator random(static_cast<quint32>(seed));
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int col = 0; col < image.width(); ++col) {
            const int noise = static_cast<int>(random.bounded(13)) - 6;
            const QRgb pixel = line[col];
            line[col] = qRgb(std::clamp(qRed(pixel) + noise, 0, 255), std::clamp(qGreen(pixel) + noise, 0, 255),
                std::clamp(qBlue(pixel) + noise, 0, 255));
        }
    }
    return image;
}

/// A dose of `repetitions` in `sets` sets with a rest.
inline core::Dose reps(int sets, int repetitions, int restSeconds = 60)
{
    core::Dose dose;
    dose.sets = sets;
    dose.repetitions = repetitions;
    dose.restSeconds = restSeconds;
    return dose;
}

/// A dose of `minutes` minutes.
inline core::Dose minutes(int value)
{
    core::Dose dose;
    dose.durationSeconds = value * 60;
    return dose;
}

/// The realistic plan of a fictional person with low back pain: walking, five strength and mobility
/// exercises (or `exerciseCount` of them), two education topics and a diary, from week 3 of 8.
inline report::HandoutContent sampleContent(bool withPictures = true, int exerciseCount = 5, int weekCount = 1)
{
    using report::HandoutDayType;
    report::HandoutContent content;
    content.clinic = { QStringLiteral("Riverside Physiotherapy"), QStringLiteral("1 River Lane\nMillbrook MB1 2CD"),
        QStringLiteral("01632 960000"), QStringLiteral("Jo Carter"), QImage(), QStringLiteral("999") };
    content.patientName = QStringLiteral("Rosa Whitfield");
    content.printedOn = QDate(2026, 11, 21);
    content.planTitle = QStringLiteral("Back on track");
    content.revision = 2;
    content.goals = QStringLiteral("Walk to the shops and back without stopping.\nPick up my grandson.");
    content.changes = { QStringLiteral("Walking goes up from 10 to 12 minutes."),
        QStringLiteral("Sit to stand now uses a lower chair.") };
    content.painThresholds.usualPain = 3;
    content.flarePlan.warningSigns = { QStringLiteral("stiff in the morning"), QStringLiteral("poor sleep") };
    content.flarePlan.helps = { QStringLiteral("a warm shower"), QStringLiteral("slow breathing") };

    report::HandoutExercise walk;
    walk.key = QStringLiteral("walk");
    walk.name = QStringLiteral("Walking");
    walk.action = QStringLiteral("Walk");
    walk.steps = { QStringLiteral("Wear comfy shoes."), QStringLiteral("Walk on flat ground at first."),
        QStringLiteral("Swing your arms and look ahead."), QStringLiteral("Slow down for the last minute.") };
    walk.cues = { QStringLiteral("Stand tall.") };
    walk.doseKind = core::DoseKind::Duration;
    walk.dose = minutes(12);
    walk.intensity.kind = report::AerobicIntensity::Kind::TalkTest;
    for (int week = 3; week <= 8; ++week)
        walk.buildUp.append({ week, minutes(12 + 2 * (week - 3)) });

    struct Strength {
        const char* key;
        const char* name;
        core::DoseKind kind;
        core::Dose dose;
    };
    core::Dose hold;
    hold.holdSeconds = 20;
    hold.repetitions = 3;
    core::Dose band = reps(2, 10);
    band.load.kind = core::LoadKind::Band;
    band.load.bandColour = "red";
    core::Dose weight = reps(2, 12, 90);
    weight.load.kind = core::LoadKind::Kilograms;
    weight.load.kg = 2.5;
    const Strength strength[] = {
        { "sit-to-stand", "Sit to stand", core::DoseKind::Repetitions, reps(2, 10) },
        { "bridge", "Bridge", core::DoseKind::Repetitions, reps(2, 8) },
        { "knee-hug", "Knee hug stretch", core::DoseKind::Hold, hold },
        { "band-row", "Rowing with a band", core::DoseKind::Repetitions, band },
        { "calf-raise", "Heel raises", core::DoseKind::Repetitions, reps(2, 10, 45) },
        { "step-up", "Step ups", core::DoseKind::Repetitions, reps(2, 8) },
        { "wall-push", "Wall push ups", core::DoseKind::Repetitions, reps(2, 10) },
        { "side-lie", "Side lying leg lift", core::DoseKind::Repetitions, reps(2, 8) },
        { "bicep", "Arm curl with a weight", core::DoseKind::Repetitions, weight },
        { "cat", "Back arch and sag", core::DoseKind::Repetitions, reps(1, 10, 0) },
        { "breath", "Belly breathing", core::DoseKind::Duration, minutes(5) },
    };
    content.exercises.append(walk);
    for (int i = 0; i + 1 < exerciseCount && i < static_cast<int>(std::size(strength)); ++i) {
        report::HandoutExercise exercise;
        exercise.key = QString::fromLatin1(strength[i].key);
        exercise.name = QString::fromLatin1(strength[i].name);
        exercise.doseKind = strength[i].kind;
        exercise.dose = strength[i].dose;
        exercise.steps = { QStringLiteral("Get into the start position as shown."),
            QStringLiteral("Breathe out as you do the hard part of the move."),
            QStringLiteral("Move slowly and smoothly."), QStringLiteral("Go back to the start.") };
        exercise.cues = { QStringLiteral("Keep your back long."), QStringLiteral("Keep breathing.") };
        exercise.safety = { QStringLiteral("Stop if you feel sharp pain.") };
        core::Dose later = exercise.dose;
        exercise.buildUp.append({ 3, exercise.dose });
        exercise.buildUp.append({ 4, exercise.dose });
        if (later.repetitions > 0)
            later.repetitions += 2;
        exercise.buildUp.append({ 5, later });
        exercise.buildUp.append({ 6, later });
        content.exercises.append(exercise);
    }
    if (withPictures) {
        for (int i = 0; i < content.exercises.size(); ++i) {
            content.exercises[i].pictures.append({ samplePhoto(2 * i), QStringLiteral("Start") });
            content.exercises[i].pictures.append({ samplePhoto(2 * i + 1), QStringLiteral("End") });
        }
        content.clinic.logo = samplePhoto(99, QSize(400, 200));
    }

    for (int w = 0; w < weekCount; ++w) {
        report::HandoutWeek week;
        week.number = 3 + w;
        week.startDate = QDate(2026, 11, 23).addDays(7 * w);
        week.phase = QStringLiteral("Getting going");
        const HandoutDayType types[] = { HandoutDayType::Mixed, HandoutDayType::Aerobic, HandoutDayType::Strength,
            HandoutDayType::Rest, HandoutDayType::Mixed, HandoutDayType::ActiveRecovery, HandoutDayType::Rest };
        for (int d = 0; d < 7; ++d)
            week.days[static_cast<std::size_t>(d)].type = types[d];
        QStringList strengthKeys;
        for (int i = 1; i < content.exercises.size(); ++i)
            strengthKeys << content.exercises[i].key;
        week.days[0].exerciseKeys = QStringList { QStringLiteral("walk") } + strengthKeys;
        week.days[1].exerciseKeys = { QStringLiteral("walk") };
        week.days[2].exerciseKeys = strengthKeys;
        week.days[4].exerciseKeys = QStringList { QStringLiteral("walk") } + strengthKeys;
        content.weeks.append(week);
    }

    content.topics.append({ QStringLiteral("Hurt is not always harm"), QString(),
        { QStringLiteral("Pain is your body's alarm. With long-term pain, the alarm can go off too "
                         "easily. It can ring even when your body is safe."),
            QStringLiteral("Moving a bit more each week helps turn the alarm down.") },
        { QStringLiteral("Pain does not always mean damage."), QStringLiteral("Slow, steady steps work best.") } });
    content.topics.append({ QStringLiteral("Pacing"), QStringLiteral("Do about the same each day."),
        { QStringLiteral("Pacing means doing a steady amount each day. Do not do lots on good days "
                         "and little on bad days.") },
        { QStringLiteral("Plan your day."), QStringLiteral("Take breaks before you need them.") } });
    return content;
}

} // namespace paceplan::test
