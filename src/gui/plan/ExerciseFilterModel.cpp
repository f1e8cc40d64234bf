// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/ExerciseFilterModel.h"

#include "gui/plan/ExerciseListModel.h"

#include <QRegularExpression>

namespace paceplan::gui {

ExerciseFilterModel::ExerciseFilterModel(QObject* parent) : QSortFilterProxyModel(parent) { }

void ExerciseFilterModel::setSearchText(const QString& text)
{
    m_words = text.simplified().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void ExerciseFilterModel::setCategory(int category)
{
    m_category = category;
    invalidateFilter();
}

void ExerciseFilterModel::setRegion(const QString& region)
{
    m_region = region;
    invalidateFilter();
}

void ExerciseFilterModel::setEquipment(const QString& equipment)
{
    m_equipment = equipment;
    invalidateFilter();
}

void ExerciseFilterModel::setLevel(int level)
{
    m_level = level;
    invalidateFilter();
}

bool ExerciseFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_category >= 0 && index.data(ExerciseListModel::CategoryRole).toInt() != m_category)
        return false;
    if (m_level > 0 && index.data(ExerciseListModel::LevelRole).toInt() != m_level)
        return false;
    if (!m_region.isEmpty() && !index.data(ExerciseListModel::RegionsRole).toStringList().contains(m_region))
        return false;
    if (!m_equipment.isEmpty()) {
        const QStringList equipment = index.data(ExerciseListModel::EquipmentRole).toStringList();
        if (m_equipment == QLatin1String("none") ? !equipment.isEmpty() : !equipment.contains(m_equipment))
            return false;
    }
    if (m_words.isEmpty())
        return true;
    static const QRegularExpression kSeparators(QStringLiteral("[^\\w]+"));
    const QStringList nameWords
        = index.data(Qt::DisplayRole).toString().toCaseFolded().split(kSeparators, Qt::SkipEmptyParts);
    for (const QString& word : m_words) {
        const bool found = std::any_of(
            nameWords.begin(), nameWords.end(), [&](const QString& name) { return name.startsWith(word); });
        if (!found)
            return false;
    }
    return true;
}

} // namespace paceplan::gui
