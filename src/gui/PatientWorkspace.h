// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Id.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace paceplan::gui {

class ClinicSession;
class PatientOverviewWidget;

/// The work area for the current patient: one tab per job (overview; plan, outcomes and handout pages
/// register here as they are added). Shows a short guide when no patient is chosen.
class PatientWorkspace : public QWidget {
    Q_OBJECT

public:
    explicit PatientWorkspace(ClinicSession& session, QWidget* parent = nullptr);

    /// Adds a page for the current patient, shown as a tab.
    void addPage(QWidget* page, const QString& title);
    QTabWidget* tabs() const { return m_tabs; }
    PatientOverviewWidget* overview() const { return m_overview; }

signals:
    void newPatientRequested();

private:
    void showPatient(core::PatientId id);

    ClinicSession& m_session;
    QStackedWidget* m_stack = nullptr;
    QTabWidget* m_tabs = nullptr;
    PatientOverviewWidget* m_overview = nullptr;
};

} // namespace paceplan::gui
