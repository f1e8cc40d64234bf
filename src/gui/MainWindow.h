// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;

namespace paceplan::services {
class ClinicOutcomeStore;
}

namespace paceplan::gui {

class CaseloadView;
class ClinicSession;
class PatientListPanel;
class PatientWorkspace;
class PlanPage;

/// The main window: wires the menus and actions to the patient list and the patient workspace.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(ClinicSession& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a database and explains any failure in plain words, offering to restore a backup when the file
    /// is damaged. Returns true when a database is open afterwards.
    bool openDatabase(const QString& path, bool create);

    PatientListPanel* patientList() const { return m_list; }
    PatientWorkspace* workspace() const { return m_workspace; }
    QAction* action(const QString& objectName) const;

public slots:
    void newPatient();
    void editPatient();
    void toggleArchived();
    void deletePatient();
    void newDatabase();
    void openDatabaseFile();
    void backUpNow();
    void printSummary();
    void editClinicDetails();
    void manageExercises();
    void showCaseload();
    void about();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void updateActions();
    void showStorageError(const QString& title, const core::Error& error);
    QAction* addAction(QMenu* menu, const char* objectName, const QString& text, const QKeySequence& shortcut,
        void (MainWindow::*slot)());

    ClinicSession& m_session;
    PatientListPanel* m_list = nullptr;
    PatientWorkspace* m_workspace = nullptr;
    QLabel* m_databaseLabel = nullptr;
    std::unique_ptr<services::ClinicOutcomeStore> m_outcomeStore;
    CaseloadView* m_caseload = nullptr;
    PlanPage* m_planPage = nullptr;
};

} // namespace paceplan::gui
