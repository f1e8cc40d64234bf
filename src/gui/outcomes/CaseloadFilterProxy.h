// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace paceplan::gui {

/// Filters the caseload by name text, by change class and to flagged patients only; sorts numbers as
/// numbers with missing values last in either order.
class CaseloadFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CaseloadFilterProxy(QObject* parent = nullptr);

    /// Shows only patients whose name contains this text (case-insensitive); empty shows all.
    void setNameFilter(const QString& text);
    /// Shows only patients with at least one flag.
    void setFlaggedOnly(bool flaggedOnly);
    /// Shows only patients whose change class has this stable code; empty shows all.
    void setChangeClassFilter(const QString& code);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_name;
    QString m_changeClass;
    bool m_flaggedOnly = false;
};

} // namespace paceplan::gui
