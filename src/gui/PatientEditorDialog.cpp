// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/PatientEditorDialog.h"

#include "core/patient/PatientValidation.h"
#include "report/QtDate.h"
#include "report/ReportTexts.h"
#include "services/ErrorMessages.h"
#include "ui_PatientEditorDialog.h"

#include <QCheckBox>
#include <QPushButton>

namespace paceplan::gui {

namespace {

template <typename Enum, typename Label>
void fillCombo(QComboBox* combo, const std::vector<Enum>& values, Label label, Enum current)
{
    for (const auto value : values) {
        combo->addItem(label(value), static_cast<int>(value));
        if (value == current)
            combo->setCurrentIndex(combo->count() - 1);
    }
}

template <typename Enum> Enum comboValue(const QComboBox* combo)
{
    return static_cast<Enum>(combo->currentData().toInt());
}

} // namespace

PatientEditorDialog::PatientEditorDialog(const core::Patient& patient, core::Date today, Saver saver, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PatientEditorDialog>()), m_original(patient), m_today(today),
      m_saver(std::move(saver))
{
    m_ui->setupUi(this);
    setWindowTitle(patient.id.isValid() ? tr("Edit patient") : tr("New patient"));

    m_ui->givenNameEdit->setText(QString::fromStdString(patient.givenName));
    m_ui->familyNameEdit->setText(QString::fromStdString(patient.familyName));
    m_ui->dateOfBirthEdit->setMinimumDate(QDate(1900, 1, 1));
    m_ui->dateOfBirthEdit->setMaximumDate(QDate(2999, 12, 31));
    m_ui->dateOfBirthEdit->setDate(
        patient.dateOfBirth.isValid() ? report::toQDate(patient.dateOfBirth) : QDate(1970, 1, 1));
    fillCombo(m_ui->sexEdit, core::allSexes(), report::sexLabel, patient.sex);
    m_ui->phoneEdit->setText(QString::fromStdString(patient.phone));
    m_ui->emailEdit->setText(QString::fromStdString(patient.email));
    fillCombo(m_ui->conditionEdit, core::allPrimaryConditions(), report::conditionLabel, patient.condition);
    fillCombo(m_ui->painDurationEdit, core::allPainDurations(), report::painDurationLabel, patient.painDuration);
    m_ui->restingHeartRateEdit->setValue(patient.restingHeartRate.value_or(0));
    m_ui->precautionNotesEdit->setPlainText(QString::fromStdString(patient.precautionNotes));
    m_ui->clinicianNotesEdit->setPlainText(QString::fromStdString(patient.clinicianNotes));

    int index = 0;
    for (const auto precaution : core::allPrecautions()) {
        auto* box = new QCheckBox(report::precautionLabel(precaution), m_ui->precautionsBox);
        box->setObjectName(QStringLiteral("precaution_%1").arg(QString::fromLatin1(core::precautionCode(precaution))));
        box->setChecked(patient.hasPrecaution(precaution));
        m_ui->precautionsGrid->addWidget(box, index / 2, index % 2);
        m_precautionBoxes[precaution] = box;
        ++index;
    }

    namespace f = core::patient_field;
    m_errorLabels = {
        { f::kGivenName, m_ui->givenNameError },
        { f::kFamilyName, m_ui->familyNameError },
        { f::kDateOfBirth, m_ui->dateOfBirthError },
        { f::kPhone, m_ui->phoneError },
        { f::kEmail, m_ui->emailError },
        { f::kRestingHeartRate, m_ui->restingHeartRateError },
        { f::kPrecautionNotes, m_ui->precautionNotesError },
        { f::kClinicianNotes, m_ui->clinicianNotesError },
    };
    for (const auto& [field, label] : m_errorLabels)
        label->setObjectName(QString::fromStdString(field) + QStringLiteral("Error"));

    m_ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PatientEditorDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->givenNameEdit->setFocus();
}

PatientEditorDialog::~PatientEditorDialog() = default;

core::Patient PatientEditorDialog::patientFromForm() const
{
    core::Patient patient = m_original;
    patient.givenName = m_ui->givenNameEdit->text().toStdString();
    patient.familyName = m_ui->familyNameEdit->text().toStdString();
    patient.dateOfBirth = report::fromQDate(m_ui->dateOfBirthEdit->date());
    patient.sex = comboValue<core::Sex>(m_ui->sexEdit);
    patient.phone = m_ui->phoneEdit->text().toStdString();
    patient.email = m_ui->emailEdit->text().toStdString();
    patient.condition = comboValue<core::PrimaryCondition>(m_ui->conditionEdit);
    patient.painDuration = comboValue<core::PainDuration>(m_ui->painDurationEdit);
    const int heartRate = m_ui->restingHeartRateEdit->value();
    patient.restingHeartRate = heartRate == 0 ? std::nullopt : std::optional<int>(heartRate);
    patient.precautionNotes = m_ui->precautionNotesEdit->toPlainText().toStdString();
    patient.clinicianNotes = m_ui->clinicianNotesEdit->toPlainText().toStdString();
    patient.precautions.clear();
    for (const auto& [precaution, box] : m_precautionBoxes)
        if (box->isChecked())
            patient.precautions.push_back(precaution);
    return core::normalizedPatient(std::move(patient));
}

QString PatientEditorDialog::fieldError(const std::string& field) const
{
    const auto it = m_errorLabels.find(field);
    return it != m_errorLabels.end() && !it->second->isHidden() ? it->second->text() : QString();
}

void PatientEditorDialog::save()
{
    clearErrors();
    auto patient = patientFromForm();
    const auto errors = core::validatePatient(patient, m_today);
    if (!errors.empty()) {
        showErrors(errors);
        return;
    }
    auto saved = m_saver(std::move(patient));
    if (!saved) {
        if (m_errorLabels.count(saved.error().field) != 0) {
            showErrors({ saved.error() });
        } else {
            m_ui->formError->setText(services::databaseErrorMessage(saved.error()));
            m_ui->formError->show();
        }
        return;
    }
    m_saved = std::move(saved).value();
    accept();
}

void PatientEditorDialog::showErrors(const std::vector<core::Error>& errors)
{
    QWidget* firstField = nullptr;
    for (const auto& error : errors) {
        const auto it = m_errorLabels.find(error.field);
        if (it == m_errorLabels.end())
            continue;
        it->second->setText(services::patientFieldMessage(error));
        it->second->show();
        if (!firstField)
            firstField = findChild<QWidget*>(QString::fromStdString(error.field) + QStringLiteral("Edit"));
    }
    m_ui->formError->setText(tr("Please correct the fields marked below."));
    m_ui->formError->show();
    if (firstField)
        firstField->setFocus();
}

void PatientEditorDialog::clearErrors()
{
    m_ui->formError->hide();
    for (const auto& [field, label] : m_errorLabels) {
        label->clear();
        label->hide();
    }
}

} // namespace paceplan::gui
