// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Id.h"
#include "core/plan/PreExerciseScreening.h"
#include "core/plan/Schedule.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QTableView;
class QTabWidget;
class QToolButton;

namespace paceplan::gui {

class ClinicSession;
class FindingListModel;
class ItemEditor;
class LibraryPanel;
class PlanDetailsEditor;
class PlanDocument;
class PlanListModel;
class RevisionsPanel;
class ScheduleModel;
class WeekGrid;

/// The Plan tab of the patient workspace: the patient's plans, and the editor for the selected plan
/// (library, week grid, item editor, live schedule and checks, details, revisions, save and activate).
class PlanPage : public QWidget {
    Q_OBJECT

public:
    explicit PlanPage(ClinicSession& session, QWidget* parent = nullptr);
    ~PlanPage() override;

    /// Creates and opens a new blank draft plan for the current patient.
    bool newBlankPlan();
    /// Creates and opens a plan from a template, dated and personalised for the current patient.
    bool newPlanFromTemplate(const QString& templateCode);
    /// Opens the newest revision of a plan (asking to save unsaved edits first).
    bool openPlan(core::PlanId plan);
    /// Adds an exercise with its starting dose to a day; an undoable edit.
    bool addExercise(const QString& exerciseId, int weekday);
    /// Removes the selected item; an undoable edit.
    void removeSelected();
    /// Stores the edits; a locked revision makes a new revision.
    bool save();
    /// Saves, asks for the screening in a dialog, and activates when core allows it.
    bool activate();
    /// Activates the saved revision after this screening when core allows it; reports a block to the user.
    bool activateWith(const core::PreExerciseScreening& screening);
    /// Stores the plan being edited as one of the clinic's templates, named `name`; true when stored.
    bool saveAsTemplate(const QString& name);
    /// Asks what to do with unsaved edits; false when the clinician wants to keep editing.
    bool maybeSave();

    PlanDocument* document() const { return m_document; }
    LibraryPanel* library() const { return m_library; }
    WeekGrid* weekGrid() const { return m_grid; }
    ItemEditor* itemEditor() const { return m_itemEditor; }
    RevisionsPanel* revisions() const { return m_revisions; }
    PlanDetailsEditor* details() const { return m_details; }
    QTableView* planTable() const { return m_planTable; }
    QTableView* scheduleView() const { return m_scheduleView; }
    QListView* checksView() const { return m_checksView; }
    QTabWidget* bottomTabs() const { return m_tabs; }
    ScheduleModel* scheduleModel() const { return m_scheduleModel; }
    FindingListModel* findingModel() const { return m_findingModel; }
    PlanListModel* planModel() const { return m_planModel; }

private:
    void patientChanged();
    void reloadPlans();
    void reloadLibrary();
    void documentChanged();
    void updateHeader();
    void showSelectionInSchedule();
    void buildTemplateMenu();
    core::PatientContext contextFor(const core::Date& start) const;

    ClinicSession& m_session;
    PlanDocument* m_document = nullptr;
    core::PlanId m_planId;
    PlanListModel* m_planModel = nullptr;
    ScheduleModel* m_scheduleModel = nullptr;
    FindingListModel* m_findingModel = nullptr;
    QTableView* m_planTable = nullptr;
    QToolButton* m_newPlan = nullptr;
    LibraryPanel* m_library = nullptr;
    WeekGrid* m_grid = nullptr;
    ItemEditor* m_itemEditor = nullptr;
    PlanDetailsEditor* m_details = nullptr;
    RevisionsPanel* m_revisions = nullptr;
    QTableView* m_scheduleView = nullptr;
    QListView* m_checksView = nullptr;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_editor = nullptr;
    QWidget* m_empty = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_revision = nullptr;
    QLabel* m_totals = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_activate = nullptr;
    QPushButton* m_undo = nullptr;
    QPushButton* m_redo = nullptr;
    bool m_loadingPlans = false;
};

} // namespace paceplan::gui
