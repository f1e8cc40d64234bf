// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/PatientSummary.h"

#include "report/ReportTexts.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace paceplan::report {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paceplan::report::PatientSummary", text);
}

QString esc(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral(
        "<tr><td style='padding:4px 12px 4px 0; color:#444;'><b>%1</b></td><td style='padding:4px 0;'>%2</td></tr>")
        .arg(label, value.isEmpty() ? QStringLiteral("&mdash;") : value);
}

} // namespace

PatientSummary::PatientSummary(core::Patient patient, ClinicDetails clinic, core::Date printedOn)
    : m_patient(std::move(patient)), m_clinic(std::move(clinic)), m_printedOn(printedOn)
{
}

QString PatientSummary::html() const
{
    QString precautions;
    for (const auto precaution : m_patient.precautions) {
        if (!precautions.isEmpty())
            precautions += QStringLiteral(", ");
        precautions += precautionLabel(precaution);
    }
    if (!m_patient.precautionNotes.empty())
        precautions += (precautions.isEmpty() ? QString() : QStringLiteral("<br>")) + esc(m_patient.precautionNotes);

    const auto age = m_patient.ageOn(m_printedOn);
    QString out;
    if (!m_clinic.name.isEmpty())
        out += QStringLiteral("<h2 style='margin-bottom:0'>%1</h2>").arg(m_clinic.name.toHtmlEscaped());
    if (!m_clinic.address.isEmpty() || !m_clinic.phone.isEmpty())
        out += QStringLiteral("<p style='color:#444; margin-top:2px'>%1 &nbsp; %2</p>")
                   .arg(m_clinic.address.toHtmlEscaped(), m_clinic.phone.toHtmlEscaped());
    out += QStringLiteral("<h1>%1</h1>").arg(tr("Patient record summary"));
    out += QStringLiteral("<table cellspacing='0'>");
    out += row(tr("Name"), esc(m_patient.givenName + " " + m_patient.familyName));
    out += row(tr("Date of birth"),
        QString::fromStdString(m_patient.dateOfBirth.toIso())
            + (age ? QStringLiteral(" (%1)").arg(tr("age %1").arg(*age)) : QString()));
    out += row(tr("Sex"), sexLabel(m_patient.sex));
    out += row(tr("Phone"), esc(m_patient.phone));
    out += row(tr("Email"), esc(m_patient.email));
    out += row(tr("Main condition"), conditionLabel(m_patient.condition));
    out += row(tr("Pain duration"), painDurationLabel(m_patient.painDuration));
    out += row(tr("Resting heart rate"),
        m_patient.restingHeartRate ? tr("%1 beats per minute").arg(*m_patient.restingHeartRate) : QString());
    out += row(tr("Precautions"), precautions);
    out += row(tr("Status"), m_patient.archived ? tr("Archived") : tr("Active"));
    out += QStringLiteral("</table>");
    out += QStringLiteral("<h3>%1</h3><p>%2</p>")
               .arg(tr("Clinician notes"),
                   m_patient.clinicianNotes.empty()
                       ? QStringLiteral("&mdash;")
                       : esc(m_patient.clinicianNotes).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    out += QStringLiteral("<p style='color:#666; font-size:small'>%1</p>")
               .arg(tr("Printed on %1 by %2. Confidential: contains personal health information.")
                        .arg(QString::fromStdString(m_printedOn.toIso()), m_clinic.clinician.toHtmlEscaped()));
    return out;
}

void PatientSummary::build(QTextDocument& document) const
{
    QFont font = document.defaultFont();
    font.setPointSizeF(11);
    document.setDefaultFont(font);
    document.setHtml(html());
}

} // namespace paceplan::report
