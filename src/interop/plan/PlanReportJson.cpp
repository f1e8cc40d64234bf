// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/ExerciseCatalog.h"
#include "interop/plan/PlanJson.h"

#include <nlohmann/json.hpp>

namespace paceplan::interop {

using nlohmann::json;
using namespace paceplan::core;

namespace {

json dateOrNull(const Date& date)
{
    return date.isValid() ? json(date.toIso()) : json(nullptr);
}

json itemToJson(const ScheduledItem& item, const ExerciseCatalog* catalog)
{
    json out { { "item_key", item.itemKey }, { "exercise_id", item.exerciseId } };
    if (catalog)
        out["exercise_name"] = exerciseName(*catalog, item.exerciseId);
    addDoseFields(out, item.dose);
    out["heart_rate_low"] = item.heartRate ? json(item.heartRate->low) : json(nullptr);
    out["heart_rate_high"] = item.heartRate ? json(item.heartRate->high) : json(nullptr);
    out["ladder_step"] = item.ladderStep;
    out["deload"] = item.deload;
    return out;
}

json weekToJson(const ScheduledWeek& week, const ExerciseCatalog* catalog)
{
    json sessions = json::array();
    for (const auto& session : week.sessions) {
        json items = json::array();
        for (const auto& item : session.items)
            items.push_back(itemToJson(item, catalog));
        sessions.push_back({
            { "date", dateOrNull(session.date) },
            { "day", weekdayCode(session.weekday) },
            { "type", dayTypeCode(session.dayType) },
            { "estimated_minutes", session.estimatedMinutes },
            { "items", items },
        });
    }
    return json {
        { "week", week.week },
        { "start_date", dateOrNull(week.startDate) },
        { "phase", week.phaseLabel },
        { "deload", week.deload },
        { "aerobic_minutes", week.aerobicMinutes },
        { "moderate_minutes", week.moderateMinutes },
        { "strength_days", week.strengthDays },
        { "volume",
            { { "minutes", week.volume.minutes }, { "repetitions", week.volume.repetitions },
                { "hold_seconds", week.volume.holdSeconds }, { "distance_metres", week.volume.distanceMetres },
                { "load_kg", week.volume.loadKg } } },
        { "sessions", sessions },
    };
}

} // namespace

json findingsToJson(const std::vector<PlanFinding>& findings)
{
    json out = json::array();
    for (const auto& finding : findings)
        out.push_back({
            { "code", finding.code },
            { "severity", severityCode(finding.severity) },
            { "message", finding.message },
            { "week", finding.week > 0 ? json(finding.week) : json(nullptr) },
            { "day", finding.weekday >= 0 ? json(weekdayCode(finding.weekday)) : json(nullptr) },
            { "item_key", finding.itemKey.empty() ? json(nullptr) : json(finding.itemKey) },
        });
    return out;
}

json planReportToJson(const Plan& plan, const Schedule& schedule, const std::vector<PlanFinding>& findings,
    const ExerciseCatalog* catalog)
{
    json weeks = json::array();
    for (const auto& week : schedule.weeks)
        weeks.push_back(weekToJson(week, catalog));
    return json {
        { "format", kPlanReportFormat },
        { "format_version", kPlanReportFormatVersion },
        { "plan", planToJson(plan).at("plan") },
        { "end_date", dateOrNull(plan.endDate()) },
        { "weeks", weeks },
        { "checks", findingsToJson(findings) },
    };
}

} // namespace paceplan::interop
