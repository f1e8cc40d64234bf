// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanFixtures.h"

#include "core/patient/Patient.h"
#include "core/plan/PlanChecks.h"
#include "core/plan/ProgressionEngine.h"

#include <catch2/catch.hpp>

using namespace paceplan::core;
using paceplan::test::makeCatalog;
using paceplan::test::makeItem;
using paceplan::test::makePlan;
using paceplan::test::minutes;
using paceplan::test::reps;

TEST_CASE("The schedule dates every day of every week from the start date", "[core][plan][schedule]")
{
    const auto catalog = makeCatalog();
    auto plan = makePlan();
    plan.startDate = Date(2026, 1, 7); // a Wednesday
    const auto schedule = buildSchedule(plan, catalog, {});
    REQUIRE(schedule.weeks.size() == 12);
    const auto& week1 = schedule.weeks[0];
    CHECK(week1.week == 1);
    CHECK(week1.startDate.toIso() == "2026-01-07");
    REQUIRE(week1.sessions.size() == 7);
    std::vector<int> weekdays;
    for (const auto& session : week1.sessions)
        weekdays.push_back(session.weekday);
    CHECK(weekdays == std::vector<int> { 2, 3, 4, 5, 6, 0, 1 });
    CHECK(week1.sessions[0].date.toIso() == "2026-01-07");
    CHECK(week1.sessions[0].dayType == DayType::Aerobic);
    CHECK(week1.sessions[0].items.at(0).itemKey == "walk-wed");
    CHECK(week1.sessions[5].date.toIso() == "2026-01-12");
    CHECK(week1.sessions[5].items.at(0).itemKey == "walk-mon");
    CHECK(schedule.weeks[1].startDate.toIso() == "2026-01-14");
    CHECK(schedule.weeks[11].sessions.back().date == plan.endDate());
    CHECK(schedule.weeks[3].phaseLabel == "Getting going");
    CHECK(schedule.weeks[4].phaseLabel == "Building up");
}

TEST_CASE("A template without a start date is scheduled from Monday with no dates", "[core][plan][schedule]")
{
    const auto catalog = makeCatalog();
    auto plan = makePlan();
    plan.startDate = Date();
    plan.lengthWeeks = 2;
    const auto schedule = buildSchedule(plan, catalog, {});
    REQUIRE(schedule.weeks.size() == 2);
    CHECK_FALSE(schedule.weeks[1].startDate.isValid());
    CHECK(schedule.weeks[1].sessions[0].weekday == 0);
    CHECK_FALSE(schedule.weeks[1].sessions[0].date.isValid());
}

TEST_CASE("Weekly totals count aerobic minutes, strength days and volume", "[core][plan][schedule]")
{
    const auto catalog = makeCatalog();
    auto plan = makePlan();
    SECTION("the base plan")
    {
        const auto week = buildSchedule(plan, catalog, {}).weeks.at(0);
        CHECK(week.aerobicMinutes == 30);
        CHECK(week.moderateMinutes == 0); // no effort targets
        CHECK(week.strengthDays == 2);
        CHECK(week.volume.minutes == 30);
        CHECK(week.volume.repetitions == 42);
        CHECK(week.volume.loadKg == 0.0);
        CHECK_FALSE(week.deload);
    }
    SECTION("moderate and vigorous targets, times a day, distances and loads")
    {
        plan.days[0].items[0].intensity
            = IntensityTarget { IntensityKind::Effort, 3, 4, 0, 0, {}, TalkTestLevel::CanTalk };
        plan.days[2].items[0].intensity.kind = IntensityKind::TalkTest;
        plan.days[2].items[0].intensity.talkTest = TalkTestLevel::FewWords; // vigorous: counts twice
        plan.days[4].items[0].dose.timesPerDay = 2;
        plan.days[4].items[0].intensity.kind = IntensityKind::TalkTest;
        plan.days[4].items[0].intensity.talkTest = TalkTestLevel::CanSing; // light: not counted
        Dose walk;
        walk.distanceMetres = 600;
        plan.days[6] = { DayType::Aerobic, { makeItem("walk-sun", "walking", walk) } };
        plan.days[1].items[0].dose = reps(2, 10, 2.5);
        const auto week = buildSchedule(plan, catalog, {}).weeks.at(0);
        CHECK(week.aerobicMinutes == 10 + 10 + 20 + 10); // 600 m at 60 m a minute = 10 min
        CHECK(week.moderateMinutes == 10 + 20);
        CHECK(week.volume.distanceMetres == 600);
        CHECK(week.volume.repetitions == 20 + 12 + 10 + 10);
        CHECK(week.volume.loadKg == Approx(50.0));

        ScheduleOptions options;
        options.countUntargetedAerobicAsModerate = true;
        options.metresPerMinute = 30.0;
        const auto counted = buildSchedule(plan, catalog, {}, options).weeks.at(0);
        CHECK(counted.aerobicMinutes == 10 + 10 + 20 + 20);
        CHECK(counted.moderateMinutes == 10 + 20 + 20);
    }
    SECTION("easier weeks are marked")
    {
        plan.days[0].items[0].progression.deload = { 3, 20 };
        const auto schedule = buildSchedule(plan, catalog, {});
        CHECK_FALSE(schedule.weeks[1].deload);
        CHECK(schedule.weeks[2].deload);
        CHECK(schedule.weeks[2].sessions[0].items[0].deload);
        CHECK(schedule.weeks[2].sessions[0].items[0].dose.durationSeconds == 480);
    }
    SECTION("ladders change the scheduled exercise")
    {
        plan.days[1].items[0].exerciseId = "sit-to-stand-high";
        plan.days[1].items[0].progression.rule = LadderRule { 4, 0 };
        const auto schedule = buildSchedule(plan, catalog, {});
        CHECK(schedule.weeks[3].sessions[1].items[0].exerciseId == "sit-to-stand-high");
        CHECK(schedule.weeks[4].sessions[1].items[0].exerciseId == "sit-to-stand");
        CHECK(schedule.weeks[4].sessions[1].items[0].ladderStep == 1);
    }
}

