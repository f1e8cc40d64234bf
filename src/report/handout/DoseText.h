// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/handout/HandoutContent.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace paceplan::report {

/// Turns doses, loads and intensity targets into plain, translated words for patients.
class DoseText {
    Q_DECLARE_TR_FUNCTIONS(paceplan::report::DoseText)

public:
    /// The whole dose in short sentences, e.g. "Walk for 12 minutes at a pace where you can talk but not sing."
    /// or "Do 2 sets of 10. Rest for 1 minute between sets."; `action` is the verb for timed and distance work.
    static QString describe(const core::Dose& dose, core::DoseKind kind, const AerobicIntensity& intensity = {},
        const QString& action = {});

    /// A short form for tables, e.g. "12 minutes", "2 sets of 10", "hold 20 seconds, 3 times".
    static QString brief(const core::Dose& dose, core::DoseKind kind);

    /// A length of time: "45 seconds", "1 minute", "1 minute 30 seconds", "12 minutes".
    static QString duration(int seconds);

    /// A distance: "800 metres", "1 kilometre", "1.5 kilometres".
    static QString distance(int metres);

    /// What to hold or use as a sentence, e.g. "Use a 2 kg weight." or "Use the red band."; empty for body weight.
    static QString load(const core::Load& load);

    /// The translated name of a band colour code ("red" → "red"); the code itself when unknown.
    static QString bandColour(const std::string& code);

    /// How hard to go as a phrase that ends a sentence, e.g. "at a pace where you can talk but not sing";
    /// empty without a target.
    static QString intensityPhrase(const AerobicIntensity& intensity);

    /// How hard to go as a sentence of its own, e.g. "Work at an effort of 5 to 6 out of 10."; empty without a target.
    static QString intensitySentence(const AerobicIntensity& intensity);

    /// A number without needless decimals in the current locale: 2 → "2", 2.5 → "2.5".
    static QString number(double value);
};

} // namespace paceplan::report
