// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/Outcomes.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace paceplan::gui {

class ClinicSession;
class InstrumentForm;
class QuickPainEntry;
class SessionWeekGrid;
class TrendsWidget;

/// The "Outcomes" page of the patient workspace: quick pain entry, measure entry with history (edit, delete),
/// the session diary week grid and the trends.
class OutcomesPage : public QWidget {
    Q_OBJECT
public:
    explicit OutcomesPage(services::OutcomeStore& store, QWidget* parent = nullptr);

    /// Follows the session's current patient and date.
    void connectSession(ClinicSession& session);
    /// Shows this patient's outcomes as of `today`.
    void setPatient(core::PatientId patient, const core::Date& today);
    /// Reads the patient's data again from the store.
    void reload();
    /// Chooses the instrument whose form is shown.
    void chooseInstrument(const QString& code);

    QuickPainEntry* quickPain() const { return m_quickPain; }
    InstrumentForm* form() const { return m_form; }
    SessionWeekGrid* weekGrid() const { return m_weekGrid; }
    TrendsWidget* trends() const { return m_trends; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* history() const { return m_history; }
    const services::PatientOutcomeData& patientData() const { return m_data; }

signals:
    /// Outcomes or session logs of the patient were stored or deleted.
    void outcomesChanged(paceplan::core::PatientId patient);

private:
    void showForm();
    void fillHistory();
    void storeEntry(services::OutcomeEntry entry);
    void editSelected();
    void deleteSelected();
    void recordQuickPain(int rating);
    void afterChange();

    services::OutcomeStore& m_store;
    core::PatientId m_patient;
    core::Date m_today;
    services::PatientOutcomeData m_data;
    QuickPainEntry* m_quickPain = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_instrument = nullptr;
    QStackedWidget* m_formHolder = nullptr;
    InstrumentForm* m_form = nullptr;
    QTableWidget* m_history = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    SessionWeekGrid* m_weekGrid = nullptr;
    TrendsWidget* m_trends = nullptr;
};

} // namespace paceplan::gui