TEST_CASE("Heart-rate ranges come from the patient context", "[core][plan][schedule]")
{
    const auto catalog = makeCatalog();
    auto plan = makePlan();
    plan.days[0].items[0].intensity.kind = IntensityKind::HeartRate;
    plan.days[0].items[0].intensity.reservePercentLow = 40;
    plan.days[0].items[0].intensity.reservePercentHigh = 59;
    PatientContext context;
    context.ageYears = 60;
    context.restingHeartRate = 70;
    const auto withRange = buildSchedule(plan, catalog, context);
    CHECK(withRange.weeks[5].sessions[0].items[0].heartRate == HeartRateRange { 108, 127 });
    CHECK_FALSE(withRange.weeks[5].sessions[2].items[0].heartRate);
    const auto without = buildSchedule(plan, catalog, {});
    CHECK_FALSE(without.weeks[0].sessions[0].items[0].heartRate);

    // Beta-blockers blunt the heart rate (REFERENCE §3.4): no range in beats a minute, whatever else is known.
    context.betaBlockers = true;
    const auto blocked = buildSchedule(plan, catalog, context);
    for (const auto& week : blocked.weeks)
        for (const auto& session : week.sessions)
            for (const auto& item : session.items)
                CHECK_FALSE(item.heartRate);
}

TEST_CASE("Session time adds every set and the rests between them", "[core][plan][schedule]")
{
    ScheduleOptions options;
    Dose strength = reps(3, 10);
    strength.restSeconds = 60;
    CHECK(estimateDoseSeconds(strength, options) == Approx(3 * 40 + 2 * 60));
    Dose hold;
    hold.holdSeconds = 20;
    hold.repetitions = 3;
    CHECK(estimateDoseSeconds(hold, options) == Approx(60));
    CHECK(estimateDoseSeconds(minutes(15), options) == Approx(900));
    Dose distance;
    distance.distanceMetres = 300;
    CHECK(estimateDoseSeconds(distance, options) == Approx(300));

    const auto catalog = makeCatalog();
    const auto schedule = buildSchedule(makePlan(), catalog, {});
    CHECK(schedule.weeks[0].sessions[0].estimatedMinutes == 10);
    CHECK(schedule.weeks[0].sessions[1].estimatedMinutes == 2); // 40 s + 48 s
    CHECK(schedule.weeks[0].sessions[6].estimatedMinutes == 0);
}

TEST_CASE("The patient context reads age, resting heart rate and beta-blockers", "[core][plan][schedule]")
{
    Patient patient;
    patient.dateOfBirth = Date(1960, 3, 15);
    patient.restingHeartRate = 64;
    patient.precautions = { Precaution::BetaBlockers };
    const auto context = PatientContext::fromPatient(patient, Date(2026, 3, 14));
    CHECK(context.ageYears == 65);
    CHECK(context.restingHeartRate == 64);
    CHECK(context.betaBlockers);
    CHECK_FALSE(PatientContext::fromPatient(Patient {}, Date(2026, 1, 1)).ageYears);
}

TEST_CASE("Invalid plans still give a bounded schedule and checks", "[core][plan][schedule]")
{
    // The editor recomputes on every keystroke, so half-typed, invalid values must not break anything.
    const auto catalog = makeCatalog();
    auto plan = makePlan();
    plan.lengthWeeks = 1000;
    auto& walk = plan.days[0].items[0];
    walk.dose.sets = 2147483647;
    walk.dose.repetitions = 2147483647;
    walk.dose.holdSeconds = 2147483647;
    walk.dose.timesPerDay = 2147483647;
    walk.progression.rule = LinearRule { DoseField::Repetitions, StepKind::Percent, 1e300, -5, {} };
    walk.progression.deload = { 1, 200 };
    auto& sts = plan.days[1].items[0];
    sts.progression.rule = DoubleProgressionRule { 0, -4, 2147483647, 0, StepKind::Percent, 1e308, {} };
    plan.days[3].items[0].progression.rule
        = GradedQuotaRule { DoseField::LoadKg, -1.0, 1000, StepKind::Absolute, -3.0, 0, 1e300 };
    plan.days[4].items[0].progression.rule = LadderRule { -1, -1 };
    CheckLimits limits;
    limits.minRecoveryDays = 1000000;
    const auto schedule = buildSchedule(plan, catalog, {});
    CHECK(schedule.weeks.size() == kMaxPlanWeeks);
    CHECK(schedule.weeks.back().volume.repetitions >= 0);
    // Week 1 shows the prescribed dose; what the rule computes stays within the field's maximum.
    CHECK(schedule.weeks[0].sessions[0].items[0].dose.repetitions == 2147483647);
    CHECK(schedule.weeks[1].sessions[0].items[0].dose.repetitions == kMaxRepetitions);
    CHECK_FALSE(checkPlan(plan, schedule, catalog, {}, limits).empty());
    CHECK(plan.endDate().isValid());
}
