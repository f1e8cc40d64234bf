// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/AdviceText.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace paceplan::core {

namespace {

constexpr std::array<const char*, 12> kMonths { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
    "Nov", "Dec" };

const char* monthName(const Date& date)
{
    return kMonths[(date.month() - 1) % kMonths.size()];
}

std::string outOfTen(int value)
{
    return std::to_string(value) + "/10";
}

std::string oneDecimal(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

// Joins "a", "a and b", "a, b and c"; the last joint becomes ", and" when a part already holds "and", so
// that "6/10 on 18 and 20 Nov, and 5/10 on 19 Nov" stays readable.
std::string joinList(const std::vector<std::string>& parts)
{
    std::string text;
    const bool nested = std::any_of(
        parts.begin(), parts.end(), [](const std::string& part) { return part.find(" and ") != std::string::npos; });
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0)
            text += i + 1 < parts.size() ? ", " : (nested ? ", and " : " and ");
        text += parts[i];
    }
    return text;
}

// "6/10 on 19 and 20 Nov and 7/10 on 21 Nov": ratings grouped by value in order of first appearance.
std::string valuesOnDays(const std::vector<PainEvidence>& evidence)
{
    std::vector<int> values;
    for (const auto& item : evidence)
        if (std::find(values.begin(), values.end(), item.value) == values.end())
            values.push_back(item.value);
    std::vector<std::string> groups;
    for (const int value : values) {
        std::vector<Date> days;
        for (const auto& item : evidence)
            if (item.value == value)
                days.push_back(item.painDate);
        groups.push_back(outOfTen(value) + " on " + formatDayList(days));
    }
    return joinList(groups);
}

std::string sessionDays(const std::vector<PainEvidence>& evidence)
{
    std::vector<Date> days;
    days.reserve(evidence.size());
    for (const auto& item : evidence)
        days.push_back(item.sessionDate);
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return (days.size() == 1 ? "the session on " : "the sessions on ") + formatDayList(days);
}

// Names the exercise rating: "during exercise", or "during or just after exercise" when a rating taken just
// after stood in for a missing one (PainMonitoringThresholds::useAfterWhenDuringMissing).
std::string exercisePainLabel(const std::vector<PainEvidence>& evidence)
{
    const bool usedAfter = std::any_of(
        evidence.begin(), evidence.end(), [](const PainEvidence& item) { return item.moment == PainMoment::After; });
    return usedAfter ? "Pain during or just after exercise" : "Pain during exercise";
}

std::string sessionCount(int count)
{
    if (count == 0)
        return "No session";
    return count == 1 ? "Only 1 session" : "Only " + std::to_string(count) + " sessions";
}

std::string stepBackText(const StepBackRule& rule)
{
    if (rule.mode == StepBackMode::ReducePercent)
        return "step back by lowering the dose by " + std::to_string(rule.percent) + "%.";
    if (rule.weeks <= 1)
        return "step back to last week's dose.";
    return "step back to the dose of " + std::to_string(rule.weeks) + " weeks ago.";
}

} // namespace

std::string formatDayMonth(const Date& date)
{
    if (!date.isValid())
        return {};
    return std::to_string(date.day()) + " " + monthName(date);
}

std::string formatDayMonthYear(const Date& date)
{
    if (!date.isValid())
        return {};
    return formatDayMonth(date) + " " + std::to_string(date.year());
}

std::string formatDayList(std::vector<Date> dates)
{
    dates.erase(
        std::remove_if(dates.begin(), dates.end(), [](const Date& date) { return !date.isValid(); }), dates.end());
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < dates.size(); ++i) {
        const bool monthEnds = i + 1 == dates.size() || dates[i + 1].month() != dates[i].month()
            || dates[i + 1].year() != dates[i].year();
        parts.push_back(monthEnds ? formatDayMonth(dates[i]) : std::to_string(dates[i].day()));
    }
    std::string text;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0)
            text += i + 1 < parts.size() ? ", " : " and ";
        text += parts[i];
    }
    return text;
}

std::string reasonSentence(
    const AdviceReason& reason, const std::optional<int>& usualPain, const PainMonitoringThresholds& thresholds)
{
    const std::string usual = usualPain ? outOfTen(*usualPain) : std::string("?");
    switch (reason.rule) {
    case AdviceRule::WithinLimits:
        return "In all " + std::to_string(reason.sessions) + " rated sessions, pain during exercise stayed at "
            + outOfTen(reason.limit) + " or less and next-morning pain stayed at or below your usual " + usual + ".";
    case AdviceRule::ExercisePainAcceptable:
        return exercisePainLabel(reason.evidence) + " was " + valuesOnDays(reason.evidence)
            + ". That is acceptable (up to " + outOfTen(reason.limit) + ") but above the "
            + outOfTen(thresholds.greenDuringMax) + " needed to do more.";
    case AdviceRule::ExercisePainTooHigh:
        return exercisePainLabel(reason.evidence) + " was " + valuesOnDays(reason.evidence) + ", above the limit of "
            + outOfTen(reason.limit) + ".";
    case AdviceRule::NextMorningRaised:
        return "Next-morning pain was " + valuesOnDays(reason.evidence) + ", a little above your usual " + usual
            + " (after " + sessionDays(reason.evidence) + ").";
    case AdviceRule::NextMorningTooHigh:
        return "Next-morning pain was " + valuesOnDays(reason.evidence) + ", above your usual " + usual + " (after "
            + sessionDays(reason.evidence) + ").";
    case AdviceRule::FlarePain: {
        const int margin = usualPain ? reason.limit - *usualPain : thresholds.flareMargin;
        return "Pain was " + std::to_string(margin) + " or more points above your usual " + usual + " on "
            + std::to_string(reason.evidence.size()) + " days: " + valuesOnDays(reason.evidence) + ".";
    }
    case AdviceRule::MorningPainRising: {
        std::vector<std::string> means;
        for (const auto& week : reason.weeklyMeans)
            means.push_back(oneDecimal(week.mean) + "/10");
        std::string list;
        for (std::size_t i = 0; i < means.size(); ++i)
            list += (i == 0 ? "" : (i + 1 < means.size() ? ", " : ", then ")) + means[i];
        return "Average next-morning pain has gone up " + std::to_string(reason.limit) + " weeks in a row (" + list
            + "). Please review the plan with a clinician.";
    }
    case AdviceRule::TooFewRatedSessions:
        return sessionCount(reason.sessions)
            + " in the last 7 days had both a during-exercise and a next-morning pain rating; at least "
            + std::to_string(reason.limit) + " are needed.";
    case AdviceRule::UsualPainUnknown:
        return "The usual pain level is not set, and there are no next-morning ratings from the "
            + std::to_string(thresholds.usualPainLookbackDays) + " days before to work it out from.";
    }
    return {};
}

std::string adviceHeadline(TrafficLight level, const PainMonitoringThresholds& thresholds)
{
    switch (level) {
    case TrafficLight::NotEnoughData:
        return "Not enough data for advice yet.";
    case TrafficLight::Green:
        return "Green: progress as planned.";
    case TrafficLight::Amber:
        return "Amber: keep this week's dose; do not add more yet.";
    case TrafficLight::Red:
        return "Red: " + stepBackText(thresholds.stepBack) + " Keep moving; do not stop all activity.";
    case TrafficLight::Flare:
        return "Flare-up: switch to the flare plan. For the first 1-3 days do about "
            + std::to_string(thresholds.flareQuotaPercent)
            + "% of the usual amounts and keep moving gently, then build back up by about 10% a week.";
    }
    return {};
}

} // namespace paceplan::core
