// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/patient/Patient.h"

#include <QWidget>

class QLabel;

namespace paceplan::gui {

/// A read-only summary of one patient: identity, condition, precautions and notes.
class PatientOverviewWidget : public QWidget {
    Q_OBJECT

public:
    explicit PatientOverviewWidget(QWidget* parent = nullptr);

    void setPatient(const core::Patient& patient, core::Date today);

private:
    QLabel* m_name = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_archived = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_precautions = nullptr;
    QLabel* m_notes = nullptr;
};

} // namespace paceplan::gui
