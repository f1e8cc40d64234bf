// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../GuiTestSupport.h"

#include "gui/ClinicSession.h"
#include "gui/plan/PlanDocument.h"
#include "gui/plan/PlanPage.h"
#include "storage/PlanRepository.h"
#include "storage/TemplateRepository.h"
#include "support/ClinicFixtures.h"

#include <algorithm>

using namespace paceplan;

TEST_CASE("A plan is saved as one of the clinic's templates from the plan editor", "[gui][plan][template]")
{
    test::ScriptedPrompter prompter;
    test::DemoClinicFixture clinic;
    gui::ClinicSession session;
    session.adopt(std::move(clinic.clinic));
    session.setCurrentPatient(core::PatientId(1));
    gui::PlanPage page(session);
    const auto plans
        = storage::PlanRepository(session.clinic()->database(), session.clinic()->codec()).plansOf(core::PatientId(1));
    REQUIRE_FALSE(plans->empty());
    REQUIRE(page.openPlan(plans->front().id));
    storage::TemplateRepository templates(session.clinic()->database(), session.clinic()->codec());
    const auto before = templates.list()->size();

    REQUIRE(page.saveAsTemplate(QStringLiteral("Knee plan for retired tradespeople")));
    const auto after = *templates.list();
    REQUIRE(after.size() == before + 1);
    const auto mine = std::find_if(after.begin(), after.end(), [](const auto& t) { return !t.builtin; });
    REQUIRE(mine != after.end());
    CHECK(mine->name == "Knee plan for retired tradespeople");
    CHECK(mine->condition == core::PrimaryCondition::KneeOsteoarthritis);
    CHECK_FALSE(mine->plan.startDate.isValid());
    CHECK(mine->plan.days == page.document()->plan().days);
    CHECK_FALSE(page.saveAsTemplate(QStringLiteral("   ")));
}
