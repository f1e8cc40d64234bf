// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/PlanValidation.h"
#include "services/Patients.h"
#include "services/Plans.h"
#include "storage/PlanRepository.h"
#include "support/ClinicFixtures.h"

#include <catch2/catch.hpp>

using namespace paceplan;

namespace {

core::Patient makePatient(services::Clinic& clinic, std::vector<core::Precaution> precautions = {})
{
    core::Patient patient;
    patient.givenName = "Ada";
    patient.familyName = "Byron";
    patient.dateOfBirth = core::Date(1961, 3, 14);
    patient.condition = core::PrimaryCondition::ChronicLowBackPain;
    patient.restingHeartRate = 64;
    patient.precautions = std::move(precautions);
    auto saved = services::savePatient(clinic, patient);
    REQUIRE(saved);
    return *saved;
}

core::PreExerciseScreening clearScreening(const core::Date& on)
{
    core::PreExerciseScreening screening;
    screening.screenedOn = on;
    for (int question = 1; question <= core::kParqQuestionCount; ++question)
        screening.parq[question] = core::ParqEntry { core::ParqAnswer::No, core::ParqResolution::None, {} };
    return screening;
}

} // namespace

TEST_CASE("A plan from a template is dated, personalised and titled by one rule", "[services][plans]")
{
    test::ClinicFixture fixture;
    auto& clinic = *fixture.clinic;
    const auto patient = makePatient(clinic, { core::Precaution::BetaBlockers });
    auto templates = services::listTemplates(clinic);
    REQUIRE(templates);
    REQUIRE_FALSE(templates->empty());
    const auto& chosen = templates->front();

    services::PlanFromTemplate request;
    request.patient = patient.id;
    request.templateCode = chosen.code;
    request.baselines.walkingMinutes = 10;
    auto made = services::createPlanFromTemplate(clinic, request);
    REQUIRE(made);
    CHECK(made->plan.id.isValid());
    CHECK(made->plan.patientId == patient.id);
    CHECK(made->plan.revision == 1);
    CHECK(made->plan.status == core::PlanStatus::Draft);
    // The next Monday after the clinic's today (Saturday 2026-11-21).
    CHECK(made->plan.startDate == core::Date(2026, 11, 23));
    CHECK(made->plan.title == (chosen.plan.title.empty() ? chosen.name : chosen.plan.title));
    CHECK_FALSE(made->notes.empty());

    // What was stored is what core's one rule makes from the same inputs.
    core::TemplatePersonalization options;
    options.today = clinic.today();
    options.baselines.walkingMinutes = 10;
    const auto expected = core::planFromTemplate(chosen.plan, chosen.name, patient, options, *clinic.catalog());
    auto stored = services::latestRevision(clinic, made->plan.id);
    REQUIRE(stored);
    CHECK(stored->days == expected.plan.days);
    CHECK(stored->title == expected.plan.title);
    CHECK(stored->startDate == expected.plan.startDate);
}

TEST_CASE("A template without a title of its own gives the plan the template's name", "[services][plans]")
{
    test::ClinicFixture fixture;
    auto& clinic = *fixture.clinic;
    const auto patient = makePatient(clinic);
    auto templates = services::listTemplates(clinic);
    REQUIRE(templates);
    core::Plan untitled = templates->front().plan;
    untitled.title.clear();
    const auto made = core::planFromTemplate(
        untitled, "Walking and strength", patient, core::TemplatePersonalization {}, *clinic.catalog());
    CHECK(made.plan.title == "Walking and strength");
    CHECK(made.plan.patientId == patient.id);
}

TEST_CASE("Plans that fail validation are never stored", "[services][plans]")
{
    test::ClinicFixture fixture;
    auto& clinic = *fixture.clinic;
    const auto patient = makePatient(clinic);
    auto blank = services::createBlankPlan(clinic, patient.id, "Plan");
    REQUIRE(blank);

    core::Plan broken = *blank;
    broken.lengthWeeks = 0;
    auto saved = services::savePlan(clinic, broken);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().field == core::plan_field::kLengthWeeks);
    auto stored = services::latestRevision(clinic, blank->id);
    REQUIRE(stored);
    CHECK(stored->lengthWeeks == 12);

    core::Plan untitled = *blank;
    untitled.title = std::string(core::kMaxPlanTitleLength + 1, 'x');
    CHECK_FALSE(services::savePlan(clinic, untitled));
    CHECK_FALSE(services::importPlan(clinic, patient.id, untitled));
    auto plans = services::listPlans(clinic, patient.id);
    REQUIRE(plans);
    CHECK(plans->size() == 1);
}

