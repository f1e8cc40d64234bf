// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/PlanListModel.h"

#include <QCoreApplication>

namespace paceplan::gui {

QString revisionStateLabel(storage::RevisionState state)
{
    switch (state) {
    case storage::RevisionState::Draft:
        return QCoreApplication::translate("PlanListModel", "draft");
    case storage::RevisionState::Active:
        return QCoreApplication::translate("PlanListModel", "active");
    case storage::RevisionState::Superseded:
        return QCoreApplication::translate("PlanListModel", "superseded");
    case storage::RevisionState::Completed:
        return QCoreApplication::translate("PlanListModel", "completed");
    }
    return {};
}

PlanListModel::PlanListModel(QObject* parent) : QAbstractTableModel(parent) { }

void PlanListModel::setPlans(std::vector<storage::PlanSummary> plans)
{
    beginResetModel();
    m_plans = std::move(plans);
    endResetModel();
}

const storage::PlanSummary* PlanListModel::plan(int row) const
{
    return row >= 0 && row < static_cast<int>(m_plans.size()) ? &m_plans[static_cast<std::size_t>(row)] : nullptr;
}

int PlanListModel::rowOf(core::PlanId id) const
{
    for (std::size_t row = 0; row < m_plans.size(); ++row) {
        if (m_plans[row].id == id)
            return static_cast<int>(row);
    }
    return -1;
}

int PlanListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plans.size());
}

int PlanListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& plan = m_plans[static_cast<std::size_t>(index.row())];
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return QString::fromStdString(plan.latest.title);
    case ActiveColumn:
        return plan.active ? tr("rev %1").arg(plan.active->revision) : tr("none");
    case LatestColumn: {
        QString text = tr("rev %1 %2").arg(plan.latest.revision).arg(revisionStateLabel(plan.latest.state));
        if (plan.latest.printed)
            text += tr(", printed");
        return text;
    }
    default:
        return {};
    }
}

QVariant PlanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Plan");
    case ActiveColumn:
        return tr("Active");
    case LatestColumn:
        return tr("Latest");
    default:
        return {};
    }
}

} // namespace paceplan::gui
