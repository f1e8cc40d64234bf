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

private:
    void chooseLogo();

    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_clinician = nullptr;
    QLineEdit* m_emergency = nullptr;
    QLabel* m_logoPreview = nullptr;
    QImage m_logo;
};

} // namespace paceplan::gui
