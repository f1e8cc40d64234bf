// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/HandoutAssembler.h"

#include <catch2/catch.hpp>

using namespace paceplan;

namespace {

core::PlanItem sitToStand(const std::string& key, int repetitions, const std::string& notes = {})
{
    core::PlanItem item;
    item.key = key;
    item.exerciseId = "sit-to-stand";
    item.dose.sets = 2;
    item.dose.repetitions = repetitions;
    item.dose.restSeconds = 60;
    item.notes = notes;
    return item;
}

/// A two-week plan from Monday 2026-11-23 with sit to stand on Monday and Thursday at the given repetitions.
report::HandoutSource source(int mondayRepetitions, int thursdayRepetitions)
{
    core::Exercise exercise;
    exercise.id = "sit-to-stand";
    exercise.name = "Sit to stand";
    exercise.steps = { "Sit near the front of a firm chair.", "Stand up.", "Sit down slowly." };
    report::HandoutSource source;
    source.patient.givenName = "Test";
    source.patient.familyName = "Person";
    source.catalog.put(exercise);
    source.plan.title = "Chair work";
    source.plan.startDate = core::Date(2026, 11, 23);
    source.plan.lengthWeeks = 2;
    source.plan.days[0].type = core::DayType::Strength;
    source.plan.days[0].items = { sitToStand("sts-mon", mondayRepetitions, "Use the kitchen chair.") };
    source.plan.days[3].type = core::DayType::Strength;
    source.plan.days[3].items = { sitToStand("sts-thu", thursdayRepetitions, "Use the kitchen chair.") };
    return source;
}

} // namespace

TEST_CASE("An exercise on several days with different doses prints once with one main dose", "[report][handout]")
{
    report::HandoutOptions options;
    options.weeks = report::HandoutWeeks::NextWeeks;
    const auto content = report::assembleHandout(source(8, 10), options, QDate(2026, 11, 23));
    // It used to print two cards, one per dose.
    REQUIRE(content.exercises.size() == 1);
    const auto& exercise = content.exercises.first();
    CHECK(exercise.dose.repetitions == 8);
    REQUIRE(exercise.otherDays.size() == 1);
    CHECK(exercise.otherDays.first().dose.repetitions == 10);
    CHECK(exercise.notes == QStringLiteral("Use the kitchen chair."));
    REQUIRE(content.weeks.size() == 2);
    for (const auto& week : content.weeks) {
        CHECK(week.days[0].exerciseKeys == QStringList { exercise.key });
        CHECK(week.days[3].exerciseKeys == QStringList { exercise.key });
    }
}

TEST_CASE("An exercise on several days with one dose prints once with no other days", "[report][handout]")
{
    const auto content = report::assembleHandout(source(8, 8), {}, QDate(2026, 11, 23));
    REQUIRE(content.exercises.size() == 1);
    CHECK(content.exercises.first().otherDays.isEmpty());
    CHECK(content.weeks.first().days[3].exerciseKeys == QStringList { content.exercises.first().key });
}
