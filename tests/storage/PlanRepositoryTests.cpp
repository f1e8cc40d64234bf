// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Connection.h"
#include "storage/PatientRepository.h"
#include "storage/PlanRepository.h"
#include "storage/Statement.h"
#include "storage/TemplateRepository.h"
#include "support/LibraryFixtures.h"

#include <catch2/catch.hpp>

using namespace paceplan;
using namespace paceplan::core;
using storage::RevisionState;

namespace {

Plan walkingPlan()
{
    Plan plan;
    plan.title = "Getting back to walking";
    plan.goals = "Walk to the allotment without stopping.";
    plan.startDate = Date(2026, 11, 23);
    plan.lengthWeeks = 8;
    plan.phases = { { 1, 4, "Getting going" }, { 5, 8, "Building up" } };
    plan.educationTopicIds = { "hurt-is-not-harm" };
    for (int day = 0; day < kDaysPerWeek; ++day)
        plan.days[static_cast<std::size_t>(day)].type = DayType::Rest;
    PlanItem walk;
    walk.key = "walk";
    walk.exerciseId = "walking-flat";
    walk.dose.durationSeconds = 600;
    plan.days[0].type = DayType::Aerobic;
    plan.days[0].items.push_back(walk);
    PlanItem bridge;
    bridge.key = "bridge";
    bridge.exerciseId = "bridge";
    bridge.dose.sets = 2;
    bridge.dose.repetitions = 10;
    plan.days[2].type = DayType::Strength;
    plan.days[2].items.push_back(bridge);
    return plan;
}

struct PlanFixture : test::LibraryFixture {
    PlanFixture()
    {
        Patient patient;
        patient.givenName = "Ada";
        patient.familyName = "Lovelace";
        patient.dateOfBirth = Date(1965, 12, 10);
        patientId = storage::PatientRepository(*db).create(patient)->id;
    }
    PatientId patientId;
};

PreExerciseScreening clearScreening()
{
    PreExerciseScreening screening;
    screening.screenedOn = Date(2026, 11, 21);
    for (int question = 1; question <= kParqQuestionCount; ++question)
        screening.parq[question].answer = ParqAnswer::No;
    return screening;
}

} // namespace

TEST_CASE("A plan round-trips as a draft and drafts are edited in place", "[storage][plan]")
{
    PlanFixture fixture;
    storage::PlanRepository plans(*fixture.db, fixture.codec);
    auto created = plans.create(fixture.patientId, walkingPlan());
    REQUIRE(created);
    CHECK(created->revision == 1);
    CHECK(created->id.isValid());
    CHECK(created->uuid.size() == 36);

    auto loaded = plans.latest(created->id);
    REQUIRE(loaded);
    CHECK(loaded->title == "Getting back to walking");
    CHECK(loaded->days == created->days);
    CHECK(loaded->phases == created->phases);
    CHECK(loaded->patientId == fixture.patientId);
    CHECK(loaded->status == PlanStatus::Draft);

    loaded->days[0].items[0].dose.durationSeconds = 900;
    auto saved = plans.save(*loaded);
    REQUIRE(saved);
    CHECK(saved->revision == 1);
    CHECK(plans.revisions(created->id)->size() == 1);
    CHECK(plans.latest(created->id)->days[0].items[0].dose.durationSeconds == 900);
}

TEST_CASE("An activated revision is locked: edits make a new revision", "[storage][plan]")
{
    PlanFixture fixture;
    storage::PlanRepository plans(*fixture.db, fixture.codec);
    auto plan = *plans.create(fixture.patientId, walkingPlan());
    REQUIRE(plans.activate(plan.id, 1, clearScreening()));
    CHECK_FALSE(plans.activate(plan.id, 1, clearScreening())); // only drafts activate

    auto active = *plans.revision(plan.id, 1);
    CHECK(active.status == PlanStatus::Active);
    active.days[0].items[0].dose.durationSeconds = 720;
    auto edited = plans.save(active);
    REQUIRE(edited);
    CHECK(edited->revision == 2);
    CHECK(plans.revision(plan.id, 1)->days[0].items[0].dose.durationSeconds == 600); // never changed in place
    CHECK(plans.revision(plan.id, 2)->days[0].items[0].dose.durationSeconds == 720);

    auto summary = *plans.summary(plan.id);
    REQUIRE(summary.active);
    CHECK(summary.active->revision == 1);
    CHECK(summary.latest.revision == 2);
    CHECK(summary.latest.state == RevisionState::Draft);

    REQUIRE(plans.activate(plan.id, 2, clearScreening()));
    auto revisions = *plans.revisions(plan.id);
    CHECK(revisions[0].state == RevisionState::Superseded);
    CHECK(revisions[1].state == RevisionState::Active);
    CHECK(revisions[1].locked);
    CHECK_FALSE(revisions[1].activatedAt.empty());
}

