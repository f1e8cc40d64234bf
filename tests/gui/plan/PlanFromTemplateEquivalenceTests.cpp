// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The desk app and paceplan-cli make the same plan from the same template: both reach
// services::createPlanFromTemplate, so title, dates and personalised doses cannot drift apart.
#include "../GuiTestSupport.h"

#include "cli/CliRunner.h"
#include "gui/ClinicSession.h"
#include "gui/plan/PlanPage.h"
#include "services/Plans.h"

#include <QString>

using namespace paceplan;

namespace {

/// The parts of a plan that the template and the personalisation decide (not ids, uuids or timestamps).
void checkSamePlan(const core::Plan& gui, const core::Plan& cli)
{
    CHECK(gui.patientId == cli.patientId);
    CHECK(gui.title == cli.title);
    CHECK(gui.goals == cli.goals);
    CHECK(gui.startDate == cli.startDate);
    CHECK(gui.lengthWeeks == cli.lengthWeeks);
    CHECK(gui.revision == cli.revision);
    CHECK(gui.status == cli.status);
    CHECK(gui.phases == cli.phases);
    CHECK(gui.educationTopicIds == cli.educationTopicIds);
    CHECK(gui.days == cli.days);
}

} // namespace

TEST_CASE("Plan from template gives the same plan through the GUI and the CLI", "[gui][plan][equivalence]")
{
    test::ScriptedPrompter prompter;
    test::TempDir dir;
    const std::string path = dir.file("clinic.db");
    test::CliRunner cli(dir);
    // Both faces run on the real clock here, so "next Monday" is the same day for both.
    REQUIRE(cli.run({ "--database", path, "demo" }).exitCode == 0);

    gui::ClinicSession session;
    REQUIRE(session.open(QString::fromStdString(path), false));
    auto templates = services::listTemplates(*session.clinic());
    REQUIRE(templates);
    REQUIRE(templates->size() >= 2);

    for (const int patientNumber : { 1, 5, 9 }) {
        for (const auto& planTemplate : *templates) {
            CAPTURE(patientNumber, planTemplate.code);
            const core::PatientId patient(patientNumber);
            session.setCurrentPatient(patient);
            gui::PlanPage page(session);
            REQUIRE(page.newPlanFromTemplate(QString::fromStdString(planTemplate.code)));
            auto plans = services::listPlans(*session.clinic(), patient);
            REQUIRE(plans);
            REQUIRE_FALSE(plans->empty());
            const core::PlanId guiPlan
                = std::max_element(plans->begin(), plans->end(), [](const auto& a, const auto& b) {
                      return a.id.value() < b.id.value();
                  })->id;

            const auto made = cli.run({ "--database", path, "--json", "plan", "create", "--patient",
                std::to_string(patientNumber), "--template", planTemplate.code });
            REQUIRE(made.exitCode == 0);
            const core::PlanId cliPlan(made.json().at("plan_id").get<std::int64_t>());
            REQUIRE(cliPlan != guiPlan);

            auto fromGui = services::latestRevision(*session.clinic(), guiPlan);
            auto fromCli = services::latestRevision(*session.clinic(), cliPlan);
            REQUIRE(fromGui);
            REQUIRE(fromCli);
            checkSamePlan(*fromGui, *fromCli);
        }
    }
    CHECK(prompter.errors.isEmpty());
}
