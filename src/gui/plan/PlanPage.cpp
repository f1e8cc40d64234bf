// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/PlanPage.h"

#include "gui/ClinicSession.h"
#include "gui/Prompter.h"
#include "gui/plan/FindingListModel.h"
#include "gui/plan/ItemEditor.h"
#include "gui/plan/LibraryPanel.h"
#include "gui/plan/PainAdviceBanner.h"
#include "gui/plan/PlanDetailsEditor.h"
#include "gui/plan/PlanDocument.h"
#include "gui/plan/PlanListModel.h"
#include "gui/plan/RevisionsPanel.h"
#include "gui/plan/ScheduleModel.h"
#include "gui/plan/WeekGrid.h"
#include "services/ErrorMessages.h"
#include "services/Exercises.h"
#include "services/Plans.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace paceplan::gui {

PlanPage::PlanPage(ClinicSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_document(new PlanDocument(session.catalog(), this)),
      m_planModel(new PlanListModel(this)), m_scheduleModel(new ScheduleModel(this)),
      m_findingModel(new FindingListModel(this))
{
    setObjectName(QStringLiteral("planPage"));
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter);

    // Left: the patient's plans above the exercise library.
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* plansHeader = new QHBoxLayout;
    plansHeader->addWidget(new QLabel(tr("<b>Plans</b>"), left));
    plansHeader->addStretch(1);
    m_newPlan = new QToolButton(left);
    m_newPlan->setObjectName(QStringLiteral("newPlanButton"));
    m_newPlan->setText(tr("New plan"));
    m_newPlan->setPopupMode(QToolButton::MenuButtonPopup);
    m_newPlan->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_newPlan, &QToolButton::clicked, this, [this] { newBlankPlan(); });
    plansHeader->addWidget(m_newPlan);
    leftLayout->addLayout(plansHeader);
    m_planTable = new QTableView(left);
    m_planTable->setObjectName(QStringLiteral("planTable"));
    m_planTable->setModel(m_planModel);
    m_planTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_planTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_planTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_planTable->verticalHeader()->hide();
    m_planTable->horizontalHeader()->setSectionResizeMode(PlanListModel::TitleColumn, QHeaderView::Stretch);
    m_planTable->horizontalHeader()->setSectionResizeMode(PlanListModel::ActiveColumn, QHeaderView::ResizeToContents);
    m_planTable->horizontalHeader()->setSectionResizeMode(PlanListModel::LatestColumn, QHeaderView::ResizeToContents);
    m_planTable->setMaximumHeight(130);
    m_planTable->setAlternatingRowColors(true);
    leftLayout->addWidget(m_planTable);
    m_library = new LibraryPanel(left);
    leftLayout->addWidget(m_library, 1);
    splitter->addWidget(left);

    // Centre: header, week grid, and the live schedule, checks, details and revisions.
    auto* centreStack = new QStackedWidget(splitter);
    m_empty = new QLabel(tr("<h3>No plan yet</h3><p>Start a plan with <b>New plan</b>: a blank week, or a starter "
                            "template dated and personalised for this patient.</p>"),
        centreStack);
    static_cast<QLabel*>(m_empty)->setAlignment(Qt::AlignCenter);
    static_cast<QLabel*>(m_empty)->setWordWrap(true);
    centreStack->addWidget(m_empty);
    m_editor = new QWidget(centreStack);
    auto* centre = new QVBoxLayout(m_editor);
    centre->setContentsMargins(0, 0, 0, 0);
    auto* advice = new PainAdviceBanner(m_session, m_editor);
    centre->addWidget(advice);
    connect(advice, &PainAdviceBanner::revisionCreated, this, [this](core::PlanId plan) { openPlan(plan); });
    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    m_title = new QLabel(m_editor);
    m_title->setObjectName(QStringLiteral("planHeaderTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: 600;"));
    m_revision = new QLabel(m_editor);
    m_revision->setObjectName(QStringLiteral("revisionLabel"));
    m_totals = new QLabel(m_editor);
    m_totals->setStyleSheet(QStringLiteral("color: #555;"));
    m_totals->setWordWrap(true);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setMinimumHeight(28);
    titles->addWidget(m_title);
    auto* badges = new QHBoxLayout;
    badges->addWidget(m_revision);
    badges->addWidget(m_totals, 1);
    titles->addLayout(badges);
    header->addLayout(titles, 1);
    m_undo = new QPushButton(tr("Undo"), m_editor);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_redo = new QPushButton(tr("Redo"), m_editor);
    m_redo->setObjectName(QStringLiteral("redoButton"));
    m_save = new QPushButton(tr("Save"), m_editor);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_activate = new QPushButton(tr("Activate…"), m_editor);
    m_activate->setObjectName(QStringLiteral("activateButton"));
    m_activate->setToolTip(tr("Screen the patient and make this revision the active plan"));
    auto* asTemplate = new QPushButton(tr("Save as template\u2026"), m_editor);
    asTemplate->setObjectName(QStringLiteral("saveAsTemplateButton"));
    asTemplate->setToolTip(tr("Keep this plan as one of the clinic's templates for other patients"));
    for (auto* button : { m_undo, m_redo, m_save, m_activate, asTemplate })
        header->addWidget(button);
    connect(asTemplate, &QPushButton::clicked, this, [this] {
        if (!m_document)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save as template"), tr("Template name:"),
            QLineEdit::Normal, QString::fromStdString(m_document->plan().title), &ok);
        if (ok)
            saveAsTemplate(name);
    });
    centre->addLayout(header);
    auto* vertical = new QSplitter(Qt::Vertical, m_editor);
    m_grid = new WeekGrid(*m_document, vertical);
    vertical->addWidget(m_grid);
    m_tabs = new QTabWidget(vertical);
    m_scheduleView = new QTableView(m_tabs);
    m_scheduleView->setObjectName(QStringLiteral("scheduleView"));
    m_scheduleView->setModel(m_scheduleModel);
    m_scheduleView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scheduleView->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_scheduleView->horizontalHeader()->setDefaultSectionSize(125);
    m_scheduleView->verticalHeader()->setDefaultSectionSize(22);
    m_tabs->addTab(m_scheduleView, tr("Schedule"));
    m_checksView = new QListView(m_tabs);
    m_checksView->setObjectName(QStringLiteral("checksView"));
    m_checksView->setModel(m_findingModel);
    m_checksView->setWordWrap(true);
    m_checksView->setSpacing(2);
    m_tabs->addTab(m_checksView, tr("Checks"));
    m_details = new PlanDetailsEditor(*m_document, m_tabs);
    m_tabs->addTab(m_details, tr("Plan details"));
    m_revisions = new RevisionsPanel(session, m_tabs);
    m_tabs->addTab(m_revisions, tr("Revisions"));
    vertical->addWidget(m_tabs);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    centre->addWidget(vertical, 1);
    centreStack->addWidget(m_editor);
    splitter->addWidget(centreStack);

    // Right: the item editor.
    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_itemEditor = new ItemEditor(*m_document, scroll);
    scroll->setWidget(m_itemEditor);
    scroll->setMinimumWidth(310);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({ 235, 715, 330 });

    auto* stack = m_document->undoStack();
    connect(m_undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    connect(m_redo, &QPushButton::clicked, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QPushButton::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QPushButton::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this,
        [this](const QString& text) { m_undo->setToolTip(tr("Undo %1").arg(text)); });
    connect(stack, &QUndoStack::redoTextChanged, this,
        [this](const QString& text) { m_redo->setToolTip(tr("Redo %1").arg(text)); });
    auto* undoAction = stack->createUndoAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto* redoAction = stack->createRedoAction(this);
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto* saveAction = new QAction(tr("Save plan"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, [this] { save(); });
    addActions({ undoAction, redoAction, saveAction });
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_activate, &QPushButton::clicked, this, [this] { activate(); });

    connect(m_document, &PlanDocument::changed, this, &PlanPage::documentChanged);
    connect(m_document, &PlanDocument::modifiedChanged, this, &PlanPage::updateHeader);
    connect(m_document, &PlanDocument::revisionChanged, this, &PlanPage::updateHeader);
    connect(m_document, &PlanDocument::selectionChanged, this, &PlanPage::showSelectionInSchedule);
    connect(m_library, &LibraryPanel::addRequested, this, &PlanPage::addExercise);
    connect(m_grid, &WeekGrid::exerciseDropped, this, &PlanPage::addExercise);
    connect(m_grid, &WeekGrid::dayActivated, m_library, &LibraryPanel::setTargetDay);
    connect(m_checksView, &QListView::clicked, this, [this](const QModelIndex& index) {
        const QString key = index.data(FindingListModel::ItemKeyRole).toString();
        if (!key.isEmpty())
            m_document->selectItem(key.toStdString());
    });
    connect(m_checksView, &QListView::activated, m_checksView, &QListView::clicked);
    connect(m_scheduleView, &QTableView::clicked, this, [this](const QModelIndex& index) {
        const std::string key = m_scheduleModel->itemKey(index.column());
        if (!key.empty())
            m_document->selectItem(key);
    });
    connect(m_planTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (m_loadingPlans || !current.isValid())
                return;
            if (const auto* plan = m_planModel->plan(current.row()); plan && plan->id != m_planId)
                openPlan(plan->id);
        });
    connect(&m_session, &ClinicSession::currentPatientChanged, this, [this] {
        maybeSave();
        patientChanged();
    });
    connect(&m_session, &ClinicSession::databaseChanged, this, [this] {
        reloadLibrary();
        patientChanged();
    });
    connect(&m_session, &ClinicSession::exercisesChanged, this, &PlanPage::reloadLibrary);
    connect(&m_session, &ClinicSession::plansChanged, this, [this](core::PatientId patient) {
        if (patient == m_session.currentPatient())
            reloadPlans();
    });
    reloadLibrary();
    patientChanged();
}

