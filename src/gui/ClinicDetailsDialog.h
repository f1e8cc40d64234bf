// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/handout/HandoutContent.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace paceplan::gui {

/// Edits the clinic's letterhead for handouts and printed records: name, address, phone, treating clinician,
/// emergency number and logo. Set once; kept in the clinic database.
class ClinicDetailsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ClinicDetailsDialog(const report::HandoutClinic& clinic, QWidget* parent = nullptr);

    report::HandoutClinic clinic() const;

    /// Saves only when the phone number passes the clinic's rule; otherwise says why next to the field.
    void accept() override;

private:
    void chooseLogo();
    /// Shows the phone rule under the field while the number breaks it; true when it is fine.
    bool checkPhone();

    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    QLabel* m_phoneError = nullptr;
    QLineEdit* m_clinician = nullptr;
    QLineEdit* m_emergency = nullptr;
    QLabel* m_logoPreview = nullptr;
    QImage m_logo;
};

class ClinicSession;

/// Shows the clinic details dialog for the open clinic and saves what the clinician accepts; true when saved.
bool editClinicDetails(ClinicSession& session, QWidget* parent);

} // namespace paceplan::gui
