// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the plan editor with a demo plan for docs/images (hidden test: run with the [screenshot] tag;
// PACEPLAN_SCREENSHOT_DIR names the folder, default the temporary folder).
#include "PlanPageFixture.h"

#include "gui/plan/ChangeDose.h"
#include "gui/plan/ChangeIntensity.h"
#include "gui/plan/ChangePlanDetails.h"
#include "gui/plan/ChangeProgression.h"
#include "gui/plan/PlanDetails.h"
#include "gui/plan/PlanDocument.h"
#include "gui/plan/ScreeningDialog.h"

#include <QDir>
#include <QPixmap>
#include <QTabWidget>
#include <QUndoStack>

using namespace paceplan;

namespace {

/// Adds an exercise to a day and returns its key.
std::string add(gui::PlanPage& page, const char* id, int day)
{
    REQUIRE(page.addExercise(QString::fromLatin1(id), day));
    return page.document()->selectedItem();
}

void setDose(gui::PlanDocument& document, const std::string& key, int sets, int reps, int seconds, core::Load load = {})
{
    core::Dose dose = document.plan().findItem(key)->dose;
    dose.sets = sets;
    dose.repetitions = reps;
    if (seconds > 0)
        dose.durationSeconds = seconds;
    dose.load = load;
    dose.restSeconds = sets > 1 ? 60 : 0;
    document.undoStack()->push(new gui::ChangeDose(document, key, dose, QStringLiteral("dose")));
}

void setRule(gui::PlanDocument& document, const std::string& key, core::ProgressionRule rule)
{
    document.undoStack()->push(new gui::ChangeProgression(document, key, std::move(rule), QStringLiteral("rule")));
}

/// A twelve-week knee plan like one a physiotherapist would write.
void buildDemoPlan(gui::PlanPage& page)
{
    auto& document = *page.document();
    core::ProgressionRule reps;
    reps.rule = core::DoubleProgressionRule { 8, 12, 1, 1, core::StepKind::Absolute, 1.0, 6.0 };
    reps.deload = { 4, 30 };
    core::ProgressionRule walk;
    walk.rule
        = core::GradedQuotaRule { core::DoseField::DurationSeconds, 720, 80, core::StepKind::Percent, 10, 1, 1800 };
    core::ProgressionRule ladder;
    ladder.rule = core::LadderRule { 4, 2 };

    const auto sts = add(page, "sit-to-stand", 0);
    setDose(document, sts, 2, 8, 0);
    setRule(document, sts, reps);
    const auto knee = add(page, "seated-knee-extension-band", 0);
    setDose(document, knee, 2, 10, 0, { core::LoadKind::Band, 0, "red" });
    setRule(document, knee, reps);
    const auto heel = add(page, "heel-raise-supported", 0);
    setRule(document, heel, ladder);
    add(page, "bridge", 0);
    const auto tuesday = add(page, "walking-flat", 1);
    setRule(document, tuesday, walk);
    core::IntensityTarget heart;
    heart.kind = core::IntensityKind::HeartRate;
    heart.reservePercentLow = 40;
    heart.reservePercentHigh = 55;
    document.undoStack()->push(new gui::ChangeIntensity(document, tuesday, heart, QStringLiteral("intensity")));
    add(page, "heel-slide", 2);
    add(page, "calf-stretch-wall", 2);
    add(page, "belly-breathing-sitting", 2);
    const auto step = add(page, "step-up-low", 3);
    setRule(document, step, reps);
    add(page, "mini-squat-supported", 3);
    add(page, "side-steps-band", 3);
    const auto friday = add(page, "treadmill-walking", 4);
    setRule(document, friday, walk);
    add(page, "walking-short-bouts", 5);
    add(page, "single-leg-stand-supported", 5);

    auto details = gui::PlanDetails::of(document.plan());
    details.title = "Stronger knees, longer walks";
    details.goals = "Walk to the market and back without stopping; climb the stairs at my daughter's house.";
    details.phases = { { 1, 4, "Getting going" }, { 5, 8, "Building up" }, { 9, 12, "Keeping it going" } };
    details.educationTopicIds.clear();
    document.undoStack()->push(new gui::ChangePlanDetails(document, details, QStringLiteral("details")));
    REQUIRE(page.save());
    core::PreExerciseScreening screening;
    for (int q = 1; q <= core::kParqQuestionCount; ++q)
        screening.parq[q].answer = core::ParqAnswer::No;
    REQUIRE(page.activateWith(screening));
    // A review two weeks later: more sit-to-stands and a second walk on Saturday.
    setDose(document, page.document()->plan().days[0].items[0].key, 3, 8, 0);
    add(page, "walking-flat", 5);
    REQUIRE(page.save());
    document.selectItem(document.plan().days[1].items[0].key);
}

} // namespace

TEST_CASE("Plan editor screenshot", "[.][screenshot]")
{
    const QString folder = qEnvironmentVariable("PACEPLAN_SCREENSHOT_DIR", QDir::tempPath());
    test::PlanPageFixture f("Okafor");
    REQUIRE(f.page->newBlankPlan());
    buildDemoPlan(*f.page);
    struct Shot {
        int tab;
        const char* name;
    };
    for (const Shot shot : { Shot { 0, "plan-editor.png" }, Shot { 1, "plan-editor-checks.png" },
             Shot { 3, "plan-editor-revisions.png" } }) {
        f.page->bottomTabs()->setCurrentIndex(shot.tab);
        QTest::qWait(50);
        const QString file = QDir(folder).filePath(QString::fromLatin1(shot.name));
        REQUIRE(f.page->grab().save(file));
    }
    gui::ScreeningDialog dialog(f.session.today());
    for (int q = 1; q <= core::kParqQuestionCount; ++q)
        dialog.setAnswer(q, q == 6 ? core::ParqAnswer::Yes : core::ParqAnswer::No);
    dialog.show();
    QTest::qWait(50);
    REQUIRE(dialog.grab().save(QDir(folder).filePath(QStringLiteral("plan-editor-screening.png"))));
}
