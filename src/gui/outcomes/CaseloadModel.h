// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/Caseload.h"

#include <QAbstractTableModel>

#include <vector>

namespace paceplan::gui {

/// Every active patient with last pain, change since baseline and its class, two-week adherence and flags.
class CaseloadModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, PainColumn, ChangeColumn, ClassColumn, AdherenceColumn, FlagsColumn, ColumnCount };
    enum Role {
        PatientIdRole = Qt::UserRole + 1, ///< qint64 patient id.
        SortRole, ///< A value that sorts the column sensibly (numbers as numbers, missing values last).
        FlagCountRole, ///< int number of raised flags.
        ChangeClassRole, ///< QString stable code of the change class.
        FlagCodesRole, ///< QStringList stable codes of the raised flags, in core's order.
    };

    explicit CaseloadModel(QObject* parent = nullptr);

    /// Replaces the rows.
    void setRows(std::vector<services::CaseloadRow> rows);
    const services::CaseloadRow& row(int index) const { return m_rows.at(static_cast<std::size_t>(index)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The plain label of a change class.
    static QString changeClassLabel(core::ChangeClass value);

private:
    std::vector<services::CaseloadRow> m_rows;
};

} // namespace paceplan::gui
