// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/Outcomes.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace paceplan::gui {

class TrendChartView;
class TrendTableModel;

/// The trends of one patient: an instrument chooser, a date range, the chart with a table beside it, one
/// summary line per instrument and export to PNG, PDF and CSV.
class TrendsWidget : public QWidget {
    Q_OBJECT
public:
    explicit TrendsWidget(QWidget* parent = nullptr);

    /// Shows this patient's data; keeps the chosen instrument when it still has results.
    void setPatientData(const services::PatientOutcomeData& patientData, const core::Date& today);
    /// Chooses the instrument to draw ("" = the session diary).
    void showInstrument(const QString& code);
    /// Limits the chart and table to these dates (inclusive).
    void setRange(const QDate& from, const QDate& to);

    /// Writes the chart as PNG; false when the file cannot be written.
    bool exportPng(const QString& path);
    /// Writes the chart and the summary lines as a one-page PDF.
    bool exportPdf(const QString& path);
    /// Writes the table as CSV.
    bool exportCsv(const QString& path);

    TrendChartView* chartView() const { return m_chart; }
    TrendTableModel* tableModel() const { return m_table; }
    QComboBox* instrumentBox() const { return m_instrument; }
    /// The summary lines shown, one per instrument.
    QStringList summaryLines() const;

private:
    void redraw();
    void exportWith(const QString& title, const QString& suffix, const QString& filter);

    services::PatientOutcomeData m_data;
    core::Date m_today;
    QComboBox* m_instrument = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    TrendChartView* m_chart = nullptr;
    TrendTableModel* m_table = nullptr;
    QTableView* m_tableView = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace paceplan::gui
