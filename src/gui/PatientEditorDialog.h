// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/patient/Patient.h"

#include <QDialog>

#include <functional>
#include <map>
#include <memory>
#include <string>

class QCheckBox;
class QLabel;

namespace Ui {
class PatientEditorDialog;
}

namespace paceplan::gui {

/// Edits a new or existing patient; each problem is shown next to its field and nothing is saved until all
/// fields are valid.
class PatientEditorDialog : public QDialog {
    Q_OBJECT

public:
    /// Stores the patient and returns it as stored, or an error.
    using Saver = std::function<core::Result<core::Patient>(core::Patient)>;

    PatientEditorDialog(const core::Patient& patient, core::Date today, Saver saver, QWidget* parent = nullptr);
    ~PatientEditorDialog() override;

    /// The patient as typed in the form.
    core::Patient patientFromForm() const;
    /// The patient as stored, after a successful save.
    const core::Patient& savedPatient() const { return m_saved; }
    /// The message shown next to a field ("givenName", "email", ...), empty when none.
    QString fieldError(const std::string& field) const;

public slots:
    /// Validates, saves through the saver and closes on success.
    void save();

private:
    void showErrors(const std::vector<core::Error>& errors);
    void clearErrors();

    std::unique_ptr<Ui::PatientEditorDialog> m_ui;
    core::Patient m_original;
    core::Patient m_saved;
    core::Date m_today;
    Saver m_saver;
    std::map<std::string, QLabel*> m_errorLabels;
    std::map<core::Precaution, QCheckBox*> m_precautionBoxes;
};

} // namespace paceplan::gui
