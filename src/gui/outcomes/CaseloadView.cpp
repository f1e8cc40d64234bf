// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/outcomes/CaseloadView.h"

#include "gui/outcomes/CaseloadFilterProxy.h"
#include "gui/outcomes/CaseloadModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace paceplan::gui {

CaseloadView::CaseloadView(QWidget* parent) : QWidget(parent)
{
    m_model = new CaseloadModel(this);
    m_proxy = new CaseloadFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("Filter by name"));
    m_name->setClearButtonEnabled(true);
    m_flagged = new QCheckBox(tr("Only patients with &flags"));
    m_class = new QComboBox;
    m_class->addItem(tr("Any change"), QString());
    for (const auto value : core::allChangeClasses())
        m_class->addItem(CaseloadModel::changeClassLabel(value), QString::fromLatin1(core::changeClassCode(value)));
    m_count = new QLabel;
    filters->addWidget(m_name, 2);
    filters->addWidget(m_class, 1);
    filters->addWidget(m_flagged);
    filters->addStretch(1);
    filters->addWidget(m_count);
    layout->addLayout(filters);

    m_view = new QTableView;
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CaseloadModel::FlagsColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CaseloadModel::FlagsColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    connect(m_name, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setNameFilter(text);
        updateCount();
    });
    connect(m_flagged, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setFlaggedOnly(on);
        updateCount();
    });
    connect(m_class, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setChangeClassFilter(m_class->currentData().toString());
        updateCount();
    });
    // activated covers a double-click and Enter (a single click on styles that activate on click).
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit patientActivated(core::PatientId(index.data(CaseloadModel::PatientIdRole).toLongLong()));
    });
}

void CaseloadView::setRows(std::vector<services::CaseloadRow> rows)
{
    m_model->setRows(std::move(rows));
    m_view->resizeRowsToContents();
    updateCount();
}

void CaseloadView::updateCount()
{
    m_count->setText(tr("%1 of %2 patients").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

} // namespace paceplan::gui
