// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/MainWindow.h"

#include "gui/ClinicDetailsDialog.h"
#include "gui/ClinicSession.h"
#include "gui/ExerciseManagerDialog.h"
#include "gui/HandoutPage.h"
#include "gui/PatientEditorDialog.h"
#include "gui/PatientListPanel.h"
#include "gui/PatientWorkspace.h"
#include "gui/Prompter.h"
#include "gui/Settings.h"
#include "gui/outcomes/CaseloadView.h"
#include "gui/outcomes/OutcomesPage.h"
#include "gui/plan/PlanPage.h"
#include "services/ClinicOutcomeStore.h"
#include "services/ErrorMessages.h"
#include "services/Handouts.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>

namespace paceplan::gui {

namespace {
const Setting<QByteArray> kGeometry("mainWindow/geometry", {});
const Setting<QByteArray> kState("mainWindow/state", {});
const Setting<QByteArray> kSplitter("mainWindow/splitter", {});
const QString kDatabaseFilter = QStringLiteral("PacePlan database (*.db);;All files (*)");
} // namespace

MainWindow::MainWindow(ClinicSession& session, QWidget* parent) : QMainWindow(parent), m_session(session)
{
    setWindowTitle(tr("PacePlan"));
    setObjectName(QStringLiteral("mainWindow"));
    m_list = new PatientListPanel(session);
    m_workspace = new PatientWorkspace(session);
    m_outcomeStore = std::make_unique<services::ClinicOutcomeStore>([&session] { return session.clinic(); });
    m_planPage = new PlanPage(session);
    m_workspace->addPage(m_planPage, tr("Plan"));
    auto* outcomes = new OutcomesPage(*m_outcomeStore);
    outcomes->connectSession(session);
    m_workspace->addPage(outcomes, tr("Outcomes"));
    connect(outcomes, &OutcomesPage::outcomesChanged, this, [this] {
        if (m_caseload && m_caseload->isVisible())
            if (auto rows = m_outcomeStore->caseload())
                m_caseload->setRows(std::move(rows).value());
    });
    m_workspace->addPage(new HandoutPage(session), tr("Handout"));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(m_workspace);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 400, 880 });
    splitter->setChildrenCollapsible(false);
    splitter->setContentsMargins(6, 6, 6, 0);
    setCentralWidget(splitter);

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);

    createActions();
    connect(m_list, &PatientListPanel::activated, this, &MainWindow::editPatient);
    connect(m_workspace, &PatientWorkspace::newPatientRequested, this, &MainWindow::newPatient);
    connect(&m_session, &ClinicSession::currentPatientChanged, this, &MainWindow::updateActions);
    connect(&m_session, &ClinicSession::databaseChanged, this, &MainWindow::updateActions);

    resize(1280, 800);
    restoreGeometry(kGeometry.get());
    restoreState(kState.get());
    splitter->restoreState(kSplitter.get());
    updateActions();
}

QAction* MainWindow::addAction(
    QMenu* menu, const char* objectName, const QString& text, const QKeySequence& shortcut, void (MainWindow::*slot)())
{
    auto* action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, slot);
    menu->addAction(action);
    return action;
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    addAction(file, "actionNewDatabase", tr("&New database\u2026"), QKeySequence(tr("Ctrl+Shift+N")),
        &MainWindow::newDatabase);
    addAction(
        file, "actionOpenDatabase", tr("&Open database\u2026"), QKeySequence::Open, &MainWindow::openDatabaseFile);
    addAction(file, "actionBackUp", tr("&Back up now"), QKeySequence(tr("Ctrl+B")), &MainWindow::backUpNow);
    file->addSeparator();
    addAction(
        file, "actionPrintSummary", tr("&Print patient summary\u2026"), QKeySequence::Print, &MainWindow::printSummary);
    addAction(file, "actionClinicDetails", tr("&Clinic details\u2026"), QKeySequence(), &MainWindow::editClinicDetails);
    file->addSeparator();
    auto* quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addAction(quit);

    QMenu* patient = menuBar()->addMenu(tr("&Patient"));
    QAction* create
        = addAction(patient, "actionNewPatient", tr("&New patient\u2026"), QKeySequence::New, &MainWindow::newPatient);
    QAction* edit = addAction(
        patient, "actionEditPatient", tr("&Edit patient\u2026"), QKeySequence(tr("Ctrl+E")), &MainWindow::editPatient);
    addAction(patient, "actionArchivePatient", tr("&Archive patient"), QKeySequence(tr("Ctrl+Shift+A")),
        &MainWindow::toggleArchived);
    patient->addSeparator();
    addAction(patient, "actionDeletePatient", tr("&Delete patient\u2026"), QKeySequence(tr("Ctrl+Shift+Del")),
        &MainWindow::deletePatient);
    patient->addSeparator();
    auto* find = new QAction(tr("&Find patient"), this);
    find->setObjectName(QStringLiteral("actionFindPatient"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_list->searchField()->setFocus();
        m_list->searchField()->selectAll();
    });
    patient->addAction(find);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    addAction(view, "actionCaseload", tr("&Caseload\u2026"), QKeySequence(tr("Ctrl+L")), &MainWindow::showCaseload);
    addAction(view, "actionExercises", tr("&Exercise library\u2026"), QKeySequence(tr("Ctrl+Shift+E")),
        &MainWindow::manageExercises);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* aboutAction
        = addAction(help, "actionAbout", tr("&About PacePlan"), QKeySequence::HelpContents, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(create);
    toolbar->addAction(edit);
    toolbar->addAction(action(QStringLiteral("actionCaseload")));
}

