// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/ScheduleModel.h"

#include "core/library/ExerciseCatalog.h"
#include "core/plan/DoseText.h"
#include "gui/plan/PlanLabels.h"

#include <QBrush>
#include <QFont>

namespace paceplan::gui {

ScheduleModel::ScheduleModel(QObject* parent) : QAbstractTableModel(parent) { }

void ScheduleModel::setSchedule(
    const core::Plan& plan, const core::Schedule& schedule, const core::ExerciseCatalog& catalog)
{
    beginResetModel();
    m_columns.clear();
    m_rows.clear();
    for (int day = 0; day < core::kDaysPerWeek; ++day) {
        for (const auto& item : plan.days.at(static_cast<std::size_t>(day)).items) {
            m_columns.push_back({ item.key,
                QStringLiteral("%1 · %2").arg(
                    shortWeekday(day), QString::fromStdString(core::exerciseName(catalog, item.exerciseId))) });
        }
    }
    for (const auto& week : schedule.weeks) {
        Row row;
        row.title = tr("Week %1").arg(week.week);
        row.tip
            = week.startDate.isValid() ? tr("From %1").arg(QString::fromStdString(week.startDate.toIso())) : QString();
        if (!week.phaseLabel.empty())
            row.tip
                += (row.tip.isEmpty() ? QString() : QStringLiteral(" · ")) + QString::fromStdString(week.phaseLabel);
        row.aerobicMinutes = week.aerobicMinutes;
        row.moderateMinutes = week.moderateMinutes;
        row.strengthDays = week.strengthDays;
        row.deload = week.deload;
        row.cells.resize(m_columns.size());
        for (const auto& session : week.sessions) {
            for (const auto& scheduled : session.items) {
                for (std::size_t c = 0; c < m_columns.size(); ++c) {
                    if (m_columns[c].key != scheduled.itemKey || row.cells[c].present)
                        continue;
                    Cell& cell = row.cells[c];
                    cell.present = true;
                    cell.text = shortDose(scheduled.dose);
                    cell.tip = QString::fromStdString(core::exerciseName(catalog, scheduled.exerciseId))
                        + QStringLiteral(": ") + QString::fromStdString(core::describeDose(scheduled.dose));
                    if (scheduled.heartRate)
                        cell.tip += tr("\nHeart rate %1-%2 beats a minute")
                                        .arg(scheduled.heartRate->low)
                                        .arg(scheduled.heartRate->high);
                    if (scheduled.ladderStep > 0) {
                        cell.text = QString::fromStdString(core::exerciseName(catalog, scheduled.exerciseId))
                            + QStringLiteral(" · ") + cell.text;
                    }
                    cell.deload = scheduled.deload;
                    if (cell.deload)
                        cell.tip += tr("\nEasier week");
                }
            }
        }
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

std::string ScheduleModel::itemKey(int column) const
{
    const int index = column - kFirstItemColumn;
    return index >= 0 && index < static_cast<int>(m_columns.size()) ? m_columns[static_cast<std::size_t>(index)].key
                                                                    : std::string();
}

int ScheduleModel::columnOf(const std::string& key) const
{
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        if (m_columns[c].key == key)
            return static_cast<int>(c) + kFirstItemColumn;
    }
    return -1;
}

int ScheduleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ScheduleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kFirstItemColumn + static_cast<int>(m_columns.size());
}

QVariant ScheduleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == ItemKeyRole)
        return QString::fromStdString(itemKey(column));
    if (column == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 min").arg(row.aerobicMinutes);
        case Qt::ToolTipRole:
            return tr("%1 aerobic minutes; %2 count as moderate (150 a week is the health goal)")
                .arg(row.aerobicMinutes)
                .arg(row.moderateMinutes);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (column == 1) {
        switch (role) {
        case Qt::DisplayRole:
            return QString::number(row.strengthDays);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignCenter);
        default:
            return {};
        }
    }
    const Cell& cell = row.cells[static_cast<std::size_t>(column - kFirstItemColumn)];
    switch (role) {
    case Qt::DisplayRole:
        return cell.present ? cell.text : QStringLiteral("–");
    case Qt::ToolTipRole:
        return cell.tip;
    case Qt::BackgroundRole:
        return cell.deload ? QVariant(QBrush(QColor(0xe8, 0xf5, 0xe9))) : QVariant();
    default:
        return {};
    }
}

QVariant ScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= static_cast<int>(m_rows.size()))
            return {};
        const Row& row = m_rows[static_cast<std::size_t>(section)];
        if (role == Qt::DisplayRole)
            return row.deload ? tr("%1 (easier)").arg(row.title) : row.title;
        if (role == Qt::ToolTipRole)
            return row.tip;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (section == 0)
        return role == Qt::DisplayRole ? tr("Aerobic") : tr("Aerobic minutes in the week");
    if (section == 1)
        return role == Qt::DisplayRole ? tr("Strength days") : tr("Days with strength work");
    const int index = section - kFirstItemColumn;
    if (index < 0 || index >= static_cast<int>(m_columns.size()))
        return {};
    return m_columns[static_cast<std::size_t>(index)].title;
}

} // namespace paceplan::gui
