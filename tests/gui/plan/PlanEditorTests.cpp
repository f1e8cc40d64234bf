// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanPageFixture.h"

#include "core/plan/HeartRate.h"
#include "core/plan/PlanChecks.h"
#include "core/plan/TemplatePersonalization.h"
#include "gui/plan/ChangeDose.h"
#include "gui/plan/DayItemList.h"
#include "gui/plan/ExerciseListModel.h"
#include "gui/plan/FindingListModel.h"
#include "gui/plan/ItemEditor.h"
#include "gui/plan/LibraryPanel.h"
#include "gui/plan/PlanDocument.h"
#include "gui/plan/PlanListModel.h"
#include "gui/plan/RevisionsPanel.h"
#include "gui/plan/ScheduleModel.h"
#include "gui/plan/ScreeningDialog.h"
#include "gui/plan/WeekGrid.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace paceplan;

namespace {

/// Adds an exercise by the keyboard: type in the search field, Down into the list, choose the day, Enter.
void addByKeyboard(test::PlanPageFixture& f, const QString& search, const QString& expectedId, int weekday)
{
    auto* library = f.page->library();
    auto* field = library->searchField();
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, search);
    QTest::keyClick(field, Qt::Key_Down);
    REQUIRE(library->list()->hasFocus());
    if (library->selectedExercise() != expectedId)
        REQUIRE(library->selectExercise(expectedId));
    f.find<QComboBox>("libraryDay")->setCurrentIndex(weekday);
    library->list()->setFocus();
    QTest::keyClick(library->list(), Qt::Key_Return);
}

/// Drops an exercise onto a day list the way a drag from the library does.
void dropExercise(gui::DayItemList* list, const QString& exerciseId)
{
    QMimeData mime;
    mime.setData(gui::ExerciseListModel::mimeType(), exerciseId.toUtf8());
    const QPoint at = list->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &enter);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &drop);
}

/// Answers the screening dialog once it is shown, then presses Activate (or Cancel when it stays disabled).
void answerScreening(std::function<void(gui::ScreeningDialog&)> fill)
{
    QTimer::singleShot(0, [fill = std::move(fill)] {
        auto* dialog = qobject_cast<gui::ScreeningDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        fill(*dialog);
        if (dialog->activateButton()->isEnabled())
            QTest::mouseClick(dialog->activateButton(), Qt::LeftButton);
        else
            dialog->reject();
    });
}

void allNo(gui::ScreeningDialog& dialog)
{
    for (int q = 1; q <= core::kParqQuestionCount; ++q)
        dialog.setAnswer(q, core::ParqAnswer::No);
}

const core::PlanItem& onlyItem(const core::Plan& plan, int weekday)
{
    const auto& items = plan.days.at(static_cast<std::size_t>(weekday)).items;
    REQUIRE(items.size() == 1);
    return items.front();
}

} // namespace

