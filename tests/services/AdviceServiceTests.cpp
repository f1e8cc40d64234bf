// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Advice.h"
#include "services/Patients.h"
#include "services/Plans.h"
#include "support/ClinicFixtures.h"

#include <catch2/catch.hpp>

using namespace paceplan;

TEST_CASE("Advice is given for an active plan only and read over one history window", "[services][advice]")
{
    test::DemoClinicFixture fixture;
    auto& clinic = *fixture.clinic;
    storage::PatientQuery everyone;
    everyone.archive = storage::ArchiveFilter::All;
    auto patients = services::listPatients(clinic, everyone);
    REQUIRE(patients);
    int withPlan = 0;
    int withoutPlan = 0;
    for (const auto& patient : *patients) {
        auto current = services::currentAdvice(clinic, patient.id);
        REQUIRE(current);
        auto plans = services::listPlans(clinic, patient.id);
        REQUIRE(plans);
        const bool active
            = std::any_of(plans->begin(), plans->end(), [](const auto& p) { return p.active.has_value(); });
        CHECK(current->has_value() == active);
        if (!*current) {
            ++withoutPlan;
            continue;
        }
        ++withPlan;
        // The banner's advice and the command line's advice are the same call.
        auto direct = services::painAdvice(clinic, patient.id);
        REQUIRE(direct);
        CHECK((*current)->advice.level == direct->level);
        CHECK((*current)->advice.action == direct->action);
        CHECK((*current)->advice.headline == direct->headline);
    }
    CHECK(withPlan > 0);
    CHECK(withoutPlan > 0);
}

TEST_CASE("Applying advice stores a new draft and leaves the active revision as it was", "[services][advice]")
{
    test::DemoClinicFixture fixture;
    auto& clinic = *fixture.clinic;
    storage::PatientQuery everyone;
    auto patients = services::listPatients(clinic, everyone);
    REQUIRE(patients);
    std::optional<services::CurrentAdvice> actionable;
    for (const auto& patient : *patients) {
        auto current = services::currentAdvice(clinic, patient.id);
        REQUIRE(current);
        if (*current
            && ((*current)->advice.action == core::AdviceAction::Hold
                || (*current)->advice.action == core::AdviceAction::StepBack)) {
            auto preview = services::previewAdvice(clinic, **current);
            REQUIRE(preview);
            if (*preview) {
                actionable = **current;
                break;
            }
        }
    }
    REQUIRE(actionable);
    auto before = services::planRevision(clinic, actionable->plan, actionable->activeRevision);
    REQUIRE(before);
    auto preview = services::previewAdvice(clinic, *actionable);
    REQUIRE(preview);
    REQUIRE(*preview);
    CHECK_FALSE((*preview)->changes.empty());

    auto applied = services::applyAdvice(clinic, *actionable);
    REQUIRE(applied);
    CHECK(applied->revision > actionable->activeRevision);
    CHECK(applied->status == core::PlanStatus::Draft);
    auto after = services::planRevision(clinic, actionable->plan, actionable->activeRevision);
    REQUIRE(after);
    CHECK(*after == *before);
    auto summary = services::planSummary(clinic, actionable->plan);
    REQUIRE(summary);
    REQUIRE(summary->active);
    CHECK(summary->active->revision == actionable->activeRevision);
    CHECK(summary->latest.revision == applied->revision);
}
