// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Plan.h"
#include "core/plan/Schedule.h"

#include <QAbstractTableModel>

#include <string>
#include <vector>

namespace paceplan::core {
class ExerciseCatalog;
}

namespace paceplan::gui {

/// The dated schedule as a table: one row per week; columns for aerobic minutes, strength days and then
/// the dose of each plan item that week.
class ScheduleModel : public QAbstractTableModel {
    Q_OBJECT

public:
    /// The first item column; earlier columns are the weekly totals.
    static constexpr int kFirstItemColumn = 2;
    /// The item key of a column.
    static constexpr int ItemKeyRole = Qt::UserRole + 1;

    explicit ScheduleModel(QObject* parent = nullptr);

    void setSchedule(const core::Plan& plan, const core::Schedule& schedule, const core::ExerciseCatalog& catalog);
    /// The item key of a column, or empty for a totals column.
    std::string itemKey(int column) const;
    /// The column of an item, or -1.
    int columnOf(const std::string& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Column {
        std::string key;
        QString title;
    };
    struct Cell {
        QString text;
        QString tip;
        bool deload = false;
        bool present = false;
    };
    struct Row {
        QString title;
        QString tip;
        int aerobicMinutes = 0;
        int moderateMinutes = 0;
        int strengthDays = 0;
        bool deload = false;
        std::vector<Cell> cells;
    };

    std::vector<Column> m_columns;
    std::vector<Row> m_rows;
};

} // namespace paceplan::gui
