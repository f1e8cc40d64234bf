// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Date.h"
#include "core/monitoring/PainMonitoringThresholds.h"
#include "core/monitoring/SessionLog.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paceplan::core {

/// The traffic-light level of a week of session logs (REFERENCE §4.4, §4.5); stored by its code.
enum class TrafficLight { NotEnoughData, Green, Amber, Red, Flare };

/// What the plan editor should do with the plan; it turns every action but None into a new revision.
enum class AdviceAction { None, Progress, Hold, StepBack, FlarePlan };

/// A rule of the pain-monitoring advice that a week's logs met; stored by its code.
enum class AdviceRule {
    WithinLimits, ///< Green: every rated session stayed within limits. limit = greenDuringMax.
    ExercisePainAcceptable, ///< Amber: pain during exercise above greenDuringMax, up to limit = amberDuringMax.
    NextMorningRaised, ///< Amber: next-morning pain above usual, up to limit = usual + tolerance.
    MorningPainRising, ///< Amber: weekly mean next-morning pain rose limit = risingWeeks weeks in a row.
    ExercisePainTooHigh, ///< Red: pain during exercise above limit = amberDuringMax.
    NextMorningTooHigh, ///< Red: next-morning pain above limit = usual + tolerance.
    FlarePain, ///< Flare: pain at or above limit = usual + flareMargin on flareMinDays days or more.
    TooFewRatedSessions, ///< Not enough data: fewer than limit = minRatedSessions rated sessions.
    UsualPainUnknown, ///< Not enough data: no usual pain level is set or can be worked out.
};

/// One pain rating that a rule used.
struct PainEvidence {
    Date sessionDate; ///< The date of the session log the rating belongs to.
    Date painDate; ///< The day the pain was felt: the session date, or the day after for next-morning pain.
    PainMoment moment = PainMoment::During;
    int value = 0;

    friend bool operator==(const PainEvidence&, const PainEvidence&) = default;
};

/// The mean next-morning pain of one 7-day span.
struct WeeklyPainMean {
    Date first;
    Date last;
    double mean = 0.0;
    int ratings = 0;

    friend bool operator==(const WeeklyPainMean&, const WeeklyPainMean&) = default;
};

/// Why the advice is what it is: one rule, the ratings that met it and a plain English sentence.
struct AdviceReason {
    AdviceRule rule = AdviceRule::WithinLimits;
    TrafficLight level = TrafficLight::NotEnoughData; ///< The level this reason points to.
    std::vector<PainEvidence> evidence; ///< The ratings that met the rule, oldest first.
    int limit = 0; ///< The number the rule compares with (see AdviceRule).
    std::vector<WeeklyPainMean> weeklyMeans; ///< MorningPainRising only: the weeks, oldest first.
    int sessions = 0; ///< WithinLimits, TooFewRatedSessions: rated sessions.
    std::string sentence; ///< The reason in plain English.

    friend bool operator==(const AdviceReason&, const AdviceReason&) = default;
};

/// The pain-monitoring advice for the week that ends on a given day.
struct PainAdvice {
    TrafficLight level = TrafficLight::NotEnoughData;
    AdviceAction action = AdviceAction::None;
    Date first; ///< First day of the week looked at.
    Date last; ///< Last day of the week looked at ("today").
    int exercisedSessions = 0; ///< Logs in the week marked done or partly.
    int ratedSessions = 0; ///< Of those, the ones with a during-exercise and a next-morning rating.
    std::optional<int> usualPain; ///< The usual level the next-morning and flare rules compared with.
    bool usualPainWorkedOut = false; ///< True when the usual level came from earlier ratings, not settings.
    std::optional<StepBackRule> stepBack; ///< Set when the action is StepBack.
    std::optional<int> flareQuotaPercent; ///< Set when the action is FlarePlan: share of current amounts to do.
    bool clinicianReview = false; ///< True when morning pain is rising week on week (REFERENCE §4.4).
    std::vector<AdviceReason> reasons; ///< Most severe first; the first one explains the level.
    std::string headline; ///< The level and what to do, in one or two plain sentences.
    std::string explanation; ///< The headline followed by every reason's sentence.

    /// The reason for `rule`, or null when the rule was not met.
    const AdviceReason* reason(AdviceRule rule) const;
};

/// The action that goes with a level.
AdviceAction actionForLevel(TrafficLight level);

/// Stable codes used in the database, JSON and the CLI; never translated.
const char* trafficLightCode(TrafficLight value);
const char* adviceActionCode(AdviceAction value);
const char* adviceRuleCode(AdviceRule value);
std::optional<TrafficLight> trafficLightFromCode(std::string_view code);
std::optional<AdviceAction> adviceActionFromCode(std::string_view code);
std::optional<AdviceRule> adviceRuleFromCode(std::string_view code);

} // namespace paceplan::core