TEST_CASE("A clinician builds, saves, activates and revises a plan by keyboard and mouse", "[gui][plan]")
{
    test::PlanPageFixture f;
    auto* document = f.page->document();
    const int plansBefore = f.page->planModel()->rowCount();
    f.find<QToolButton>("newPlanButton")->click();
    REQUIRE(f.page->planModel()->rowCount() == plansBefore + 1);
    REQUIRE(document->plan().itemCount() == 0);
    REQUIRE(document->revisionInfo());
    CHECK(document->revisionInfo()->revision == 1);
    CHECK_FALSE(document->isLocked());

    // Keyboard path: brisk walking on Tuesday.
    addByKeyboard(f, QStringLiteral("brisk walk"), QStringLiteral("walking-brisk"), 1);
    const auto& walk = onlyItem(document->plan(), 1);
    CHECK(walk.exerciseId == "walking-brisk");
    CHECK(walk.dose.durationSeconds == 600);
    CHECK(document->selectedItem() == walk.key);
    const std::string walkKey = walk.key;

    // Drag path: sit to stand dropped on Monday.
    dropExercise(f.page->weekGrid()->dayList(0), QStringLiteral("sit-to-stand"));
    CHECK(onlyItem(document->plan(), 0).exerciseId == "sit-to-stand");
    CHECK(f.page->weekGrid()->dayList(0)->count() == 1);
    CHECK(f.page->scheduleModel()->columnCount() == 4);
    REQUIRE(document->undoStack()->count() == 2);

    // Change the walking duration by typing: the keystrokes merge into one undo step.
    document->selectItem(walkKey);
    auto* duration = f.page->itemEditor()->durationBox();
    duration->setFocus();
    duration->selectAll();
    QTest::keyClicks(duration, QStringLiteral("15"));
    CHECK(document->plan().findItem(walkKey)->dose.durationSeconds == 900);
    CHECK(document->undoStack()->count() == 3);
    CHECK(document->isModified());
    CHECK(f.page->scheduleModel()->data(f.page->scheduleModel()->index(0, 0)).toString() == QStringLiteral("15 min"));

    QTest::mouseClick(f.find<QPushButton>("undoButton"), Qt::LeftButton);
    CHECK(document->plan().findItem(walkKey)->dose.durationSeconds == 600);
    CHECK(duration->value() == 10.0);
    QTest::mouseClick(f.find<QPushButton>("redoButton"), Qt::LeftButton);
    CHECK(document->plan().findItem(walkKey)->dose.durationSeconds == 900);

    QTest::mouseClick(f.find<QPushButton>("saveButton"), Qt::LeftButton);
    CHECK(f.prompter.errors.isEmpty());
    CHECK_FALSE(document->isModified());
    CHECK(document->revisionInfo()->revision == 1);

    // Activate with a clear screening.
    answerScreening(allNo);
    QTest::mouseClick(f.find<QPushButton>("activateButton"), Qt::LeftButton);
    REQUIRE(f.prompter.errors.isEmpty());
    REQUIRE(document->revisionInfo());
    CHECK(document->revisionInfo()->state == storage::RevisionState::Active);
    CHECK(document->isLocked());
    CHECK(f.page->planModel()
              ->data(f.page->planModel()->index(
                  f.page->planModel()->rowOf(document->plan().id), gui::PlanListModel::ActiveColumn))
              .toString()
        == QStringLiteral("rev 1"));

    // Editing the locked revision makes revision 2 with a "what changed" summary.
    document->selectItem(onlyItem(document->plan(), 0).key);
    auto* sets = f.page->itemEditor()->setsBox();
    sets->setFocus();
    sets->selectAll();
    QTest::keyClicks(sets, QStringLiteral("3"));
    CHECK(onlyItem(document->plan(), 0).dose.sets == 3);
    CHECK(f.find<QLabel>("revisionLabel")->text().contains(QStringLiteral("saving makes revision 2")));
    QTest::mouseClick(f.find<QPushButton>("saveButton"), Qt::LeftButton);
    REQUIRE(document->revisionInfo());
    CHECK(document->revisionInfo()->revision == 2);
    CHECK(document->revisionInfo()->state == storage::RevisionState::Draft);
    const QStringList changes = f.page->revisions()->changes();
    INFO(changes.join(QLatin1Char('|')).toStdString());
    const bool setsSentence = std::any_of(changes.begin(), changes.end(), [](const QString& sentence) {
        return sentence.contains(QStringLiteral("Sit to stand")) && sentence.contains(QStringLiteral("3"));
    });
    CHECK(setsSentence);
    CHECK(changes.size() == 1);
    storage::PlanRepository plans(f.session.clinic()->database(), f.session.clinic()->codec());
    auto revisions = plans.revisions(document->plan().id);
    REQUIRE(revisions);
    REQUIRE(revisions->size() == 2);
    CHECK((*revisions)[0].state == storage::RevisionState::Active);
}

