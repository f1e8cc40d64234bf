// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/Trends.h"

#include <QAbstractTableModel>

namespace paceplan::gui {

/// The results of one instrument as a table beside the chart: date, score, band, change from baseline, notes.
class TrendTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, ScoreColumn, BandColumn, ChangeColumn, NotesColumn, ColumnCount };

    explicit TrendTableModel(QObject* parent = nullptr);

    /// Shows the points of this trend.
    void setTrend(const services::InstrumentTrend& trend);
    /// The table as CSV text (header row, then one row per result), quoted where needed.
    QString toCsv() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    services::InstrumentTrend m_trend;
};

} // namespace paceplan::gui
