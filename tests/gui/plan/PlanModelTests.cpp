// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../GuiTestSupport.h"

#include "core/library/ExerciseCatalog.h"
#include "core/plan/PlanChecks.h"
#include "core/plan/ProgressionEngine.h"
#include "gui/plan/AddPlanItem.h"
#include "gui/plan/ChangeDose.h"
#include "gui/plan/ChangePlanDetails.h"
#include "gui/plan/ChangeProgression.h"
#include "gui/plan/ExerciseFilterModel.h"
#include "gui/plan/ExerciseListModel.h"
#include "gui/plan/FindingListModel.h"
#include "gui/plan/PlanDetails.h"
#include "gui/plan/PlanDocument.h"
#include "gui/plan/PlanLabels.h"
#include "gui/plan/PlanListModel.h"
#include "gui/plan/ScheduleModel.h"
#include "support/LibraryFixtures.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QUndoStack>

using namespace paceplan;

namespace {

using Tester = QAbstractItemModelTester;

core::PlanItem itemFor(const core::Exercise& exercise, const std::string& key)
{
    core::PlanItem item;
    item.key = key;
    item.exerciseId = exercise.id;
    item.dose = exercise.startDose;
    return item;
}

QStringList shownIds(const QAbstractItemModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(gui::ExerciseListModel::IdRole).toString();
    return ids;
}

} // namespace

TEST_CASE(
    "The exercise filter narrows the library by words, category, region, equipment and level", "[gui][plan][model]")
{
    const auto library = test::ShippedLibrary::load();
    gui::ExerciseListModel list;
    gui::ExerciseFilterModel filter;
    filter.setSourceModel(&list);
    Tester listTester(&list, Tester::FailureReportingMode::Fatal);
    Tester filterTester(&filter, Tester::FailureReportingMode::Fatal);
    list.setExercises(library.exercises);
    REQUIRE(filter.rowCount() == static_cast<int>(library.exercises.size()));

    filter.setSearchText(QStringLiteral("sit sta"));
    const QStringList sitToStand = shownIds(filter);
    REQUIRE_FALSE(sitToStand.isEmpty());
    CHECK(sitToStand.contains(QStringLiteral("sit-to-stand")));
    CHECK_FALSE(sitToStand.contains(QStringLiteral("walking-brisk")));
    filter.setSearchText({});

    filter.setCategory(static_cast<int>(core::ExerciseCategory::Aerobic));
    for (int row = 0; row < filter.rowCount(); ++row)
        CHECK(filter.index(row, 0).data(gui::ExerciseListModel::CategoryRole).toInt()
            == static_cast<int>(core::ExerciseCategory::Aerobic));
    filter.setCategory(-1);

    filter.setRegion(QStringLiteral("knees"));
    REQUIRE(filter.rowCount() > 0);
    for (int row = 0; row < filter.rowCount(); ++row)
        CHECK(filter.index(row, 0)
                  .data(gui::ExerciseListModel::RegionsRole)
                  .toStringList()
                  .contains(QStringLiteral("knees")));
    filter.setRegion({});

    filter.setEquipment(QStringLiteral("none"));
    REQUIRE(filter.rowCount() > 0);
    for (int row = 0; row < filter.rowCount(); ++row)
        CHECK(filter.index(row, 0).data(gui::ExerciseListModel::EquipmentRole).toStringList().isEmpty());
    filter.setEquipment(QStringLiteral("band"));
    for (int row = 0; row < filter.rowCount(); ++row)
        CHECK(filter.index(row, 0)
                  .data(gui::ExerciseListModel::EquipmentRole)
                  .toStringList()
                  .contains(QStringLiteral("band")));
    filter.setEquipment({});

    filter.setLevel(5);
    const int levelFive = filter.rowCount();
    filter.setLevel(1);
    CHECK(filter.rowCount() + levelFive < static_cast<int>(library.exercises.size()));
    for (int row = 0; row < filter.rowCount(); ++row)
        CHECK(filter.index(row, 0).data(gui::ExerciseListModel::LevelRole).toInt() == 1);

    std::unique_ptr<QMimeData> mime(list.mimeData({ list.index(0, 0) }));
    REQUIRE(mime);
    CHECK(QString::fromUtf8(mime->data(gui::ExerciseListModel::mimeType()))
        == list.index(0, 0).data(gui::ExerciseListModel::IdRole).toString());
}