TEST_CASE("Moving and deleting items in the week grid can be undone", "[gui][plan]")
{
    test::PlanPageFixture f;
    auto* document = f.page->document();
    REQUIRE(f.page->newBlankPlan());
    REQUIRE(f.page->addExercise(QStringLiteral("bridge"), 0));
    const std::string key = document->selectedItem();
    REQUIRE_FALSE(key.empty());

    f.find<QComboBox>("itemDay")->setCurrentIndex(3);
    CHECK(document->plan().dayOfItem(key) == 3);
    CHECK(f.page->weekGrid()->dayList(3)->count() == 1);
    document->undoStack()->undo();
    CHECK(document->plan().dayOfItem(key) == 0);

    // An item dragged to another day moves (the same code path as a drop between day columns).
    QMimeData mime;
    mime.setData(gui::DayItemList::itemMimeType(), QByteArray::fromStdString(key));
    REQUIRE(f.page->weekGrid()->dayList(4)->acceptMime(&mime));
    CHECK(document->plan().dayOfItem(key) == 4);

    auto* list = f.page->weekGrid()->dayList(4);
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Delete);
    CHECK(document->plan().itemCount() == 0);
    document->undoStack()->undo();
    CHECK(document->plan().dayOfItem(key) == 4);

    f.find<QComboBox>("dayType6")->setCurrentIndex(0);
    CHECK(document->plan().days[6].type == core::DayType::Aerobic);
    document->undoStack()->undo();
    CHECK(document->plan().days[6].type == core::DayType::Rest);
}

TEST_CASE("A screening block needs a written override reason, which is stored", "[gui][plan][screening]")
{
    test::PlanPageFixture f;
    auto* document = f.page->document();
    REQUIRE(f.page->newBlankPlan());
    REQUIRE(f.page->addExercise(QStringLiteral("walking-flat"), 1));
    REQUIRE(f.page->save());

    SECTION("an unresolved yes without a reason blocks activation")
    {
        core::PreExerciseScreening screening;
        for (int q = 1; q <= core::kParqQuestionCount; ++q)
            screening.parq[q].answer = q == 1 ? core::ParqAnswer::Yes : core::ParqAnswer::No;
        CHECK_FALSE(f.page->activateWith(screening));
        REQUIRE(f.prompter.errors.size() == 1);
        CHECK(f.prompter.errors.front().startsWith(QStringLiteral("Activation blocked")));
        CHECK(document->revisionInfo()->state == storage::RevisionState::Draft);
    }

    SECTION("the dialog enables Activate only once a reason is written")
    {
        const QString reason = QStringLiteral("GP cleared him for walking on the phone today.");
        bool disabledWithoutReason = false;
        answerScreening([&](gui::ScreeningDialog& dialog) {
            allNo(dialog);
            dialog.setAnswer(1, core::ParqAnswer::Yes);
            disabledWithoutReason = !dialog.activateButton()->isEnabled();
            dialog.setOverrideReason(reason);
        });
        REQUIRE(f.page->activate());
        CHECK(disabledWithoutReason);
        CHECK(document->revisionInfo()->state == storage::RevisionState::Active);
        CHECK(document->revisionInfo()->overrideReason == reason.toStdString());
        storage::PlanRepository plans(f.session.clinic()->database(), f.session.clinic()->codec());
        auto stored = plans.screening(document->plan().id, 1);
        REQUIRE(stored);
        REQUIRE(stored->has_value());
        CHECK((*stored)->overrideReason == reason.toStdString());
    }

    SECTION("a cauda equina flag cannot be overridden")
    {
        gui::ScreeningDialog dialog(f.session.today());
        allNo(dialog);
        dialog.setRedFlag(core::RedFlag::SaddleNumbness, true);
        dialog.setOverrideReason(QStringLiteral("The patient insists."));
        CHECK_FALSE(dialog.activateButton()->isEnabled());
        CHECK_FALSE(dialog.decision().overrideAllowed);
        CHECK_FALSE(dialog.findChild<QPlainTextEdit*>(QStringLiteral("overrideReason"))->isEnabled());
        CHECK_FALSE(f.page->activateWith(dialog.screening()));
    }
}