QAction* MainWindow::action(const QString& objectName) const
{
    return findChild<QAction*>(objectName);
}

void MainWindow::updateActions()
{
    const bool open = m_session.isOpen();
    const auto current = m_session.currentPatient();
    const auto patient = current.isValid() ? m_session.patient(current)
                                           : core::Result<core::Patient>(core::makeError(core::ErrorCode::NotFound));
    const bool hasPatient = patient.ok();
    action(QStringLiteral("actionBackUp"))->setEnabled(open);
    action(QStringLiteral("actionClinicDetails"))->setEnabled(open);
    action(QStringLiteral("actionCaseload"))->setEnabled(open);
    action(QStringLiteral("actionExercises"))->setEnabled(open);
    action(QStringLiteral("actionNewPatient"))->setEnabled(open);
    action(QStringLiteral("actionEditPatient"))->setEnabled(hasPatient);
    action(QStringLiteral("actionDeletePatient"))->setEnabled(hasPatient);
    action(QStringLiteral("actionPrintSummary"))->setEnabled(hasPatient);
    QAction* archive = action(QStringLiteral("actionArchivePatient"));
    archive->setEnabled(hasPatient);
    archive->setText(hasPatient && patient->archived ? tr("Un&archive patient") : tr("&Archive patient"));
    m_databaseLabel->setText(
        open ? tr("Database: %1").arg(QDir::toNativeSeparators(m_session.databasePath())) : tr("No database open"));
}

bool MainWindow::openDatabase(const QString& path, bool create)
{
    auto status = m_session.open(path, create);
    if (status)
        return true;
    const core::Error error = status.error();
    const auto backup = services::restoreOffer(path.toStdString(), error);
    if (!backup) {
        showStorageError(tr("Cannot open the database"), error);
        return false;
    }
    const QString question = services::databaseErrorMessage(error) + QStringLiteral("\n\n")
        + tr("Restore the most recent backup (%1)? The damaged file will be kept beside it.")
              .arg(QFileInfo(QString::fromStdString(*backup)).fileName());
    if (!Prompter::instance().confirm(this, tr("Cannot open the database"), question, tr("Restore backup")))
        return false;
    if (auto restored = services::restoreBackup(*backup, path.toStdString()); !restored) {
        showStorageError(tr("Cannot restore the backup"), restored.error());
        return false;
    }
    status = m_session.open(path, false);
    if (!status)
        showStorageError(tr("Cannot open the database"), status.error());
    return status.ok();
}

void MainWindow::showStorageError(const QString& title, const core::Error& error)
{
    Prompter::instance().showError(this, title, services::databaseErrorMessage(error));
}

void MainWindow::newPatient()
{
    if (!m_session.isOpen())
        return;
    core::Patient blank;
    auto* dialog = new PatientEditorDialog(
        blank, m_session.today(), [this](core::Patient p) { return m_session.savePatient(std::move(p)); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_session.setCurrentPatient(dialog->savedPatient().id);
        m_list->select(dialog->savedPatient().id);
        statusBar()->showMessage(tr("Patient added."), 4000);
    });
    dialog->open();
}

