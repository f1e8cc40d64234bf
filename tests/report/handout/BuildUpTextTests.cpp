// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoutFixtures.h"

#include "report/handout/BuildUpText.h"

#include <catch2/catch.hpp>

using namespace paceplan;
using report::BuildUpText;
using report::WeekDose;

namespace {

core::Dose band(int sets, int repetitions, const char* colour)
{
    core::Dose dose = test::reps(sets, repetitions);
    dose.load.kind = core::LoadKind::Band;
    dose.load.bandColour = colour;
    return dose;
}

core::Dose weight(int sets, int repetitions, double kg)
{
    core::Dose dose = test::reps(sets, repetitions);
    dose.load.kind = core::LoadKind::Kilograms;
    dose.load.kg = kg;
    return dose;
}

report::HandoutExercise exerciseWith(const QString& name, core::DoseKind kind, QList<WeekDose> weeks)
{
    report::HandoutExercise exercise;
    exercise.name = name;
    exercise.doseKind = kind;
    exercise.dose = weeks.isEmpty() ? core::Dose {} : weeks.first().dose;
    exercise.buildUp = std::move(weeks);
    return exercise;
}

} // namespace

TEST_CASE("How it builds up names a change of band with the new sets and repetitions", "[report][handout][buildup]")
{
    const auto exercise = exerciseWith(QStringLiteral("Rowing with a band"), core::DoseKind::Repetitions,
        { { 5, band(2, 12, "yellow") }, { 6, band(2, 13, "yellow") }, { 7, band(2, 8, "red") },
            { 8, band(2, 8, "red") }, { 9, band(2, 9, "red") } });
    CHECK(BuildUpText::lines(exercise, 5)
        == QStringList({ QStringLiteral("Week 6: 2 sets of 13"), QStringLiteral("Weeks 7 to 8: red band, 2 sets of 8"),
            QStringLiteral("Week 9: 2 sets of 9") }));
}

TEST_CASE("How it builds up names a change of weight and a weight put down", "[report][handout][buildup]")
{
    auto exercise = exerciseWith(QStringLiteral("Arm curl"), core::DoseKind::Repetitions,
        { { 1, weight(2, 12, 2) }, { 2, weight(2, 10, 3) }, { 3, weight(2, 10, 3.5) }, { 4, test::reps(2, 10) } });
    CHECK(BuildUpText::lines(exercise, 1)
        == QStringList({ QStringLiteral("Week 2: 3 kg weight, 2 sets of 10"),
            QStringLiteral("Week 3: 3.5 kg weight, 2 sets of 10"),
            QStringLiteral("Week 4: no weight, 2 sets of 10") }));
    CHECK(BuildUpText::loadChange(band(1, 1, "red").load, {}) == QStringLiteral("no band"));
    CHECK(BuildUpText::loadChange(band(1, 1, "red").load, band(1, 1, "red").load).isEmpty());
}

TEST_CASE("How it builds up names the harder exercise a ladder moves on to", "[report][handout][buildup]")
{
    auto exercise = exerciseWith(QStringLiteral("Sit to stand from a high chair"), core::DoseKind::Repetitions,
        { { 1, test::reps(2, 10) }, { 2, test::reps(2, 12) } });
    WeekDose harder { 3, test::reps(2, 8), QStringLiteral("Sit to stand"), 1, false };
    exercise.buildUp << harder;
    harder.week = 4;
    exercise.buildUp << harder;
    WeekDose back { 5, test::reps(2, 10), QStringLiteral("Sit to stand from a high chair"), 0, false };
    exercise.buildUp << back;
    CHECK(BuildUpText::lines(exercise, 1)
        == QStringList({ QStringLiteral("Week 2: 2 sets of 12"),
            QStringLiteral("Weeks 3 to 4: move on to Sit to stand, 2 sets of 8"),
            QStringLiteral("Week 5: go back to Sit to stand from a high chair, 2 sets of 10") }));
}

TEST_CASE("How it builds up names time, sets, holds and easier weeks", "[report][handout][buildup]")
{
    SECTION("time and repeats of timed work")
    {
        core::Dose twice = test::minutes(10);
        twice.sets = 2;
        const auto walk = exerciseWith(QStringLiteral("Walking"), core::DoseKind::Duration,
            { { 1, test::minutes(10) }, { 2, test::minutes(15) }, { 3, twice } });
        CHECK(BuildUpText::lines(walk, 1)
            == QStringList({ QStringLiteral("Week 2: 15 minutes"), QStringLiteral("Week 3: 10 minutes, 2 times") }));
    }
    SECTION("holds")
    {
        core::Dose shortHold;
        shortHold.holdSeconds = 20;
        shortHold.repetitions = 3;
        core::Dose longHold = shortHold;
        longHold.holdSeconds = 30;
        const auto stretch
            = exerciseWith(QStringLiteral("Knee hug"), core::DoseKind::Hold, { { 1, shortHold }, { 2, longHold } });
        CHECK(BuildUpText::lines(stretch, 1) == QStringList({ QStringLiteral("Week 2: hold 30 seconds, 3 times") }));
    }
    SECTION("an easier week says so")
    {
        auto bridge = exerciseWith(QStringLiteral("Bridge"), core::DoseKind::Repetitions,
            { { 1, test::reps(3, 10) }, { 2, test::reps(3, 12) } });
        bridge.buildUp << WeekDose { 3, test::reps(2, 10), {}, 0, true } << WeekDose { 4, test::reps(3, 12) };
        CHECK(BuildUpText::lines(bridge, 1)
            == QStringList({ QStringLiteral("Week 2: 3 sets of 12"),
                QStringLiteral("Week 3: an easier week, 2 sets of 10"), QStringLiteral("Week 4: 3 sets of 12") }));
    }
    SECTION("nothing changes, and long plans stop after four lines")
    {
        const auto same = exerciseWith(QStringLiteral("Bridge"), core::DoseKind::Repetitions,
            { { 1, test::reps(2, 10) }, { 2, test::reps(2, 10) } });
        CHECK(BuildUpText::lines(same, 1).isEmpty());
        QList<WeekDose> weeks;
        for (int week = 1; week <= 10; ++week)
            weeks << WeekDose { week, test::reps(2, 6 + week) };
        CHECK(BuildUpText::lines(exerciseWith(QStringLiteral("Bridge"), core::DoseKind::Repetitions, weeks), 1).size()
            == BuildUpText::kMaxLines);
    }
}