TEST_CASE("The schedule and findings models follow every edit of the document", "[gui][plan][model]")
{
    const auto library = test::ShippedLibrary::load();
    auto shared = std::make_shared<const core::InMemoryCatalog>(library.exercises);
    const core::InMemoryCatalog& catalog = *shared;
    gui::PlanDocument document(shared);
    gui::ScheduleModel schedule;
    gui::FindingListModel findings;
    Tester scheduleTester(&schedule, Tester::FailureReportingMode::Fatal);
    Tester findingTester(&findings, Tester::FailureReportingMode::Fatal);
    QObject::connect(&document, &gui::PlanDocument::changed, [&] {
        schedule.setSchedule(document.plan(), document.schedule(), catalog);
        findings.setFindings(document.findings());
    });
    core::Plan plan;
    plan.title = "Test plan";
    plan.startDate = core::Date(2026, 11, 23);
    plan.lengthWeeks = 6;
    core::PatientContext context;
    context.ageYears = 50;
    context.restingHeartRate = 70;
    document.load(plan, std::nullopt, context);
    CHECK(schedule.rowCount() == 6);
    CHECK(schedule.columnCount() == gui::ScheduleModel::kFirstItemColumn);

    const auto* walk = catalog.find("walking-flat");
    REQUIRE(walk);
    document.undoStack()->push(new gui::AddPlanItem(document, 2, itemFor(*walk, "walk"), QStringLiteral("Walk")));
    REQUIRE(schedule.columnCount() == gui::ScheduleModel::kFirstItemColumn + 1);
    CHECK(schedule.itemKey(gui::ScheduleModel::kFirstItemColumn) == "walk");
    CHECK(schedule.headerData(gui::ScheduleModel::kFirstItemColumn, Qt::Horizontal)
              .toString()
              .startsWith(QStringLiteral("Wed")));
    CHECK(schedule.index(0, gui::ScheduleModel::kFirstItemColumn).data().toString() == QStringLiteral("10 min"));
    CHECK(schedule.index(0, 0).data().toString() == QStringLiteral("10 min"));

    // A linear rule of +1 minute a week shows in the later weeks.
    core::LinearRule linear;
    linear.field = core::DoseField::DurationSeconds;
    linear.step = 60;
    core::ProgressionRule rule;
    rule.rule = linear;
    document.undoStack()->push(new gui::ChangeProgression(document, "walk", rule, QStringLiteral("rule")));
    CHECK(schedule.index(2, gui::ScheduleModel::kFirstItemColumn).data().toString() == QStringLiteral("12 min"));
    CHECK(schedule.index(2, 0).data().toString() == QStringLiteral("12 min"));

    // Consecutive edits of the same dose field merge into one undo step; another field does not.
    core::Dose dose = document.plan().findItem("walk")->dose;
    dose.durationSeconds = 720;
    document.undoStack()->push(new gui::ChangeDose(document, "walk", dose, QStringLiteral("duration")));
    dose.durationSeconds = 900;
    document.undoStack()->push(new gui::ChangeDose(document, "walk", dose, QStringLiteral("duration")));
    CHECK(document.undoStack()->count() == 3);
    dose.timesPerDay = 2;
    document.undoStack()->push(new gui::ChangeDose(document, "walk", dose, QStringLiteral("times a day")));
    CHECK(document.undoStack()->count() == 4);
    document.undoStack()->undo();
    document.undoStack()->undo();
    CHECK(document.plan().findItem("walk")->dose.durationSeconds == 600);

    // The findings model mirrors the core checks.
    CHECK(findings.rowCount() == static_cast<int>(document.findings().size()));
    document.undoStack()->push(new gui::ChangeDose(document, "walk", core::Dose {}, QStringLiteral("everything")));
    bool noDose = false;
    for (int row = 0; row < findings.rowCount(); ++row) {
        if (findings.findings()[static_cast<std::size_t>(row)].code == core::check_code::kNoDose) {
            noDose = true;
            CHECK(findings.index(row).data(gui::FindingListModel::ItemKeyRole).toString() == QStringLiteral("walk"));
            CHECK(findings.index(row)
                      .data(Qt::DisplayRole)
                      .toString()
                      .startsWith(gui::severityLabel(core::Severity::Problem)));
        }
    }
    CHECK(noDose);

    // Plan details: a shorter plan has fewer schedule rows; undo restores them.
    auto details = gui::PlanDetails::of(document.plan());
    details.lengthWeeks = 4;
    document.undoStack()->push(new gui::ChangePlanDetails(document, details, QStringLiteral("length")));
    CHECK(schedule.rowCount() == 4);
    document.undoStack()->undo();
    CHECK(schedule.rowCount() == 6);
}

TEST_CASE("The plan list shows title, active revision and the newest revision's state", "[gui][plan][model]")
{
    gui::PlanListModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    storage::PlanSummary draft;
    draft.id = core::PlanId(1);
    draft.latest.revision = 1;
    draft.latest.title = "Back plan";
    storage::PlanSummary revised;
    revised.id = core::PlanId(2);
    revised.latest.revision = 3;
    revised.latest.title = "Knee plan";
    revised.latest.printed = true;
    revised.active = storage::RevisionInfo {};
    revised.active->revision = 2;
    revised.active->state = storage::RevisionState::Active;
    model.setPlans({ draft, revised });
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, gui::PlanListModel::TitleColumn).data().toString() == QStringLiteral("Back plan"));
    CHECK(model.index(0, gui::PlanListModel::ActiveColumn).data().toString() == QStringLiteral("none"));
    CHECK(model.index(1, gui::PlanListModel::ActiveColumn).data().toString() == QStringLiteral("rev 2"));
    CHECK(model.index(1, gui::PlanListModel::LatestColumn).data().toString() == QStringLiteral("rev 3 draft, printed"));
    CHECK(model.rowOf(core::PlanId(2)) == 1);
    CHECK(model.rowOf(core::PlanId(9)) == -1);
}

TEST_CASE("Short dose texts are compact", "[gui][plan]")
{
    struct Row {
        core::Dose dose;
        const char* text;
    };
    core::Dose reps { 2, 10, 0, 0, 0, 60, 1, { core::LoadKind::Kilograms, 2.0, {} } };
    core::Dose walk { 0, 0, 0, 900, 0, 0, 1, {} };
    core::Dose hold { 3, 0, 20, 0, 0, 0, 2, {} };
    core::Dose distance { 0, 0, 0, 0, 400, 0, 1, {} };
    const std::vector<Row> rows = { { reps, "2×10 · 2 kg" }, { walk, "15 min" }, { hold, "3×20 s hold · 2×/day" },
        { distance, "400 m" }, { core::Dose {}, "no dose" } };
    for (const auto& row : rows)
        CHECK(gui::shortDose(row.dose) == QString::fromUtf8(row.text));
}
