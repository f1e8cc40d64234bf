// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/DoseField.h"

#include <catch2/catch.hpp>

using namespace paceplan::core;

TEST_CASE("Setting a dose field to the unit rounds it and never to zero", "[core][plan][dose]")
{
    Dose dose;
    setDoseFieldValue(dose, DoseField::DurationSeconds, 629.0);
    CHECK(dose.durationSeconds == 600);
    setDoseFieldValue(dose, DoseField::DurationSeconds, 31.0, DoseRounding::ToUnit);
    CHECK(dose.durationSeconds == 30);
    setDoseFieldValue(dose, DoseField::Repetitions, 10.5);
    CHECK(dose.repetitions == 11);
    setDoseFieldValue(dose, DoseField::Repetitions, 0.2);
    CHECK(dose.repetitions == 1);
    setDoseFieldValue(dose, DoseField::DistanceMetres, 1234.0);
    CHECK(dose.distanceMetres == 1230);
    setDoseFieldValue(dose, DoseField::Sets, -2.0);
    CHECK(dose.sets == 0);
    setDoseFieldValue(dose, DoseField::RestSeconds, 5000.0);
    CHECK(dose.restSeconds == kMaxRestSeconds);
}

TEST_CASE("Setting a dose field exactly keeps the value and drops fractions of counts", "[core][plan][dose]")
{
    Dose dose;
    setDoseFieldValue(dose, DoseField::DurationSeconds, 629.0, DoseRounding::Exact);
    CHECK(dose.durationSeconds == 629);
    setDoseFieldValue(dose, DoseField::Repetitions, 10.9, DoseRounding::Exact);
    CHECK(dose.repetitions == 10);
    setDoseFieldValue(dose, DoseField::Repetitions, 11.9999999999, DoseRounding::Exact);
    CHECK(dose.repetitions == 12);
    setDoseFieldValue(dose, DoseField::Repetitions, 0.2, DoseRounding::Exact);
    CHECK(dose.repetitions == 0);
    setDoseFieldValue(dose, DoseField::Sets, -2.0, DoseRounding::Exact);
    CHECK(dose.sets == 0);
    setDoseFieldValue(dose, DoseField::TimesPerDay, 50.0, DoseRounding::Exact);
    CHECK(dose.timesPerDay == kMaxTimesPerDay);
}

TEST_CASE("Setting a load in kilograms rounds or keeps it and needs a kilogram load", "[core][plan][dose]")
{
    Dose dose;
    dose.load.kind = LoadKind::Kilograms;
    setDoseFieldValue(dose, DoseField::LoadKg, 2.3);
    CHECK(dose.load.kg == Approx(2.5));
    setDoseFieldValue(dose, DoseField::LoadKg, 2.3, DoseRounding::Exact);
    CHECK(dose.load.kg == Approx(2.3));
    setDoseFieldValue(dose, DoseField::LoadKg, 1000.0, DoseRounding::Exact);
    CHECK(dose.load.kg == Approx(kMaxLoadKg));

    Dose band;
    band.load.kind = LoadKind::Band;
    band.load.bandColour = "red";
    setDoseFieldValue(band, DoseField::LoadKg, 4.0, DoseRounding::Exact);
    CHECK(band.load.kind == LoadKind::Band);
    CHECK(band.load.kg == 0.0);
}

TEST_CASE("The main amount kind is the exercise's own when the dose sets it", "[core][plan][dose]")
{
    Dose dose;
    CHECK(mainAmountKind(dose, DoseKind::Hold) == DoseKind::Hold); // no amount at all

    dose.repetitions = 10;
    dose.holdSeconds = 20;
    CHECK(mainAmountKind(dose, DoseKind::Repetitions) == DoseKind::Repetitions);
    CHECK(mainAmountKind(dose, DoseKind::Hold) == DoseKind::Hold);
    CHECK(mainAmountKind(dose, DoseKind::Duration) == DoseKind::Hold);

    Dose walk;
    walk.durationSeconds = 600;
    walk.distanceMetres = 800;
    CHECK(mainAmountKind(walk, DoseKind::Distance) == DoseKind::Distance);
    CHECK(mainAmountKind(walk, DoseKind::Repetitions) == DoseKind::Duration);

    Dose reps;
    reps.repetitions = 8;
    CHECK(mainAmountKind(reps, DoseKind::Duration) == DoseKind::Repetitions);
}