TEST_CASE("Printing locks a draft revision and is audited", "[storage][plan]")
{
    PlanFixture fixture;
    storage::PlanRepository plans(*fixture.db, fixture.codec);
    auto plan = *plans.create(fixture.patientId, walkingPlan());
    REQUIRE(plans.markPrinted(plan.id, 1));
    auto info = plans.revisions(plan.id)->front();
    CHECK(info.locked);
    CHECK(info.printed);
    auto again = *plans.latest(plan.id);
    again.title = "Walking, week by week";
    CHECK(plans.save(again)->revision == 2);
    CHECK(fixture.db->connection().queryInt("SELECT count(*) FROM audit_log WHERE action = 'print'") == 1);
}

TEST_CASE("Screening and an override reason are stored with the activation and audited", "[storage][plan]")
{
    PlanFixture fixture;
    storage::PlanRepository plans(*fixture.db, fixture.codec);
    auto plan = *plans.create(fixture.patientId, walkingPlan());
    auto screening = clearScreening();
    screening.parq[2].answer = ParqAnswer::Yes;
    screening.redFlags = { RedFlag::NightPain };
    screening.overrideReason = "Night pain is long-standing and was assessed by the GP last month.";
    REQUIRE(plans.activate(plan.id, 1, screening));
    auto stored = plans.screening(plan.id, 1);
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    CHECK(**stored == screening);
    CHECK(plans.revisions(plan.id)->front().overrideReason == screening.overrideReason);
    storage::Statement audit(fixture.db->connection(), "SELECT detail FROM audit_log WHERE action = 'activate'");
    REQUIRE(audit.step());
    CHECK(audit.text(0).find("overridden") != std::string::npos);
    CHECK(audit.text(0).find("GP") == std::string::npos); // the reason itself stays out of the audit detail
}

TEST_CASE("Plans are listed per patient and deleted with the patient", "[storage][plan]")
{
    PlanFixture fixture;
    storage::PlanRepository plans(*fixture.db, fixture.codec);
    REQUIRE(plans.create(fixture.patientId, walkingPlan()));
    REQUIRE(plans.create(fixture.patientId, walkingPlan()));
    CHECK(plans.plansOf(fixture.patientId)->size() == 2);
    CHECK(plans.create(PatientId(999), walkingPlan()).error().code == ErrorCode::NotFound);
    REQUIRE(storage::PatientRepository(*fixture.db).remove(fixture.patientId));
    CHECK(fixture.db->connection().queryInt("SELECT count(*) FROM plan") == 0);
    CHECK(fixture.db->connection().queryInt("SELECT count(*) FROM plan_revision") == 0);
}

TEST_CASE("Templates: built-ins are refreshed, the clinic's own are saved and protected", "[storage][template]")
{
    PlanFixture fixture;
    storage::TemplateRepository templates(*fixture.db, fixture.codec);
    storage::PlanTemplate builtin { "knee-oa-starter", "Knee OA starter", "Walking and strength",
        PrimaryCondition::KneeOsteoarthritis, true, walkingPlan() };
    REQUIRE(templates.mergeBuiltins({ builtin }));
    auto stored = templates.get("knee-oa-starter");
    REQUIRE(stored);
    CHECK(stored->builtin);
    CHECK_FALSE(stored->plan.startDate.isValid());
    CHECK(stored->plan.days == builtin.plan.days);

    builtin.description = "Walking, strength and balance";
    REQUIRE(templates.mergeBuiltins({ builtin }));
    CHECK(templates.get("knee-oa-starter")->description == "Walking, strength and balance");

    CHECK(templates.save(*stored).error().code == ErrorCode::Conflict);
    CHECK(templates.remove("knee-oa-starter").error().code == ErrorCode::Conflict);

    storage::PlanTemplate mine { {}, "My back plan", "", PrimaryCondition::ChronicLowBackPain, false, walkingPlan() };
    auto saved = templates.save(mine);
    REQUIRE(saved);
    CHECK(saved->code.rfind("custom-", 0) == 0);
    CHECK_FALSE(templates.get(saved->code)->builtin);
    CHECK(templates.list()->size() == 2);

    saved->name = "My lower back plan";
    saved->condition = PrimaryCondition::Other;
    REQUIRE(templates.save(*saved));
    const auto renamed = templates.get(saved->code);
    REQUIRE(renamed);
    CHECK(renamed->name == "My lower back plan");
    CHECK(renamed->condition == PrimaryCondition::Other);
    CHECK_FALSE(renamed->builtin);
    CHECK(templates.list()->size() == 2);
    REQUIRE(templates.remove(saved->code));
    CHECK(templates.list()->size() == 1);
}