TEST_CASE("Activation with an unresolved screening fails whichever way it is asked", "[services][plans]")
{
    test::ClinicFixture fixture;
    auto& clinic = *fixture.clinic;
    const auto patient = makePatient(clinic);
    auto plan = services::createBlankPlan(clinic, patient.id, "Plan");
    REQUIRE(plan);

    SECTION("an empty screening leaves every question unanswered")
    {
        const auto refused = services::activatePlan(clinic, plan->id, 1, core::PreExerciseScreening {});
        REQUIRE_FALSE(refused);
        CHECK(refused.error().field == "screening");
    }
    SECTION("a yes answer without a resolution")
    {
        auto screening = clearScreening(clinic.today());
        screening.parq[2] = core::ParqEntry { core::ParqAnswer::Yes, core::ParqResolution::None, {} };
        CHECK_FALSE(services::activatePlan(clinic, plan->id, 1, screening));
    }
    SECTION("a cauda equina flag even with a written override")
    {
        auto screening = clearScreening(clinic.today());
        screening.redFlags.push_back(core::RedFlag::SaddleNumbness);
        screening.overrideReason = "Seen by the consultant.";
        CHECK_FALSE(services::activatePlan(clinic, plan->id, 1, screening));
    }
    SECTION("the storage layer refuses it too, so no face can skip the rule")
    {
        storage::PlanRepository repository(clinic.database(), clinic.codec());
        CHECK_FALSE(repository.activate(plan->id, 1, core::PreExerciseScreening {}));
    }
    auto summary = services::planSummary(clinic, plan->id);
    REQUIRE(summary);
    CHECK_FALSE(summary->active);
    CHECK(summary->latest.state == storage::RevisionState::Draft);
    CHECK_FALSE(summary->latest.locked);
}

TEST_CASE("A cleared screening activates and locks and later edits make a new revision", "[services][plans]")
{
    test::ClinicFixture fixture;
    auto& clinic = *fixture.clinic;
    const auto patient = makePatient(clinic);
    auto plan = services::createBlankPlan(clinic, patient.id, "Plan");
    REQUIRE(plan);
    const auto screening = clearScreening(clinic.today());
    REQUIRE(services::activatePlan(clinic, plan->id, 1, screening));
    CHECK(services::activeScreening(clinic, plan->id) == screening);

    core::Plan edited = *plan;
    edited.goals = "Walk to the shops without stopping.";
    auto saved = services::savePlan(clinic, edited);
    REQUIRE(saved);
    CHECK(saved->revision == 2);
    auto first = services::planRevision(clinic, plan->id, 1);
    REQUIRE(first);
    CHECK(first->goals.empty());
    auto revisions = services::planRevisions(clinic, plan->id);
    REQUIRE(revisions);
    REQUIRE(revisions->size() == 2);
    CHECK(revisions->at(0).locked);
    CHECK(revisions->at(0).state == storage::RevisionState::Active);
    CHECK(revisions->at(1).state == storage::RevisionState::Draft);
}

TEST_CASE("A blank plan has a balanced week with one rest day", "[services][plans]")
{
    test::ClinicFixture fixture;
    auto& clinic = *fixture.clinic;
    const auto patient = makePatient(clinic);
    auto plan = services::createBlankPlan(clinic, patient.id, "Exercise plan");
    REQUIRE(plan);
    int rest = 0;
    int strength = 0;
    for (const auto& day : plan->days) {
        rest += day.type == core::DayType::Rest ? 1 : 0;
        strength += day.type == core::DayType::Strength ? 1 : 0;
    }
    CHECK(rest == 1);
    CHECK(strength == 2);
    CHECK(plan->lengthWeeks == 12);
    CHECK(plan->startDate.weekdayIndex() == 0);
}

TEST_CASE("A template saved from a plan keeps its days and names the patient's condition", "[services][plans]")
{
    test::ClinicFixture fixture;
    auto& clinic = *fixture.clinic;
    const auto patient = makePatient(clinic);
    auto templates = services::listTemplates(clinic);
    REQUIRE(templates);
    services::PlanFromTemplate request;
    request.patient = patient.id;
    request.templateCode = templates->front().code;
    auto made = services::createPlanFromTemplate(clinic, request);
    REQUIRE(made);
    auto saved = services::saveTemplateFromPlan(clinic, made->plan, "Ada's back plan");
    REQUIRE(saved);
    CHECK_FALSE(saved->builtin);
    CHECK(saved->condition == core::PrimaryCondition::ChronicLowBackPain);
    auto again = services::listTemplates(clinic);
    REQUIRE(again);
    CHECK(again->size() == templates->size() + 1);
}
