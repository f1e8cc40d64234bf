// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Date.h"
#include "core/patient/Patient.h"

#include <QString>

class QTextDocument;

namespace paceplan::report {

/// The clinic details printed at the top of documents.
struct ClinicDetails {
    QString name;
    QString address;
    QString phone;
    QString clinician;
};

/// Builds a printable one-page record summary of a patient, for the clinic's paper file.
class PatientSummary {
public:
    PatientSummary(core::Patient patient, ClinicDetails clinic, core::Date printedOn);

    /// The summary as HTML for a QTextDocument.
    QString html() const;
    /// Fills `document` with the summary.
    void build(QTextDocument& document) const;

private:
    core::Patient m_patient;
    ClinicDetails m_clinic;
    core::Date m_printedOn;
};

} // namespace paceplan::report