PlanPage::~PlanPage()
{
    // The undo stack signals while it is torn down with the children; no view may hear it by then.
    m_document->undoStack()->disconnect();
    m_document->disconnect();
}

void PlanPage::reloadLibrary()
{
    // The session drops its catalog when exercises or the clinic change; the document takes the new one.
    m_document->setCatalog(m_session.catalog());
    auto* clinic = m_session.clinic();
    if (!clinic)
        return;
    const auto pictures = [clinic](const core::Exercise& exercise, QSize size) {
        return services::exercisePicture(*clinic, exercise, size);
    };
    m_library->setPictureProvider(pictures);
    m_itemEditor->setPictureProvider(pictures);
    if (auto exercises = services::listExercises(*clinic, {}))
        m_library->setExercises(std::move(exercises).value());
    if (auto topics = services::educationTopics(*clinic))
        m_details->setTopics(*topics);
    buildTemplateMenu();
}

void PlanPage::patientChanged()
{
    m_planId = {};
    m_document->load({}, std::nullopt, {});
    reloadPlans();
    if (m_planModel->rowCount() > 0) {
        // Open the active plan when there is one, else the newest.
        int row = 0;
        for (int r = 0; r < m_planModel->rowCount(); ++r) {
            if (m_planModel->plan(r)->active)
                row = r;
        }
        openPlan(m_planModel->plan(row)->id);
    } else {
        m_revisions->setPlan({});
        updateHeader();
    }
}

