// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/handout/SafetyWording.h"

namespace paceplan::report {

QString SafetyWording::emergencyHelp()
{
    return tr("get emergency help straight away");
}

QString SafetyWording::emergencyHow(const QString& emergencyNumber)
{
    return emergencyNumber.isEmpty() ? tr("Call for an ambulance or go to the emergency department.")
                                     : tr("Call %1 or go to the emergency department.").arg(emergencyNumber);
}

QStringList SafetyWording::emergencySigns()
{
    return { tr("You have chest pain that does not go away when you rest"), tr("You faint"),
        tr("You have numbness around your bottom or between your legs"),
        tr("You cannot pass urine, or you cannot control your bladder or bowels"),
        tr("Both legs feel weak or numb, or your walking gets worse fast"),
        tr("You suddenly have trouble speaking or seeing, or one side of your face or body feels weak") };
}

QStringList SafetyWording::conflictingPhrases()
{
    return { QStringLiteral("urgent care"), QStringLiteral("same day"), QStringLiteral("within 24 hours") };
}

QString SafetyWording::contactClinic(const QString& phone)
{
    return phone.isEmpty() ? tr("contact your physio") : tr("call us on %1").arg(phone);
}

QString SafetyWording::contactClinicStart(const QString& phone)
{
    return phone.isEmpty() ? tr("Contact your physio") : tr("Call us on %1").arg(phone);
}

QString SafetyWording::writeInContact(bool withName)
{
    const QString blank(18, QLatin1Char('_'));
    return withName ? tr("Your physio: %1   Phone: %1").arg(blank) : tr("Phone: %1").arg(blank);
}

} // namespace paceplan::report
