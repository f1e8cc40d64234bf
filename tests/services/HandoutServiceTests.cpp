// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceFixtures.h"

#include "services/Handouts.h"

#include <QPdfWriter>

#include <filesystem>

using namespace paceplan;
using test::PatientClinicFixture;

TEST_CASE("Saving the handout of an active revision locks it and audits the export", "[services][handout]")
{
    PatientClinicFixture fixture;
    const auto plan = fixture.activePlan("Getting back to walking");
    auto source = services::loadHandoutSource(*fixture.clinic, plan.id);
    REQUIRE(source);
    CHECK_FALSE(source->draft);
    CHECK(source->plan.revision == 1);
    CHECK(source->patient.familyName == "Lovelace");
    REQUIRE_FALSE(fixture.revisionInfo(plan.id, 1).printed);

    const std::string file = fixture.dir.file("handout.pdf");
    REQUIRE(services::writeHandoutPdf(*fixture.clinic, *source, {}, QString::fromStdString(file)));
    CHECK(std::filesystem::file_size(file) > 1000);
    const auto info = fixture.revisionInfo(plan.id, 1);
    CHECK(info.printed);
    CHECK(info.locked);
    CHECK(fixture.auditRows("action = 'print' AND table_name = 'plan_revision' AND record_uuid = '" + info.uuid
              + "' AND detail = 'pdf' AND user = 'test-clinician'")
        == 1);
    // The audit log names the record, never the person.
    CHECK(fixture.auditRows("detail LIKE '%Lovelace%' OR detail LIKE '%Ada%'") == 0);
}

TEST_CASE("Printing the handout on a paint device locks the revision and records the printer", "[services][handout]")
{
    PatientClinicFixture fixture;
    const auto plan = fixture.activePlan("Getting back to walking");
    auto source = services::loadHandoutSource(*fixture.clinic, plan.id);
    REQUIRE(source);
    const auto document = services::handoutDocument(*fixture.clinic, *source, {});
    QPdfWriter printer(QString::fromStdString(fixture.dir.file("printed.pdf")));
    printer.setPageLayout(document.pageLayout());
    REQUIRE(services::printHandout(*fixture.clinic, *source, {}, printer));
    const auto info = fixture.revisionInfo(plan.id, 1);
    CHECK(info.printed);
    CHECK(info.locked);
    CHECK(fixture.auditRows("action = 'print' AND record_uuid = '" + info.uuid + "' AND detail = 'printer'") == 1);
}

TEST_CASE("A draft handout carries the DRAFT watermark and leaves the draft unlocked", "[services][handout]")
{
    PatientClinicFixture fixture;
    const auto plan = fixture.draftPlan("Getting back to walking");
    auto source = services::loadHandoutSource(*fixture.clinic, plan.id);
    REQUIRE(source);
    CHECK(source->draft);
    const auto document = services::handoutDocument(*fixture.clinic, *source, {});
    CHECK(document.content().draft);
    CHECK(document.decoration().watermark == QStringLiteral("DRAFT"));

    REQUIRE(
        services::writeHandoutPdf(*fixture.clinic, *source, {}, QString::fromStdString(fixture.dir.file("draft.pdf"))));
    const auto info = fixture.revisionInfo(plan.id, 1);
    CHECK(info.state == storage::RevisionState::Draft);
    CHECK_FALSE(info.printed);
    CHECK_FALSE(info.locked);
    // The export is still audited, saying the draft was not locked.
    CHECK(
        fixture.auditRows("action = 'print' AND record_uuid = '" + info.uuid + "' AND detail = 'pdf, draft not locked'")
        == 1);
}

TEST_CASE("A handout that cannot be written does not lock the revision", "[services][handout]")
{
    PatientClinicFixture fixture;
    const auto plan = fixture.activePlan("Getting back to walking");
    auto source = services::loadHandoutSource(*fixture.clinic, plan.id);
    REQUIRE(source);

    const auto written = services::writeHandoutPdf(
        *fixture.clinic, *source, {}, QString::fromStdString(fixture.dir.file("no/such/folder/handout.pdf")));
    REQUIRE_FALSE(written);
    CHECK(written.error().code == core::ErrorCode::Io);
    CHECK(written.error().field == "file");
    CHECK_FALSE(fixture.revisionInfo(plan.id, 1).printed);
    CHECK(fixture.auditRows("action = 'print'") == 0);

    // A device that cannot be painted on (here a PDF writer whose file cannot be created) fails the same way.
    QPdfWriter broken(QString::fromStdString(fixture.dir.file("no/such/folder/printed.pdf")));
    const auto printed = services::printHandout(*fixture.clinic, *source, {}, broken);
    REQUIRE_FALSE(printed);
    CHECK(printed.error().code == core::ErrorCode::Io);
    CHECK_FALSE(fixture.revisionInfo(plan.id, 1).printed);
    CHECK(fixture.auditRows("action = 'print'") == 0);
}

