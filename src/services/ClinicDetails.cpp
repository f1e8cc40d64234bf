// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ClinicDetails.h"

#include "core/patient/PatientValidation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace paceplan::services {

namespace {

/// Longer than any real number with an extension; keeps pasted text out of every page footer.
constexpr int kMaxClinicPhoneLength = 40;

} // namespace

bool isValidClinicPhone(const QString& phone)
{
    const QString text = phone.trimmed();
    if (text.isEmpty())
        return true;
    if (text.size() > kMaxClinicPhoneLength)
        return false;
    static const QRegularExpression withExtension(
        QStringLiteral("^(.*?)\\s*(?:(?:extension|ext\\.?|x|#)\\s*[0-9]{1,6})?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = withExtension.match(text);
    if (!match.hasMatch())
        return false;
    return core::isPlausiblePhone(match.captured(1).toStdString());
}

QString clinicPhoneRule()
{
    return QCoreApplication::translate("paceplan::services::ClinicDetails",
        "Enter a phone number patients can call: digits, spaces and + - ( ) only, with at least 6 digits. An "
        "extension may follow, such as \"ext 12\".");
}

QString clinicPhoneProblem(const QString& phone)
{
    return isValidClinicPhone(phone) ? QString() : clinicPhoneRule();
}

bool clinicDetailsMissing(const report::HandoutClinic& clinic)
{
    return clinic.name.trimmed().isEmpty() || clinic.phone.trimmed().isEmpty();
}

} // namespace paceplan::services