void PlanPage::reloadPlans()
{
    m_loadingPlans = true;
    std::vector<storage::PlanSummary> plans;
    if (auto* clinic = m_session.clinic(); clinic && m_session.currentPatient().isValid()) {
        if (auto found = services::listPlans(*clinic, m_session.currentPatient()))
            plans = std::move(found).value();
    }
    m_planModel->setPlans(std::move(plans));
    const int row = m_planModel->rowOf(m_planId);
    if (row >= 0)
        m_planTable->selectRow(row);
    m_newPlan->setEnabled(m_session.currentPatient().isValid());
    m_loadingPlans = false;
}

void PlanPage::documentChanged()
{
    m_scheduleModel->setSchedule(m_document->plan(), m_document->schedule(), m_document->catalog());
    m_scheduleView->resizeColumnToContents(0);
    m_findingModel->setFindings(m_document->findings());
    int problems = 0;
    int warnings = 0;
    for (const auto& finding : m_document->findings()) {
        problems += finding.severity == core::Severity::Problem ? 1 : 0;
        warnings += finding.severity == core::Severity::Warning ? 1 : 0;
    }
    const int count = static_cast<int>(m_document->findings().size());
    m_tabs->setTabText(1, count == 0 ? tr("Checks ✓") : tr("Checks (%1)").arg(count));
    m_tabs->setTabIcon(1,
        problems > 0       ? style()->standardIcon(QStyle::SP_MessageBoxCritical)
            : warnings > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                           : QIcon());
    showSelectionInSchedule();
    updateHeader();
}

