// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/Outcomes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace paceplan::gui {

class SessionWeekModel;

/// The session diary of one week, keyed in from the keyboard: type a cell, Tab to the next, Save.
class SessionWeekGrid : public QWidget {
    Q_OBJECT
public:
    explicit SessionWeekGrid(services::OutcomeStore& store, QWidget* parent = nullptr);

    /// Shows the patient's diary for the week that holds `day`.
    void setPatientData(
        const services::PatientOutcomeData& patientData, core::PatientId patient, const core::Date& day);
    /// Moves to the week that holds `day`, keeping the patient.
    void showWeekOf(const core::Date& day);
    /// Stores every edited day; returns how many were stored, or -1 when one failed.
    int save();

    SessionWeekModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* saveButton() const { return m_save; }

signals:
    /// Session logs were stored.
    void logsSaved();

private:
    services::OutcomeStore& m_store;
    services::PatientOutcomeData m_data;
    core::PatientId m_patient;
    SessionWeekModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_week = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace paceplan::gui
