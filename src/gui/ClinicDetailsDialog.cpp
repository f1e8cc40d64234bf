// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ClinicDetailsDialog.h"

#include "gui/ClinicSession.h"
#include "gui/Prompter.h"
#include "services/ClinicDetails.h"
#include "services/ErrorMessages.h"
#include "services/Handouts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paceplan::gui {

ClinicDetailsDialog::ClinicDetailsDialog(const report::HandoutClinic& clinic, QWidget* parent)
    : QDialog(parent), m_logo(clinic.logo)
{
    setWindowTitle(tr("Clinic details"));
    m_name = new QLineEdit(clinic.name, this);
    m_name->setObjectName(QStringLiteral("clinicName"));
    m_address = new QPlainTextEdit(clinic.address, this);
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(80);
    m_phone = new QLineEdit(clinic.phone, this);
    m_phone->setObjectName(QStringLiteral("clinicPhone"));
    m_phone->setPlaceholderText(tr("for example 01632 960000 ext 12"));
    m_phoneError = new QLabel(this);
    m_phoneError->setObjectName(QStringLiteral("clinicPhoneError"));
    m_phoneError->setWordWrap(true);
    m_phoneError->setStyleSheet(QStringLiteral("color: #a33;"));
    m_phoneError->hide();
    auto* phoneColumn = new QVBoxLayout;
    phoneColumn->setContentsMargins(0, 0, 0, 0);
    phoneColumn->addWidget(m_phone);
    phoneColumn->addWidget(m_phoneError);
    m_clinician = new QLineEdit(clinic.clinician, this);
    m_emergency = new QLineEdit(clinic.emergencyNumber, this);
    m_emergency->setPlaceholderText(tr("for example 999, 911 or 112"));
    m_logoPreview = new QLabel(this);
    m_logoPreview->setMinimumHeight(60);
    auto* chooseLogo = new QPushButton(tr("Choose logo\u2026"), this);
    auto* clearLogo = new QPushButton(tr("Remove logo"), this);
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview, 1);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(clearLogo);

    auto* form = new QFormLayout;
    form->addRow(tr("Clinic name:"), m_name);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Phone:"), phoneColumn);
    form->addRow(tr("Treating clinician:"), m_clinician);
    form->addRow(tr("Emergency number:"), m_emergency);
    form->addRow(tr("Logo:"), logoRow);
    auto* note
        = new QLabel(tr("These details are printed at the top of every handout and on the footer of each page."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(chooseLogo, &QPushButton::clicked, this, &ClinicDetailsDialog::chooseLogo);
    // Once a message shows, it follows the typing, so it goes away as soon as the number is right.
    connect(m_phone, &QLineEdit::textChanged, this, [this] {
        if (m_phoneError->isVisible())
            checkPhone();
    });
    connect(clearLogo, &QPushButton::clicked, this, [this] {
        m_logo = QImage();
        m_logoPreview->clear();
    });
    if (!m_logo.isNull())
        m_logoPreview->setPixmap(QPixmap::fromImage(m_logo.scaledToHeight(56, Qt::SmoothTransformation)));
    resize(520, sizeHint().height());
}

report::HandoutClinic ClinicDetailsDialog::clinic() const
{
    report::HandoutClinic clinic;
    clinic.name = m_name->text().trimmed();
    clinic.address = m_address->toPlainText().trimmed();
    clinic.phone = m_phone->text().trimmed();
    clinic.clinician = m_clinician->text().trimmed();
    clinic.emergencyNumber = m_emergency->text().trimmed();
    clinic.logo = m_logo;
    return clinic;
}

bool ClinicDetailsDialog::checkPhone()
{
    const QString problem = services::clinicPhoneProblem(m_phone->text());
    m_phoneError->setText(problem);
    m_phoneError->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

void ClinicDetailsDialog::accept()
{
    if (!checkPhone()) {
        m_phone->setFocus();
        m_phone->selectAll();
        return;
    }
    QDialog::accept();
}

void ClinicDetailsDialog::chooseLogo()
{
    const QString file = Prompter::instance().openFile(this, tr("Choose logo"), tr("Images (*.png *.jpg *.jpeg)"));
    if (file.isEmpty())
        return;
    const QImage image(file);
    if (image.isNull()) {
        Prompter::instance().showError(this, tr("Choose logo"), tr("This file is not a PNG or JPEG picture."));
        return;
    }
    m_logo = image;
    m_logoPreview->setPixmap(QPixmap::fromImage(m_logo.scaledToHeight(56, Qt::SmoothTransformation)));
}

} // namespace paceplan::gui

namespace paceplan::gui {

bool editClinicDetails(ClinicSession& session, QWidget* parent)
{
    auto* clinic = session.clinic();
    if (!clinic)
        return false;
    ClinicDetailsDialog dialog(services::clinicDetails(*clinic), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (auto status = services::saveClinicDetails(*clinic, dialog.clinic()); !status) {
        Prompter::instance().showError(
            parent, ClinicDetailsDialog::tr("Clinic details"), services::databaseErrorMessage(status.error()));
        return false;
    }
    return true;
}

} // namespace paceplan::gui
