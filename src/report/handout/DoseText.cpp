// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/handout/DoseText.h"

#include "core/plan/DoseField.h"

#include <QLocale>
#include <QStringList>

namespace paceplan::report {

namespace {

// Singular and plural are separate source strings: without a translation loaded, Qt leaves "%n minute(s)"
// as it is, and English needs "1 minute" and "2 minutes".

QString joinSentences(const QStringList& sentences)
{
    QStringList kept;
    for (const auto& sentence : sentences)
        if (!sentence.isEmpty())
            kept.append(sentence);
    return kept.join(QLatin1Char(' '));
}

} // namespace

QString DoseText::number(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

QString DoseText::duration(int seconds)
{
    if (seconds < 60)
        return seconds == 1 ? tr("1 second") : tr("%1 seconds").arg(seconds);
    const int minutes = seconds / 60;
    const int rest = seconds % 60;
    const QString minuteText = minutes == 1 ? tr("1 minute") : tr("%1 minutes").arg(minutes);
    if (rest == 0)
        return minuteText;
    const QString secondText = rest == 1 ? tr("1 second") : tr("%1 seconds").arg(rest);
    return tr("%1 %2", "minutes then seconds").arg(minuteText, secondText);
}

QString DoseText::distance(int metres)
{
    if (metres < 1000)
        return metres == 1 ? tr("1 metre") : tr("%1 metres").arg(metres);
    const double km = metres / 1000.0;
    return metres == 1000 ? tr("1 kilometre") : tr("%1 kilometres").arg(number(km));
}

QString DoseText::bandColour(const std::string& code)
{
    if (code == "yellow")
        return tr("yellow");
    if (code == "red")
        return tr("red");
    if (code == "green")
        return tr("green");
    if (code == "blue")
        return tr("blue");
    if (code == "black")
        return tr("black");
    if (code == "silver")
        return tr("silver");
    return QString::fromStdString(code);
}

QString DoseText::load(const core::Load& load)
{
    switch (load.kind) {
    case core::LoadKind::Bodyweight:
        return {};
    case core::LoadKind::Kilograms:
        return load.kg > 0 ? tr("Use a %1 kg weight.").arg(number(load.kg)) : QString();
    case core::LoadKind::Band:
        return load.bandColour.empty() ? tr("Use your exercise band.")
                                       : tr("Use the %1 band.").arg(bandColour(load.bandColour));
    }
    return {};
}

QString DoseText::intensityPhrase(const AerobicIntensity& intensity)
{
    switch (intensity.kind) {
    case AerobicIntensity::Kind::None:
        return {};
    case AerobicIntensity::Kind::Effort:
        if (intensity.effortLow == intensity.effortHigh)
            return tr("at an effort of %1 out of 10").arg(intensity.effortLow);
        return tr("at an effort of %1 to %2 out of 10").arg(intensity.effortLow).arg(intensity.effortHigh);
    case AerobicIntensity::Kind::HeartRate:
        if (intensity.bpmLow == intensity.bpmHigh)
            return tr("with your heart rate at about %1 beats a minute").arg(intensity.bpmLow);
        return tr("with your heart rate between %1 and %2 beats a minute").arg(intensity.bpmLow).arg(intensity.bpmHigh);
    case AerobicIntensity::Kind::TalkTest:
        switch (intensity.talk) {
        case AerobicIntensity::Talk::CanSing:
            return tr("at an easy pace where you could still sing");
        case AerobicIntensity::Talk::CanTalk:
            return tr("at a pace where you can talk but not sing");
        case AerobicIntensity::Talk::FewWords:
            return tr("at a pace where you can only say a few words before you need a breath");
        }
    }
    return {};
}

QString DoseText::intensitySentence(const AerobicIntensity& intensity)
{
    switch (intensity.kind) {
    case AerobicIntensity::Kind::None:
        return {};
    case AerobicIntensity::Kind::Effort:
        return tr("Work %1.").arg(intensityPhrase(intensity));
    case AerobicIntensity::Kind::HeartRate:
        if (intensity.bpmLow == intensity.bpmHigh)
            return tr("Keep your heart rate at about %1 beats a minute.").arg(intensity.bpmLow);
        return tr("Keep your heart rate between %1 and %2 beats a minute.")
            .arg(intensity.bpmLow)
            .arg(intensity.bpmHigh);
    case AerobicIntensity::Kind::TalkTest:
        return tr("Go %1.").arg(intensityPhrase(intensity));
    }
    return {};
}

QString DoseText::brief(const core::Dose& dose, core::DoseKind kind)
{
    QString amount;
    switch (core::mainAmountKind(dose, kind)) {
    case core::DoseKind::Repetitions:
        if (dose.repetitions <= 0)
            return tr("as shown");
        amount = dose.sets > 1 ? tr("%1 sets of %2").arg(dose.sets).arg(dose.repetitions)
                               : (dose.repetitions == 1 ? tr("once") : tr("%1 times").arg(dose.repetitions));
        break;
    case core::DoseKind::Hold:
        amount = dose.repetitions > 1 ? tr("hold %1, %2 times").arg(duration(dose.holdSeconds)).arg(dose.repetitions)
                                      : tr("hold %1").arg(duration(dose.holdSeconds));
        if (dose.sets > 1)
            amount = tr("%1 sets: %2").arg(dose.sets).arg(amount);
        break;
    case core::DoseKind::Duration:
        amount = duration(dose.durationSeconds);
        if (dose.sets > 1)
            amount = tr("%1, %2 times").arg(amount).arg(dose.sets);
        break;
    case core::DoseKind::Distance:
        amount = distance(dose.distanceMetres);
        if (dose.sets > 1)
            amount = tr("%1, %2 times").arg(amount).arg(dose.sets);
        break;
    }
    if (dose.timesPerDay > 1)
        amount = tr("%1, %2 times a day").arg(amount).arg(dose.timesPerDay);
    return amount;
}

QString DoseText::describe(
    const core::Dose& dose, core::DoseKind kind, const AerobicIntensity& intensity, const QString& action)
{
    QStringList sentences;
    const QString phrase = intensityPhrase(intensity);
    bool intensityUsed = false;
    const bool manySets = dose.sets > 1;
    switch (core::mainAmountKind(dose, kind)) {
    case core::DoseKind::Repetitions:
        if (dose.repetitions <= 0)
            sentences << tr("Do it the way your physio showed you.");
        else if (manySets)
            sentences << tr("Do %1 sets of %2.").arg(dose.sets).arg(dose.repetitions);
        else
            sentences << (dose.repetitions == 1 ? tr("Do it once.") : tr("Do it %1 times.").arg(dose.repetitions));
        break;
    case core::DoseKind::Hold:
        sentences << (dose.repetitions > 1
                ? tr("Hold for %1, %2 times.").arg(duration(dose.holdSeconds)).arg(dose.repetitions)
                : tr("Hold for %1.").arg(duration(dose.holdSeconds)));
        if (manySets)
            sentences << tr("Do %1 sets.").arg(dose.sets);
        break;
    case core::DoseKind::Duration:
    case core::DoseKind::Distance: {
        const bool timed = core::mainAmountKind(dose, kind) == core::DoseKind::Duration;
        const QString amount = timed ? duration(dose.durationSeconds) : distance(dose.distanceMetres);
        QString main;
        if (timed)
            main = action.isEmpty() ? tr("Keep going for %1").arg(amount)
                                    : tr("%1 for %2", "walk for 12 minutes").arg(action, amount);
        else
            main = action.isEmpty() ? tr("Go %1").arg(amount) : tr("%1 %2", "walk 800 metres").arg(action, amount);
        if (!phrase.isEmpty()) {
            main = tr("%1 %2", "walk for 12 minutes / at a pace where...").arg(main, phrase);
            intensityUsed = true;
        }
        sentences << main + QLatin1Char('.');
        if (manySets)
            sentences << tr("Do this %1 times.").arg(dose.sets);
        break;
    }
    }
    if (manySets) {
        // Timed and distance work repeats a bout ("Do this 2 times"), so the rest is "in between", not "between sets".
        const bool bouts = core::mainAmountKind(dose, kind) == core::DoseKind::Duration
            || core::mainAmountKind(dose, kind) == core::DoseKind::Distance;
        if (dose.restSeconds > 0)
            sentences << (bouts ? tr("Rest for %1 in between.") : tr("Rest for %1 between sets."))
                             .arg(duration(dose.restSeconds));
        else
            sentences << (bouts ? tr("Take a short rest in between.") : tr("Take a short rest between sets."));
    }
    sentences << load(dose.load);
    if (!intensityUsed)
        sentences << intensitySentence(intensity);
    if (dose.timesPerDay > 1)
        sentences << tr("Do this %1 times a day.").arg(dose.timesPerDay);
    return joinSentences(sentences);
}

} // namespace paceplan::report
