// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanPageFixture.h"

#include "gui/ExerciseEditorDialog.h"
#include "gui/ExerciseManagerDialog.h"
#include "gui/plan/ExerciseFilterModel.h"
#include "gui/plan/ExerciseListModel.h"
#include "gui/plan/ItemEditor.h"
#include "gui/plan/LibraryPanel.h"
#include "gui/plan/PlanDocument.h"
#include "services/Exercises.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPixmap>

using namespace paceplan;

TEST_CASE("The library panel shows a thumbnail beside every exercise", "[gui][plan][drawing]")
{
    test::PlanPageFixture f;
    auto* list = f.page->library()->list();
    CHECK(list->iconSize() == gui::ExerciseListModel::thumbnailSize());
    auto* model = f.page->library()->filterModel();
    REQUIRE(model->rowCount() >= 180);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        CAPTURE(index.data(gui::ExerciseListModel::IdRole).toString().toStdString());
        const auto pixmap = index.data(Qt::DecorationRole).value<QPixmap>();
        REQUIRE_FALSE(pixmap.isNull());
        CHECK(pixmap.size() == gui::ExerciseListModel::thumbnailSize());
    }
}

TEST_CASE("A model without a picture source shows no thumbnails", "[gui][plan][drawing]")
{
    gui::ExerciseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    core::Exercise exercise;
    exercise.id = "x";
    exercise.name = "X";
    model.setExercises({ exercise });
    CHECK_FALSE(model.index(0, 0).data(Qt::DecorationRole).isValid());
    model.setPictureProvider([](const core::Exercise&, QSize size) {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::black);
        return image;
    });
    CHECK(
        model.index(0, 0).data(Qt::DecorationRole).value<QPixmap>().size() == gui::ExerciseListModel::thumbnailSize());
}

TEST_CASE("The item editor shows the selected exercise's drawing", "[gui][plan][drawing]")
{
    test::PlanPageFixture f;
    REQUIRE(f.page->newBlankPlan());
    REQUIRE(f.page->addExercise(QStringLiteral("sit-to-stand"), 0));
    auto* picture = f.page->itemEditor()->pictureLabel();
    CHECK(picture->isVisible());
    const QPixmap pixmap = picture->pixmap();
    REQUIRE_FALSE(pixmap.isNull());
    CHECK(pixmap.width() >= 200);
    CHECK(picture->accessibleName().contains(QStringLiteral("Sit to stand")));
}

TEST_CASE("The exercise manager shows thumbnails and a larger preview", "[gui][exercises][drawing]")
{
    test::PlanPageFixture f;
    gui::ExerciseManagerDialog manager(f.session);
    auto* list = manager.findChild<QListWidget*>(QStringLiteral("exerciseList"));
    REQUIRE(list->count() >= 180);
    CHECK_FALSE(list->item(0)->icon().isNull());
    list->setCurrentRow(0);
    const QPixmap preview = manager.findChild<QLabel*>(QStringLiteral("exercisePreview"))->pixmap();
    CHECK_FALSE(preview.isNull());
}

TEST_CASE(
    "A clinic exercise starts its drawing from a library drawing, mirrored, with a prop", "[gui][exercises][drawing]")
{
    test::PlanPageFixture f;
    auto library = services::listExercises(*f.session.clinic(), {});
    REQUIRE(library);
    core::Exercise own;
    own.custom = true;
    own.name = "Chair squat with weights";
    gui::ExerciseEditorDialog editor(own);
    editor.setDrawingChoices(*library, std::nullopt);
    auto* box = editor.drawingBox();
    CHECK(box->currentIndex() == 0); // no drawing yet
    CHECK_FALSE(editor.exercise().drawing);
    CHECK_FALSE(editor.mirrorBox()->isEnabled());

    const int squat = box->findData(QStringLiteral("squat-to-chair"));
    REQUIRE(squat > 0);
    box->setCurrentIndex(squat);
    CHECK(editor.mirrorBox()->isEnabled());
    CHECK_FALSE(editor.drawingPreview()->pixmap().isNull());
    editor.mirrorBox()->setChecked(true);
    editor.propBox(core::drawing::PropKind::Dumbbell)->setChecked(true);
    const auto drawing = editor.exercise().drawing;
    REQUIRE(drawing);
    const auto base = services::exerciseDrawing(*f.session.clinic(), *f.session.catalog()->find("squat-to-chair"));
    REQUIRE(base);
    CHECK(drawing->frames == base->frames);
    CHECK(drawing->mirrored != base->mirrored);
    CHECK(std::any_of(drawing->props.begin(), drawing->props.end(),
        [](const auto& prop) { return prop.kind == core::drawing::PropKind::Dumbbell; }));

    // Back to no drawing.
    box->setCurrentIndex(0);
    CHECK_FALSE(editor.exercise().drawing);
}

TEST_CASE("Exercise library and drawing screenshots", "[.][screenshot]")
{
    const QString folder = qEnvironmentVariable("PACEPLAN_SCREENSHOT_DIR", QDir::tempPath());
    test::PlanPageFixture f;
    gui::ExerciseManagerDialog manager(f.session);
    manager.show();
    auto* list = manager.findChild<QListWidget*>(QStringLiteral("exerciseList"));
    list->setCurrentRow(3);
    QTest::qWait(50);
    REQUIRE(manager.grab().save(QDir(folder).filePath(QStringLiteral("exercise-manager.png"))));

    auto library = services::listExercises(*f.session.clinic(), {});
    REQUIRE(library);
    core::Exercise own;
    own.custom = true;
    own.name = "Sit to stand holding weights";
    own.summary = "Standing up from a chair with a weight in each hand.";
    own.steps
        = { "Sit near the front of the chair.", "Hold a weight in each hand.", "Stand up, then sit down slowly." };
    gui::ExerciseEditorDialog editor(own);
    editor.setDrawingChoices(*library, std::nullopt);
    editor.drawingBox()->setCurrentIndex(editor.drawingBox()->findData(QStringLiteral("sit-to-stand")));
    editor.propBox(core::drawing::PropKind::Dumbbell)->setChecked(true);
    editor.show();
    QTest::qWait(50);
    REQUIRE(editor.grab().save(QDir(folder).filePath(QStringLiteral("exercise-editor-drawing.png"))));
}
