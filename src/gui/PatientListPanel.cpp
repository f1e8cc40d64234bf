// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/PatientListPanel.h"

#include "gui/ClinicSession.h"
#include "gui/PatientListModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace paceplan::gui {

PatientListPanel::PatientListPanel(ClinicSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new PatientListModel(session, this))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setPlaceholderText(tr("Search by name"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search patients by name"));

    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("archiveFilter"));
    m_filter->addItem(tr("Active patients"), static_cast<int>(storage::ArchiveFilter::Active));
    m_filter->addItem(tr("Archived patients"), static_cast<int>(storage::ArchiveFilter::Archived));
    m_filter->addItem(tr("All patients"), static_cast<int>(storage::ArchiveFilter::All));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("patientTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PatientListModel::NameColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(PatientListModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(
        PatientListModel::DateOfBirthColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PatientListModel::ConditionColumn, QHeaderView::ResizeToContents);
    m_view->setColumnHidden(PatientListModel::UpdatedColumn, true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("patientCount"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_filter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    setFocusProxy(m_search);
    setMinimumWidth(300);

    connect(m_search, &QLineEdit::textChanged, m_model, &PatientListModel::setNameFilter);
    connect(m_filter, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setArchiveFilter(static_cast<storage::ArchiveFilter>(m_filter->currentData().toInt())); });
    connect(m_model, &PatientListModel::matchCountChanged, this, &PatientListPanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { select(m_session.currentPatient()); });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PatientListPanel::selectionChanged);
    connect(m_view, &QTableView::activated, this,
        [this](const QModelIndex& index) { emit activated(m_model->patientAt(index.row())); });
    // Enter in the search field opens the first match.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0) {
            m_view->selectRow(0);
            m_view->setFocus();
        }
    });
    updateCount(m_model->matchCount());
}

void PatientListPanel::select(core::PatientId id)
{
    const int row = id.isValid() ? m_model->rowOf(id) : -1;
    if (row >= 0)
        m_view->selectRow(row);
    else
        m_view->clearSelection();
}

void PatientListPanel::updateCount(int count)
{
    m_count->setText(count == 1 ? tr("1 patient") : tr("%1 patients").arg(count));
}

void PatientListPanel::selectionChanged()
{
    const auto rows = m_view->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m_session.setCurrentPatient(m_model->patientAt(rows.first().row()));
}

} // namespace paceplan::gui
