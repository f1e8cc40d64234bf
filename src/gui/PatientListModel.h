// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/patient/Patient.h"
#include "storage/PatientQuery.h"

#include <QAbstractTableModel>

#include <vector>

namespace paceplan::gui {

class ClinicSession;

/// The clinic's patients as a table, read page by page from the database so it stays quick with
/// 100,000 records. Filtering by name and sorting are done by the database's indexes.
class PatientListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, DateOfBirthColumn, ConditionColumn, PrecautionsColumn, UpdatedColumn, ColumnCount };
    enum Role {
        PatientIdRole = Qt::UserRole + 1, ///< qint64 row key.
        PatientUuidRole, ///< QString.
        ArchivedRole, ///< bool.
        ConditionCodeRole, ///< QString stable code.
    };
    static constexpr int kPageSize = 200;

    explicit PatientListModel(ClinicSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setNameFilter(const QString& text);
    void setArchiveFilter(storage::ArchiveFilter filter);
    /// How many patients match the filter (all pages).
    int matchCount() const { return m_total; }
    /// The row of a patient among the loaded rows, or -1.
    int rowOf(core::PatientId id) const;
    core::PatientId patientAt(int row) const;

public slots:
    /// Reads the first page again (after the database or its patients changed).
    void reload();

signals:
    void matchCountChanged(int count);

private:
    ClinicSession& m_session;
    storage::PatientQuery m_query;
    std::vector<core::Patient> m_rows;
    int m_total = 0;
};

} // namespace paceplan::gui
