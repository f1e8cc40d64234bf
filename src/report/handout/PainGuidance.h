// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/handout/HandoutContent.h"
#include "report/handout/HandoutTexts.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace paceplan::report {

/// One light of the pain traffic light: a shape and a name (so it reads in black and white), when it applies
/// and what to do.
struct TrafficLight {
    QString name; ///< "Green", "Amber" or "Red".
    QString symbol; ///< A shape that differs per light: a circle, a triangle, a square.
    QColor colour;
    QString when;
    QString action;
};

/// The pain rules of a handout, in plain words that follow the app's traffic-light thresholds
/// (core/monitoring, REFERENCE §4.4), the flare-up plan (§4.5) and the stop rules (§5.3, §5.4).
class PainGuidance {
    Q_DECLARE_TR_FUNCTIONS(paceplan::report::PainGuidance)

public:
    /// "What pain is OK": the opening paragraphs before the traffic light.
    static GuidanceText painIntro(const core::PainMonitoringThresholds& thresholds);
    /// The three lights: green, amber (left out when the thresholds leave no amber band), red; the red light
    /// says to call the clinic on `clinicPhone`, or to contact the physio without one.
    static QList<TrafficLight> trafficLights(
        const core::PainMonitoringThresholds& thresholds, const QString& clinicPhone = {});
    /// The words after the traffic light: the next-morning check.
    static QStringList painClosing();

    /// "When to stop": when to stop a session, and when to get emergency help or call the clinic.
    static GuidanceText stopRules(const HandoutClinic& clinic);
    /// The emergency signs and what to do (SafetyWording), printed in a box.
    static GuidanceText urgentHelp(const HandoutClinic& clinic);

    /// "If you have a flare-up": what a flare-up is for this person and the steps to take.
    static GuidanceText flarePlan(
        const core::PainMonitoringThresholds& thresholds, const HandoutFlarePlan& plan, const QString& clinicPhone);

    /// What the red light says to do, following the step-back rule.
    static QString stepBackAction(const core::StepBackRule& rule);
};

} // namespace paceplan::report