void MainWindow::editPatient()
{
    const auto patient = m_session.patient(m_session.currentPatient());
    if (!patient)
        return;
    auto* dialog = new PatientEditorDialog(
        *patient, m_session.today(), [this](core::Patient p) { return m_session.savePatient(std::move(p)); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { statusBar()->showMessage(tr("Changes saved."), 4000); });
    dialog->open();
}

void MainWindow::toggleArchived()
{
    const auto patient = m_session.patient(m_session.currentPatient());
    if (!patient)
        return;
    const QString name = QString::fromStdString(patient->givenName + " " + patient->familyName);
    if (!patient->archived
        && !Prompter::instance().confirm(this, tr("Archive patient"),
            tr("Archive %1? Archived patients are hidden from the active list but "
               "nothing is deleted; you can unarchive them at any time.")
                .arg(name),
            tr("Archive"))) {
        return;
    }
    if (auto status = m_session.setArchived(patient->id, !patient->archived); !status)
        showStorageError(tr("Cannot change the patient"), status.error());
}

void MainWindow::deletePatient()
{
    const auto patient = m_session.patient(m_session.currentPatient());
    if (!patient)
        return;
    const QString name = QString::fromStdString(patient->givenName + " " + patient->familyName);
    if (!Prompter::instance().confirm(this, tr("Delete patient"),
            tr("Permanently delete %1 and everything recorded for them? This is for "
               "erasure requests and cannot be undone. To keep the record but hide it, "
               "archive the patient instead.")
                .arg(name),
            tr("Delete permanently"))) {
        return;
    }
    if (auto status = m_session.deletePatient(patient->id); !status)
        showStorageError(tr("Cannot delete the patient"), status.error());
    else
        statusBar()->showMessage(tr("Patient deleted."), 4000);
}

void MainWindow::newDatabase()
{
    QString path = Prompter::instance().saveFile(
        this, tr("New database"), QDir::home().filePath(QStringLiteral("clinic.db")), kDatabaseFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".db");
    if (QFileInfo::exists(path)) {
        Prompter::instance().showError(this, tr("New database"),
            tr("A file with this name exists already. Choose another name, or use "
               "File \u2192 Open database to open it."));
        return;
    }
    openDatabase(path, true);
}

void MainWindow::openDatabaseFile()
{
    const QString path = Prompter::instance().openFile(this, tr("Open database"), kDatabaseFilter);
    if (!path.isEmpty())
        openDatabase(path, false);
}

void MainWindow::backUpNow()
{
    if (!m_session.isOpen())
        return;
    auto backup = services::backUpNow(*m_session.clinic());
    if (!backup) {
        showStorageError(tr("Back up"), backup.error());
        return;
    }
    Prompter::instance().showInfo(this, tr("Back up"),
        tr("The database was backed up to:\n%1").arg(QDir::toNativeSeparators(QString::fromStdString(*backup))));
}

void MainWindow::printSummary()
{
    auto* clinic = m_session.clinic();
    const core::PatientId patient = m_session.currentPatient();
    if (!clinic || !patient.isValid())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(services::patientSummaryLayout());
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print patient summary"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
        [&](QPrinter* target) { (void)services::renderPatientSummary(*clinic, patient, *target); });
    // The dialog is accepted once the summary really went to the printer.
    if (preview.exec() == QDialog::Accepted)
        if (auto status = services::recordSummaryPrinted(*clinic, patient); !status)
            showStorageError(tr("Print patient summary"), status.error());
}

void MainWindow::editClinicDetails()
{
    gui::editClinicDetails(m_session, this);
}

void MainWindow::manageExercises()
{
    if (!m_session.isOpen())
        return;
    ExerciseManagerDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::showCaseload()
{
    if (!m_session.isOpen())
        return;
    if (!m_caseload) {
        m_caseload = new CaseloadView(this);
        m_caseload->setObjectName(QStringLiteral("caseloadWindow"));
        m_caseload->setWindowFlag(Qt::Window);
        m_caseload->setWindowTitle(tr("Caseload"));
        m_caseload->resize(1100, 600);
        connect(m_caseload, &CaseloadView::patientActivated, this, [this](core::PatientId patient) {
            m_session.setCurrentPatient(patient);
            m_list->select(patient);
            raise();
            activateWindow();
        });
    }
    auto rows = m_outcomeStore->caseload();
    if (!rows) {
        showStorageError(tr("Caseload"), rows.error());
        return;
    }
    m_caseload->setRows(std::move(rows).value());
    m_caseload->show();
    m_caseload->raise();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About PacePlan"),
        tr("<h3>PacePlan %1</h3><p>Exercise plans, patient handouts and outcome tracking for "
           "physiotherapists who work with people living with chronic pain.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Unsaved plan edits: the plan page asks to save, discard or cancel.
    if (m_planPage && !m_planPage->maybeSave()) {
        event->ignore();
        return;
    }
    kGeometry.set(saveGeometry());
    kState.set(saveState());
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        kSplitter.set(splitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace paceplan::gui