void PlanPage::updateHeader()
{
    auto* stack = static_cast<QStackedWidget*>(m_editor->parentWidget());
    stack->setCurrentWidget(m_planId.isValid() ? m_editor : m_empty);
    const auto& plan = m_document->plan();
    m_title->setText(QString::fromStdString(plan.title.empty() ? tr("Untitled plan").toStdString() : plan.title)
        + (m_document->isModified() ? QStringLiteral(" •") : QString()));
    QString revision = m_document->revisionText();
    const auto& info = m_document->revisionInfo();
    QString colour = QStringLiteral("#e8eaf6");
    if (info && info->state == storage::RevisionState::Active)
        colour = QStringLiteral("#e0f2e9");
    if (m_document->isModified() && m_document->isLocked())
        revision
            = tr("Editing revision %1 (locked) · saving makes revision %2").arg(info->revision).arg(info->revision + 1);
    else if (m_document->isModified())
        revision += tr(" · unsaved changes");
    m_revision->setText(revision);
    m_revision->setStyleSheet(QStringLiteral("background: %1; border-radius: 4px; padding: 2px 8px;").arg(colour));
    int strength = 0;
    int aerobic = 0;
    if (!m_document->schedule().weeks.empty()) {
        aerobic = m_document->schedule().weeks.front().aerobicMinutes;
        strength = m_document->schedule().weeks.front().strengthDays;
    }
    m_totals->setText(
        tr("%1 exercises · week 1: %2 aerobic min, %3 strength days · %4 weeks from %5")
            .arg(plan.itemCount())
            .arg(aerobic)
            .arg(strength)
            .arg(plan.lengthWeeks)
            .arg(plan.startDate.isValid() ? QString::fromStdString(plan.startDate.toIso()) : tr("no date")));
    m_save->setEnabled(m_planId.isValid() && m_document->isModified());
    const bool draft = info && info->state == storage::RevisionState::Draft;
    m_activate->setEnabled(m_planId.isValid() && (draft || m_document->isModified()));
}

void PlanPage::showSelectionInSchedule()
{
    const int column = m_scheduleModel->columnOf(m_document->selectedItem());
    m_scheduleView->clearSelection();
    if (column >= 0 && m_scheduleModel->rowCount() > 0) {
        // Highlight without scrolling, so the weekly totals stay in view.
        const QItemSelection wholeColumn(
            m_scheduleModel->index(0, column), m_scheduleModel->index(m_scheduleModel->rowCount() - 1, column));
        m_scheduleView->selectionModel()->select(wholeColumn, QItemSelectionModel::Select);
    }
    // A finding about the selected item stays highlighted in the checks list.
    for (int row = 0; row < m_findingModel->rowCount(); ++row) {
        const QModelIndex index = m_findingModel->index(row);
        if (index.data(FindingListModel::ItemKeyRole).toString().toStdString() == m_document->selectedItem()
            && !m_document->selectedItem().empty()) {
            m_checksView->setCurrentIndex(index);
            return;
        }
    }
}

bool PlanPage::saveAsTemplate(const QString& name)
{
    auto* clinic = m_session.clinic();
    if (!m_document || !clinic || name.trimmed().isEmpty())
        return false;
    auto saved = services::saveTemplateFromPlan(*clinic, m_document->plan(), name.trimmed().toStdString());
    if (!saved) {
        Prompter::instance().showError(this, tr("Save as template"), services::databaseErrorMessage(saved.error()));
        return false;
    }
    buildTemplateMenu();
    return true;
}

} // namespace paceplan::gui
