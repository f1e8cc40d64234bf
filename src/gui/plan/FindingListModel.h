// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/PlanChecks.h"

#include <QAbstractListModel>

#include <vector>

namespace paceplan::gui {

/// The findings of the plan checks as a list with a severity icon; the item key is in ItemKeyRole.
class FindingListModel : public QAbstractListModel {
    Q_OBJECT

public:
    static constexpr int ItemKeyRole = Qt::UserRole + 1;
    static constexpr int SeverityRole = Qt::UserRole + 2;

    explicit FindingListModel(QObject* parent = nullptr);

    void setFindings(const std::vector<core::PlanFinding>& findings);
    const std::vector<core::PlanFinding>& findings() const { return m_findings; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::PlanFinding> m_findings;
};

} // namespace paceplan::gui
