// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../GuiTestSupport.h"

#include "gui/ClinicSession.h"
#include "gui/plan/PainAdviceBanner.h"
#include "storage/PlanRepository.h"
#include "support/ClinicFixtures.h"

#include <QLabel>
#include <QPushButton>

using namespace paceplan;

TEST_CASE("Accepting hold or step-back advice stores a new draft revision, after asking", "[gui][plan][advice]")
{
    test::ScriptedPrompter prompter;
    test::DemoClinicFixture clinic;
    gui::ClinicSession session;
    session.adopt(std::move(clinic.clinic));
    gui::PainAdviceBanner banner(session);

    // Find a demo patient whose last week calls for holding or stepping back.
    core::PatientId chosen;
    int shown = 0;
    for (int id = 1; id <= 15 && !chosen.isValid(); ++id) {
        session.setCurrentPatient(core::PatientId(id));
        if (!banner.advice())
            continue;
        ++shown;
        CHECK_FALSE(banner.findChild<QLabel*>(QStringLiteral("adviceHeadline"))->text().isEmpty());
        const auto action = banner.advice()->action;
        if (action == core::AdviceAction::Hold || action == core::AdviceAction::StepBack) {
            chosen = core::PatientId(id);
            CHECK_FALSE(banner.applyButton()->isHidden());
        } else {
            CHECK(banner.applyButton()->isHidden());
        }
    }
    CHECK(shown >= 1);
    REQUIRE(chosen.isValid());

    storage::PlanRepository plans(session.clinic()->database(), session.clinic()->codec());
    const auto before = plans.plansOf(chosen)->front();
    const auto revisionsBefore = plans.revisions(before.id)->size();
    REQUIRE(before.active);
    const auto activeBefore = *plans.revision(before.id, before.active->revision);

    prompter.answer = false;
    CHECK_FALSE(banner.apply());
    CHECK(plans.revisions(before.id)->size() == revisionsBefore); // nothing changes silently

    prompter.answer = true;
    REQUIRE(banner.apply());
    CHECK(prompter.questions.last().contains(QStringLiteral("new draft revision")));
    const auto after = *plans.revisions(before.id);
    REQUIRE(after.size() == revisionsBefore + 1);
    CHECK(after.back().state == storage::RevisionState::Draft);
    CHECK(*plans.revision(before.id, before.active->revision) == activeBefore); // the active revision is untouched
    CHECK(after.back().startDate > before.active->startDate);
    CHECK(after.back().startDate.weekdayIndex() == 0);
}