TEST_CASE("Clicking a finding in the checks panel selects its item", "[gui][plan][checks]")
{
    test::PlanPageFixture f;
    auto* document = f.page->document();
    REQUIRE(f.page->newBlankPlan());
    REQUIRE(f.page->addExercise(QStringLiteral("sit-to-stand"), 0));
    const std::string key = document->selectedItem();
    document->undoStack()->push(new gui::ChangeDose(*document, key, core::Dose {}, QStringLiteral("dose")));
    document->selectItem({});
    REQUIRE(document->selectedItem().empty());

    auto* checks = f.page->checksView();
    f.page->bottomTabs()->setCurrentWidget(checks);
    int row = -1;
    for (int r = 0; r < f.page->findingModel()->rowCount(); ++r) {
        if (f.page->findingModel()->findings()[static_cast<std::size_t>(r)].code == core::check_code::kNoDose)
            row = r;
    }
    REQUIRE(row >= 0);
    const QModelIndex index = f.page->findingModel()->index(row);
    CHECK(index.data(gui::FindingListModel::ItemKeyRole).toString().toStdString() == key);
    QTest::mouseClick(checks->viewport(), Qt::LeftButton, Qt::NoModifier, checks->visualRect(index).center());
    CHECK(document->selectedItem() == key);
    CHECK(f.page->weekGrid()->dayList(0)->currentRow() == 0);
    CHECK(f.find<QLabel>("itemTitle")->text() == QStringLiteral("Sit to stand"));
}

TEST_CASE("The heart-rate target shows beats a minute from age and resting rate", "[gui][plan]")
{
    test::PlanPageFixture f;
    auto* document = f.page->document();
    REQUIRE(f.page->newBlankPlan());
    REQUIRE(f.page->addExercise(QStringLiteral("walking-flat"), 1));
    auto* kind = f.page->itemEditor()->intensityKindBox();
    kind->setCurrentIndex(kind->findData(static_cast<int>(core::IntensityKind::HeartRate)));
    const auto* item = document->plan().findItem(document->selectedItem());
    REQUIRE(item);
    CHECK(item->intensity.kind == core::IntensityKind::HeartRate);
    CHECK(item->intensity.reservePercentLow == 40);
    const auto& context = document->context();
    REQUIRE(context.ageYears);
    REQUIRE(context.restingHeartRate);
    const auto range = core::heartRateRange(*context.ageYears, *context.restingHeartRate, 40, 59);
    REQUIRE(range);
    CHECK(f.page->itemEditor()->heartRateLabel()->text().contains(
        QStringLiteral("%1–%2").arg(range->low).arg(range->high)));
}

TEST_CASE("A plan made from a template is dated from the next Monday and lists in the plans", "[gui][plan][template]")
{
    test::PlanPageFixture f("Okafor");
    auto* menu = f.find<QToolButton>("newPlanButton")->menu();
    REQUIRE(menu);
    QAction* fromTemplate = nullptr;
    for (auto* action : menu->actions()) {
        if (action->text().contains(QStringLiteral("From template")) && !fromTemplate)
            fromTemplate = action;
    }
    REQUIRE(fromTemplate);
    const int before = f.page->planModel()->rowCount();
    fromTemplate->trigger();
    CHECK(f.page->planModel()->rowCount() == before + 1);
    const auto& plan = f.page->document()->plan();
    CHECK(plan.itemCount() > 0);
    CHECK(plan.startDate == core::nextMonday(f.session.today()));
    CHECK(plan.patientId == f.patient.id);
    CHECK_FALSE(f.page->document()->isModified());
    CHECK(f.page->scheduleModel()->rowCount() == plan.lengthWeeks);
}
