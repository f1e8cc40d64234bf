// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/Caseload.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace paceplan::gui {

class CaseloadFilterProxy;
class CaseloadModel;

/// The caseload: every active patient in a sortable, filterable table; double-click opens the patient.
class CaseloadView : public QWidget {
    Q_OBJECT
public:
    explicit CaseloadView(QWidget* parent = nullptr);

    /// Shows these rows.
    void setRows(std::vector<services::CaseloadRow> rows);

    CaseloadModel* model() const { return m_model; }
    CaseloadFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* nameFilter() const { return m_name; }
    QCheckBox* flaggedOnly() const { return m_flagged; }

signals:
    /// The user asked to open this patient (double-click or Enter on a row).
    void patientActivated(paceplan::core::PatientId patient);

private:
    void updateCount();

    CaseloadModel* m_model = nullptr;
    CaseloadFilterProxy* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_name = nullptr;
    QCheckBox* m_flagged = nullptr;
    QComboBox* m_class = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace paceplan::gui
