// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include "gui/ClinicSession.h"
#include "gui/ExerciseEditorDialog.h"
#include "gui/ExerciseManagerDialog.h"
#include "services/Exercises.h"
#include "support/LibraryFixtures.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

using namespace paceplan;

namespace {

/// Runs `answer` on the first visible top-level widget of type T once the event loop turns (a modal dialog).
template <typename T, typename Answer> void whenShown(Answer answer)
{
    QTimer::singleShot(0, [answer] {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<T*>(widget); dialog && dialog->isVisible()) {
                answer(dialog);
                return;
            }
    });
}

} // namespace

TEST_CASE("The clinic creates and duplicates and archives and illustrates its own exercises", "[gui][exercises]")
{
    test::ScriptedPrompter prompter;
    test::LibraryFixture clinic;
    gui::ClinicSession session;
    session.adopt(services::Clinic::adopt(std::move(clinic.db)));
    gui::ExerciseManagerDialog manager(session);

    whenShown<gui::ExerciseEditorDialog>([](gui::ExerciseEditorDialog* editor) {
        editor->findChild<QLineEdit*>(QStringLiteral("exerciseName"))->setText(QStringLiteral("Garden step-ups"));
        editor->findChild<QLineEdit*>(QStringLiteral("exerciseSummary"))
            ->setText(QStringLiteral("Step up onto the garden step."));
        editor->findChild<QPlainTextEdit*>(QStringLiteral("exerciseSteps"))
            ->setPlainText(QStringLiteral("Stand facing the step.\nStep up with one foot.\nStep down slowly."));
        auto* regions = editor->findChildren<QListWidget*>().first();
        regions->findItems(QStringLiteral("thighs"), Qt::MatchExactly).first()->setCheckState(Qt::Checked);
        editor->accept();
    });
    manager.createExercise();
    const std::string created = manager.selectedId();
    REQUIRE(created.rfind("custom-", 0) == 0);
    const auto* stored = session.catalog()->find(created);
    REQUIRE(stored);
    CHECK(stored->name == "Garden step-ups");
    CHECK(stored->steps.size() == 3);
    CHECK(stored->regions == std::vector<std::string> { "thighs" });

    // A large photo is downscaled before it is stored.
    const std::string photo = clinic.dir.file("photo.png");
    QImage big(2400, 1600, QImage::Format_RGB32);
    big.fill(Qt::darkGreen);
    REQUIRE(big.save(QString::fromStdString(photo)));
    prompter.fileToOpen = QString::fromStdString(photo);
    manager.addPicture();
    auto media = services::exerciseMedia(*session.clinic(), created);
    REQUIRE(media);
    REQUIRE(media->size() == 1);
    CHECK(media->front().width == 1200);
    CHECK(media->front().mimeType == "image/jpeg");

    // Duplicating a library exercise makes the clinic's own copy.
    manager.select("bridge");
    REQUIRE(manager.selectedId() == "bridge");
    whenShown<QInputDialog>([](QInputDialog* input) {
        input->setTextValue(QStringLiteral("Bridge with a pause"));
        input->accept();
    });
    manager.duplicateSelected();
    const std::string copy = manager.selectedId();
    REQUIRE(copy.rfind("custom-", 0) == 0);
    CHECK(session.catalog()->find(copy)->basedOnId == "bridge");

    manager.toggleArchived();
    CHECK(services::exercise(*session.clinic(), copy)->archived);
    CHECK(session.catalog()->find(copy)->archived);
    CHECK(manager.list()->findItems(QStringLiteral("Bridge with a pause"), Qt::MatchStartsWith).isEmpty());

    // An unreadable picture is refused with a message.
    test::writeFile(clinic.dir.file("notes.png"), "not a picture");
    manager.select(created);
    prompter.fileToOpen = QString::fromStdString(clinic.dir.file("notes.png"));
    manager.addPicture();
    CHECK(prompter.errors.size() == 1);
    CHECK(services::exerciseMedia(*session.clinic(), created)->size() == 1);

    // Removing the pictures asks first, then removes every one.
    prompter.answer = true;
    manager.removePictures();
    CHECK(prompter.questions.size() == 1);
    CHECK(services::exerciseMedia(*session.clinic(), created)->empty());
}
