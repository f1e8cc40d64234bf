// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Plan.h"
#include "core/plan/PreExerciseScreening.h"
#include "services/Clinic.h"
#include "storage/Connection.h"
#include "storage/Database.h"
#include "storage/PatientRepository.h"
#include "storage/PlanRepository.h"
#include "support/ClinicFixtures.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>

namespace paceplan::test {

/// A fresh clinic (shipped content merged, clock fixed at kTestToday) with one patient and no plan yet.
struct PatientClinicFixture : ClinicFixture {
    PatientClinicFixture()
    {
        core::Patient person;
        person.givenName = "Ada";
        person.familyName = "Lovelace";
        person.dateOfBirth = core::Date(1965, 12, 10);
        auto created = storage::PatientRepository(clinic->database()).create(person);
        REQUIRE(created);
        patient = *created;
    }

    /// A two-exercise walking plan starting on Monday 2026-11-23, titled `title`.
    static core::Plan walkingPlan(const std::string& title)
    {
        core::Plan plan;
        plan.title = title;
        plan.goals = "Walk to the allotment without stopping.";
        plan.startDate = core::Date(2026, 11, 23);
        plan.lengthWeeks = 8;
        plan.phases = { { 1, 4, "Getting going" }, { 5, 8, "Building up" } };
        for (int day = 0; day < core::kDaysPerWeek; ++day)
            plan.days[static_cast<std::size_t>(day)].type = core::DayType::Rest;
        core::PlanItem walk;
        walk.key = "walk";
        walk.exerciseId = "walking-flat";
        walk.dose.durationSeconds = 600;
        plan.days[0].type = core::DayType::Aerobic;
        plan.days[0].items.push_back(walk);
        core::PlanItem bridge;
        bridge.key = "bridge";
        bridge.exerciseId = "bridge";
        bridge.dose.sets = 2;
        bridge.dose.repetitions = 10;
        plan.days[2].type = core::DayType::Strength;
        plan.days[2].items.push_back(bridge);
        return plan;
    }

    /// A screening with every PAR-Q answer "no": nothing blocks activation.
    static core::PreExerciseScreening clearScreening()
    {
        core::PreExerciseScreening screening;
        screening.screenedOn = core::Date(2026, 11, 21);
        for (int question = 1; question <= core::kParqQuestionCount; ++question)
            screening.parq[question].answer = core::ParqAnswer::No;
        return screening;
    }

    storage::PlanRepository plans() { return storage::PlanRepository(clinic->database(), clinic->codec()); }

    /// Stores a draft plan for the patient.
    core::Plan draftPlan(const std::string& title)
    {
        auto created = plans().create(patient.id, walkingPlan(title));
        REQUIRE(created);
        return *created;
    }

    /// Stores a plan for the patient and activates its first revision.
    core::Plan activePlan(const std::string& title)
    {
        auto plan = draftPlan(title);
        REQUIRE(plans().activate(plan.id, 1, clearScreening()));
        return plan;
    }

    /// The stored state of one revision.
    storage::RevisionInfo revisionInfo(core::PlanId plan, int revision)
    {
        auto revisions = plans().revisions(plan);
        REQUIRE(revisions);
        for (const auto& info : *revisions)
            if (info.revision == revision)
                return info;
        FAIL("no revision " << revision);
        return {};
    }

    /// How many audit rows match `where` (an SQL condition over audit_log).
    int auditRows(const std::string& where)
    {
        return static_cast<int>(
            clinic->database().connection().queryInt("SELECT count(*) FROM audit_log WHERE " + where));
    }

    core::Patient patient;
};

} // namespace paceplan::test
