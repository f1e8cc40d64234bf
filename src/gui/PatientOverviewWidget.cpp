// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/PatientOverviewWidget.h"

#include "report/ReportTexts.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace paceplan::gui {

namespace {

QLabel* makeLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QString esc(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

} // namespace

PatientOverviewWidget::PatientOverviewWidget(QWidget* parent) : QWidget(parent)
{
    m_name = makeLabel(this, "overviewName");
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_subtitle = makeLabel(this, "overviewSubtitle");
    m_archived = makeLabel(this, "overviewArchived");
    m_archived->setText(tr("Archived: this patient is hidden from the active list."));
    m_archived->setStyleSheet(
        QStringLiteral("QLabel { background: palette(alternate-base); padding: 6px; border-radius: 4px; }"));
    m_details = makeLabel(this, "overviewDetails");
    m_precautions = makeLabel(this, "overviewPrecautions");
    m_notes = makeLabel(this, "overviewNotes");

    auto* detailsBox = new QGroupBox(tr("Details"), this);
    (new QVBoxLayout(detailsBox))->addWidget(m_details);
    auto* precautionsBox = new QGroupBox(tr("Precautions"), this);
    (new QVBoxLayout(precautionsBox))->addWidget(m_precautions);
    auto* notesBox = new QGroupBox(tr("Clinician notes"), this);
    (new QVBoxLayout(notesBox))->addWidget(m_notes);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_name);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_archived);
    auto* columns = new QHBoxLayout;
    columns->addWidget(detailsBox, 1);
    columns->addWidget(precautionsBox, 1);
    layout->addLayout(columns);
    layout->addWidget(notesBox);
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void PatientOverviewWidget::setPatient(const core::Patient& patient, core::Date today)
{
    m_name->setText(QString::fromStdString(patient.givenName + " " + patient.familyName));
    const auto age = patient.ageOn(today);
    m_subtitle->setText(age ? tr("%1, age %2").arg(report::conditionLabel(patient.condition)).arg(*age)
                            : report::conditionLabel(patient.condition));
    m_archived->setVisible(patient.archived);

    const QString none = tr("Not recorded");
    auto line = [&](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label, value.isEmpty() ? none : value);
    };
    QString details = QStringLiteral("<table>");
    details += line(tr("Date of birth"), QString::fromStdString(patient.dateOfBirth.toIso()));
    details += line(tr("Sex"), report::sexLabel(patient.sex));
    details += line(tr("Phone"), esc(patient.phone));
    details += line(tr("Email"), esc(patient.email));
    details += line(tr("Pain duration"), report::painDurationLabel(patient.painDuration));
    details += line(
        tr("Resting heart rate"), patient.restingHeartRate ? tr("%1 bpm").arg(*patient.restingHeartRate) : QString());
    details += QStringLiteral("</table>");
    m_details->setText(details);

    QString precautions;
    for (const auto precaution : patient.precautions)
        precautions += QStringLiteral("&#9888; %1<br>").arg(report::precautionLabel(precaution));
    if (!patient.precautionNotes.empty())
        precautions += esc(patient.precautionNotes);
    m_precautions->setText(precautions.isEmpty() ? tr("None recorded") : precautions);

    m_notes->setText(patient.clinicianNotes.empty()
            ? tr("No notes yet.")
            : esc(patient.clinicianNotes).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

} // namespace paceplan::gui
