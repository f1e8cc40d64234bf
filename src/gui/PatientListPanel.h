// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Id.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace paceplan::gui {

class ClinicSession;
class PatientListModel;

/// The patient list: a search box that filters as you type, an active/archived filter and a sortable table.
class PatientListPanel : public QWidget {
    Q_OBJECT

public:
    explicit PatientListPanel(ClinicSession& session, QWidget* parent = nullptr);

    PatientListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    /// Selects a patient's row when it is listed.
    void select(core::PatientId id);

signals:
    /// The user asked to open (edit) the patient, by double-click or Enter.
    void activated(paceplan::core::PatientId id);

private:
    void updateCount(int count);
    void selectionChanged();

    ClinicSession& m_session;
    PatientListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_filter = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace paceplan::gui
