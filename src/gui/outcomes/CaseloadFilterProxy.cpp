// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/outcomes/CaseloadFilterProxy.h"

#include "gui/outcomes/CaseloadModel.h"

namespace paceplan::gui {

CaseloadFilterProxy::CaseloadFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CaseloadModel::SortRole);
}

void CaseloadFilterProxy::setNameFilter(const QString& text)
{
    m_name = text.trimmed();
    invalidateFilter();
}

void CaseloadFilterProxy::setFlaggedOnly(bool flaggedOnly)
{
    m_flaggedOnly = flaggedOnly;
    invalidateFilter();
}

void CaseloadFilterProxy::setChangeClassFilter(const QString& code)
{
    m_changeClass = code;
    invalidateFilter();
}

bool CaseloadFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex name = sourceModel()->index(sourceRow, CaseloadModel::NameColumn, sourceParent);
    if (!m_name.isEmpty() && !name.data(Qt::DisplayRole).toString().contains(m_name, Qt::CaseInsensitive))
        return false;
    if (m_flaggedOnly && name.data(CaseloadModel::FlagCountRole).toInt() == 0)
        return false;
    if (!m_changeClass.isEmpty() && name.data(CaseloadModel::ChangeClassRole).toString() != m_changeClass)
        return false;
    return true;
}

bool CaseloadFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Missing values sort after present ones whichever way the column is sorted.
    if (!a.isValid() || !b.isValid()) {
        if (a.isValid() == b.isValid())
            return false;
        return sortOrder() == Qt::AscendingOrder ? a.isValid() : !a.isValid();
    }
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace paceplan::gui