TEST_CASE("The draft flag comes from the revision state and not from the title", "[services][handout]")
{
    PatientClinicFixture fixture;
    const auto active = fixture.activePlan("Redraft of the walking plan (draft two)");
    const auto draft = fixture.draftPlan("Stairs and steps");

    auto activeSource = services::loadHandoutSource(*fixture.clinic, active.id);
    REQUIRE(activeSource);
    CHECK_FALSE(activeSource->draft);
    CHECK(services::handoutDocument(*fixture.clinic, *activeSource, {}).decoration().watermark.isEmpty());
    auto draftSource = services::loadHandoutSource(*fixture.clinic, draft.id);
    REQUIRE(draftSource);
    CHECK(draftSource->draft);

    auto choices = services::printableRevisions(*fixture.clinic, fixture.patient.id);
    REQUIRE(choices);
    REQUIRE(choices->size() == 2);
    for (const auto& choice : *choices) {
        INFO(choice.title);
        CHECK(choice.draft() == (choice.plan == draft.id));
    }

    // Printing the active plan with "draft" in its title still locks it.
    REQUIRE(services::writeHandoutPdf(
        *fixture.clinic, *activeSource, {}, QString::fromStdString(fixture.dir.file("active.pdf"))));
    CHECK(fixture.revisionInfo(active.id, 1).printed);
}

TEST_CASE("The printable revisions leave out superseded ones and list the newest first", "[services][handout]")
{
    PatientClinicFixture fixture;
    auto plan = fixture.activePlan("Getting back to walking");
    plan.goals = "Walk to the shops and back.";
    auto edited = fixture.plans().save(plan);
    REQUIRE(edited);
    REQUIRE(edited->revision == 2);

    auto choices = services::printableRevisions(*fixture.clinic, fixture.patient.id);
    REQUIRE(choices);
    REQUIRE(choices->size() == 2);
    CHECK(choices->at(0).revision == 2);
    CHECK(choices->at(0).draft());
    CHECK(choices->at(1).revision == 1);
    CHECK(choices->at(1).state == storage::RevisionState::Active);
    // Without a revision the active one is printed, and it is the plan printed by default.
    CHECK(services::loadHandoutSource(*fixture.clinic, plan.id)->plan.revision == 1);
    CHECK(services::defaultHandoutPlan(*fixture.clinic, fixture.patient.id).value_or(core::PlanId()) == plan.id);

    REQUIRE(fixture.plans().activate(plan.id, 2, PatientClinicFixture::clearScreening()));
    choices = services::printableRevisions(*fixture.clinic, fixture.patient.id);
    REQUIRE(choices);
    REQUIRE(choices->size() == 1);
    CHECK(choices->front().revision == 2);
    CHECK(choices->front().state == storage::RevisionState::Active);
}

TEST_CASE("Handout options and clinic details are kept for the clinic", "[services][handout]")
{
    PatientClinicFixture fixture;
    // No stand-in name: a letterhead that says "PacePlan" would look like the clinic's name.
    CHECK(services::clinicDetails(*fixture.clinic).name.isEmpty());
    report::HandoutClinic details;
    details.name = QStringLiteral("Riverside Physio");
    details.phone = QStringLiteral("01234 567890");
    REQUIRE(services::saveClinicDetails(*fixture.clinic, details));
    CHECK(services::clinicDetails(*fixture.clinic).phone == QStringLiteral("01234 567890"));

    report::HandoutOptions options;
    options.weeks = report::HandoutWeeks::NextWeeks;
    options.weekCount = 3;
    options.largePrint = true;
    options.diary = false;
    REQUIRE(services::saveHandoutOptions(*fixture.clinic, options));
    const auto saved = services::handoutOptions(*fixture.clinic);
    CHECK(saved.weeks == report::HandoutWeeks::NextWeeks);
    CHECK(saved.weekCount == 3);
    CHECK(saved.largePrint);
    CHECK_FALSE(saved.diary);
    CHECK(saved.pictures);

    // The handout's letterhead comes from the saved details.
    const auto plan = fixture.draftPlan("Getting back to walking");
    auto source = services::loadHandoutSource(*fixture.clinic, plan.id);
    REQUIRE(source);
    CHECK(source->clinic.name == QStringLiteral("Riverside Physio"));
}

TEST_CASE("Printing a patient summary is audited without patient data", "[services][handout]")
{
    PatientClinicFixture fixture;
    QPdfWriter printer(QString::fromStdString(fixture.dir.file("summary.pdf")));
    printer.setPageLayout(services::patientSummaryLayout());
    const auto pages = services::renderPatientSummary(*fixture.clinic, fixture.patient.id, printer);
    REQUIRE(pages);
    CHECK(*pages >= 1);
    CHECK(fixture.auditRows("action = 'print'") == 0); // Painting a preview records nothing.
    REQUIRE(services::recordSummaryPrinted(*fixture.clinic, fixture.patient.id));
    CHECK(fixture.auditRows("action = 'print' AND table_name = 'patient' AND record_uuid = '" + fixture.patient.uuid
              + "' AND detail = 'summary'")
        == 1);
    CHECK_FALSE(services::recordSummaryPrinted(*fixture.clinic, core::PatientId(999)));
}
