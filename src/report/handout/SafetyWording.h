// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace paceplan::report {

/// The one place for the handout's safety wording: what to do about emergency signs, and how to reach the
/// clinic. Emergency signs (cauda equina signs, chest pain that rest does not ease, fainting, stroke signs)
/// always get "emergency help straight away", never "urgent care the same day" (REFERENCE §5.3: cauda equina
/// is an emergency). The clinic is "called on" a number only when one is printed.
class SafetyWording {
    Q_DECLARE_TR_FUNCTIONS(paceplan::report::SafetyWording)

public:
    /// "get emergency help straight away": the words every emergency line uses.
    static QString emergencyHelp();
    /// How to get it: "Call 999 or go to the emergency department." (the number when the clinic set one).
    static QString emergencyHow(const QString& emergencyNumber);
    /// The signs that need emergency help, one plain line each.
    static QStringList emergencySigns();
    /// Words that must never stand next to an emergency sign (they say it can wait), lower case.
    static QStringList conflictingPhrases();

    /// How to reach the clinic, to go inside a sentence: "call us on 01632 960000" with a phone number,
    /// else "contact your physio" (never "call us" without a number to call).
    static QString contactClinic(const QString& phone);
    /// The same at the start of a sentence: "Call us on 01632 960000" or "Contact your physio".
    static QString contactClinicStart(const QString& phone);
    /// A letterhead line for the physio to fill in by hand when no phone number is set: "Your physio: ____
    /// Phone: ____", or only the phone part when the clinician's name is printed.
    static QString writeInContact(bool withName);
};

} // namespace paceplan::report
