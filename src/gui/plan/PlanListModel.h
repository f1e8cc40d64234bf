// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/PlanRecords.h"

#include <QAbstractTableModel>

#include <vector>

namespace paceplan::gui {

/// The plans of one patient: title, active revision and the state of the newest revision.
class PlanListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, ActiveColumn, LatestColumn, ColumnCount };

    explicit PlanListModel(QObject* parent = nullptr);

    void setPlans(std::vector<storage::PlanSummary> plans);
    const storage::PlanSummary* plan(int row) const;
    /// The row of a plan, or -1.
    int rowOf(core::PlanId id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<storage::PlanSummary> m_plans;
};

/// The translated name of a revision state ("draft", "active", ...).
QString revisionStateLabel(storage::RevisionState state);

} // namespace paceplan::gui
