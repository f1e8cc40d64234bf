// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include "gui/ClinicSession.h"
#include "gui/MainWindow.h"
#include "gui/PatientEditorDialog.h"
#include "gui/PatientListModel.h"
#include "gui/PatientListPanel.h"
#include "gui/PatientWorkspace.h"
#include "storage/PatientRepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace paceplan;

namespace {

/// A main window over a seeded clinic in a temporary folder.
struct WindowFixture {
    WindowFixture()
    {
        session.adopt(services::Clinic::adopt(std::move(clinic.db)));
        window = std::make_unique<gui::MainWindow>(session);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    gui::PatientEditorDialog* openEditor(const char* actionName)
    {
        window->action(QString::fromLatin1(actionName))->trigger();
        auto* dialog = window->findChild<gui::PatientEditorDialog*>();
        REQUIRE(dialog);
        REQUIRE(dialog->isVisible());
        return dialog;
    }

    test::ScriptedPrompter prompter;
    test::SeededClinicFixture clinic;
    gui::ClinicSession session;
    std::unique_ptr<gui::MainWindow> window;
};

template <typename T> T* field(QWidget* parent, const char* name)
{
    auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

void typeInto(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QTest::keyClicks(widget, text);
}

void clickSave(QWidget* dialog)
{
    auto* buttons = field<QDialogButtonBox>(dialog, "buttonBox");
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

} // namespace

TEST_CASE("A new patient typed into the editor appears in the list and can be searched for", "[gui][patient]")
{
    WindowFixture fixture;
    auto* dialog = fixture.openEditor("actionNewPatient");

    typeInto(field<QLineEdit>(dialog, "givenNameEdit"), QStringLiteral("Íngrid"));
    typeInto(field<QLineEdit>(dialog, "familyNameEdit"), QStringLiteral("Søndergaard"));
    auto* dateEdit = field<QDateEdit>(dialog, "dateOfBirthEdit");
    dateEdit->setFocus();
    dateEdit->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClicks(dateEdit, QStringLiteral("1968"));
    dateEdit->setSelectedSection(QDateTimeEdit::MonthSection);
    QTest::keyClicks(dateEdit, QStringLiteral("03"));
    dateEdit->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(dateEdit, QStringLiteral("14"));
    typeInto(field<QLineEdit>(dialog, "emailEdit"), QStringLiteral("ingrid@example.dk"));
    auto* condition = field<QComboBox>(dialog, "conditionEdit");
    condition->setCurrentIndex(condition->findText(QStringLiteral("Neck pain")));
    auto* heartRate = field<QSpinBox>(dialog, "restingHeartRateEdit");
    heartRate->setFocus();
    heartRate->selectAll();
    QTest::keyClicks(heartRate, QStringLiteral("66"));
    auto* diabetes = field<QCheckBox>(dialog, "precaution_diabetes");
    diabetes->setFocus();
    QTest::keyClick(diabetes, Qt::Key_Space);
    typeInto(field<QPlainTextEdit>(dialog, "clinicianNotesEdit"), QStringLiteral("Desk worker; neck pain after 2 h."));
    clickSave(dialog);

    QTRY_VERIFY(fixture.window->findChild<gui::PatientEditorDialog*>() == nullptr);
    auto* panel = fixture.window->patientList();
    auto* model = panel->model();
    const int row = model->rowOf(fixture.session.currentPatient());
    REQUIRE(row >= 0);
    CHECK(model->index(row, gui::PatientListModel::NameColumn).data().toString()
        == QStringLiteral("Søndergaard, Íngrid"));

    const auto stored = fixture.session.patient(fixture.session.currentPatient());
    REQUIRE(stored);
    CHECK(stored->dateOfBirth.toIso() == "1968-03-14");
    CHECK(stored->email == "ingrid@example.dk");
    CHECK(stored->condition == core::PrimaryCondition::NeckPain);
    CHECK(stored->restingHeartRate == 66);
    CHECK(stored->precautions == std::vector { core::Precaution::Diabetes });
    CHECK(stored->clinicianNotes == "Desk worker; neck pain after 2 h.");

    // The overview shows the new patient.
    CHECK(field<QLabel>(fixture.window.get(), "overviewName")->text() == QStringLiteral("Íngrid Søndergaard"));

    // Searching by an accent-free prefix of the family name finds only her.
    auto* search = panel->searchField();
    typeInto(search, QStringLiteral("sonder"));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("Søndergaard, Íngrid"));
    CHECK(field<QLabel>(panel, "patientCount")->text() == QStringLiteral("1 patient"));
    search->clear();
    CHECK(model->rowCount() == static_cast<int>(storage::demoPatients().size()) + 1);
}

TEST_CASE("The editor shows each problem next to its field and saves nothing", "[gui][patient]")
{
    WindowFixture fixture;
    const int before = fixture.window->patientList()->model()->matchCount();
    auto* dialog = fixture.openEditor("actionNewPatient");
    typeInto(field<QLineEdit>(dialog, "familyNameEdit"), QStringLiteral("Nobody"));
    typeInto(field<QLineEdit>(dialog, "emailEdit"), QStringLiteral("not-an-email"));
    auto* heartRate = field<QSpinBox>(dialog, "restingHeartRateEdit");
    heartRate->setFocus();
    heartRate->selectAll();
    QTest::keyClicks(heartRate, QStringLiteral("200"));
    clickSave(dialog);

    CHECK(dialog->isVisible());
    CHECK(dialog->fieldError("givenName") == QStringLiteral("Enter the given (first) name."));
    CHECK(dialog->fieldError("email").contains(QStringLiteral("email address")));
    CHECK(dialog->fieldError("restingHeartRate").contains(QStringLiteral("between 30 and 150")));
    CHECK(dialog->fieldError("familyName").isEmpty());
    CHECK(field<QLabel>(dialog, "givenNameError")->isVisible());
    CHECK(fixture.window->patientList()->model()->matchCount() == before);

    // Fixing the fields lets it save.
    typeInto(field<QLineEdit>(dialog, "givenNameEdit"), QStringLiteral("Some"));
    field<QLineEdit>(dialog, "emailEdit")->clear();
    heartRate->setValue(0);
    clickSave(dialog);
    QTRY_VERIFY(!dialog->isVisible() || fixture.window->findChild<gui::PatientEditorDialog*>() == nullptr);
    CHECK(fixture.window->patientList()->model()->matchCount() == before + 1);
}

TEST_CASE("Archiving and deleting ask first and update the list", "[gui][patient]")
{
    WindowFixture fixture;
    auto* model = fixture.window->patientList()->model();
    const int before = model->rowCount();
    fixture.window->patientList()->view()->selectRow(0);
    const auto first = fixture.session.currentPatient();
    REQUIRE(first.isValid());
    REQUIRE(fixture.window->action(QStringLiteral("actionArchivePatient"))->isEnabled());

    fixture.prompter.answer = false;
    fixture.window->action(QStringLiteral("actionArchivePatient"))->trigger();
    CHECK(fixture.prompter.questions.size() == 1);
    CHECK(model->rowCount() == before);

    fixture.prompter.answer = true;
    fixture.window->action(QStringLiteral("actionArchivePatient"))->trigger();
    CHECK(model->rowCount() == before - 1);
    CHECK(fixture.session.patient(first)->archived);
    CHECK(fixture.window->action(QStringLiteral("actionArchivePatient"))
              ->text()
              .remove(QLatin1Char('&'))
              .contains(QStringLiteral("Unarchive")));

    fixture.window->action(QStringLiteral("actionDeletePatient"))->trigger();
    CHECK(fixture.prompter.questions.last().contains(QStringLiteral("cannot be undone")));
    CHECK(fixture.session.patient(first).error().code == core::ErrorCode::NotFound);
    CHECK_FALSE(fixture.session.currentPatient().isValid());
    CHECK_FALSE(fixture.window->action(QStringLiteral("actionEditPatient"))->isEnabled());
    CHECK(field<QStackedWidget>(fixture.window->workspace(), "workspaceStack")->currentIndex() == 0);
}

TEST_CASE("Opening a file that is not a database explains why and leaves it alone", "[gui][database]")
{
    WindowFixture fixture;
    const std::string garbage = fixture.clinic.dir.file("letter.db");
    test::writeFile(garbage, "Dear Sir or Madam,\n");
    fixture.prompter.fileToOpen = QString::fromStdString(garbage);
    fixture.window->action(QStringLiteral("actionOpenDatabase"))->trigger();
    REQUIRE(fixture.prompter.errors.size() == 1);
    CHECK(fixture.prompter.errors.first().contains(QStringLiteral("not a PacePlan database")));
    CHECK(test::readFile(garbage) == "Dear Sir or Madam,\n");
    // The clinic that was open stays open.
    CHECK(fixture.session.databasePath() == QString::fromStdString(fixture.clinic.path));
    CHECK(field<QLabel>(fixture.window.get(), "databaseLabel")->text().contains(QStringLiteral("clinic.db")));
}

TEST_CASE("A damaged database can be restored from its latest backup", "[gui][database]")
{
    WindowFixture fixture;
    const auto backup = fixture.session.clinic()->database().backupNow();
    REQUIRE(backup);
    const QString path = fixture.session.databasePath();
    fixture.session.adopt(nullptr);
    test::writeFile(path.toStdString(), std::string("SQLite format 3") + std::string(1, '\0') + std::string(5000, 'x'));

    fixture.prompter.answer = true;
    REQUIRE(fixture.window->openDatabase(path, false));
    CHECK(fixture.prompter.questions.last().contains(QStringLiteral("Restore the most recent backup")));
    CHECK(fixture.window->patientList()->model()->matchCount() == static_cast<int>(storage::demoPatients().size()));
}

TEST_CASE("Back up now writes a backup and says where", "[gui][database]")
{
    WindowFixture fixture;
    fixture.window->action(QStringLiteral("actionBackUp"))->trigger();
    REQUIRE(fixture.prompter.infos.size() == 1);
    CHECK(storage::listBackups(fixture.clinic.path).size() == 1);
}
