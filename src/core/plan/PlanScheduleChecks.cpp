// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/ExerciseCatalog.h"
#include "core/plan/DoseText.h"
#include "core/plan/PlanCheckSupport.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <utility>

namespace paceplan::core::detail {

namespace {

// A session of the schedule with the body regions its strength exercises work.
struct StrengthDay {
    int week = 0;
    int weekday = 0;
    std::vector<std::pair<const std::string*, const std::string*>> regions; // region code, item key
};

std::string regionText(const std::string& code)
{
    std::string text = code;
    std::replace(text.begin(), text.end(), '-', ' ');
    return text;
}

std::string joinAnd(const std::vector<std::string>& parts)
{
    std::string text;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0)
            text += i + 1 == parts.size() ? " and " : ", ";
        text += parts[i];
    }
    return text;
}

std::vector<StrengthDay> strengthDays(const CheckInput& input)
{
    std::vector<StrengthDay> days;
    for (const auto& week : input.schedule.weeks) {
        for (const auto& session : week.sessions) {
            StrengthDay day { week.week, session.weekday, {} };
            for (const auto& item : session.items) {
                const Exercise* exercise = input.catalog.find(item.exerciseId);
                if (!exercise || exercise->category != ExerciseCategory::Strength)
                    continue;
                for (const auto& region : exercise->regions)
                    day.regions.emplace_back(&region, &item.itemKey);
            }
            days.push_back(std::move(day));
        }
    }
    return days;
}

// Regions worked on both days, with the key of the later day's item; "whole-body" overlaps every region.
std::vector<std::pair<const std::string*, const std::string*>> sharedRegions(
    const StrengthDay& first, const StrengthDay& second)
{
    const auto hasRegion = [](const StrengthDay& day, const std::string& region) {
        return std::any_of(day.regions.begin(), day.regions.end(), [&](const auto& entry) {
            return *entry.first == region || *entry.first == "whole-body" || region == "whole-body";
        });
    };
    std::vector<std::pair<const std::string*, const std::string*>> shared;
    for (const auto& entry : second.regions) {
        const bool listed
            = std::any_of(shared.begin(), shared.end(), [&](const auto& s) { return *s.first == *entry.first; });
        if (!listed && hasRegion(first, *entry.first))
            shared.push_back(entry);
    }
    return shared;
}

void checkRecovery(const CheckInput& input, std::vector<PlanFinding>& findings)
{
    const auto days = strengthDays(input);
    const int gap = std::clamp(input.limits.minRecoveryDays, 1, kDaysPerWeek);
    std::set<std::pair<int, int>> reported;
    for (std::size_t i = 0; i < days.size(); ++i) {
        for (std::size_t j = i + 1; j < days.size() && j - i < static_cast<std::size_t>(gap); ++j) {
            if (days[i].regions.empty() || days[j].regions.empty())
                continue;
            const auto shared = sharedRegions(days[i], days[j]);
            if (shared.empty() || !reported.insert({ days[i].weekday, days[j].weekday }).second)
                continue;
            std::vector<std::string> names;
            names.reserve(shared.size());
            for (const auto& entry : shared)
                names.push_back(regionText(*entry.first));
            findings.push_back(PlanFinding { check_code::kStrengthSameRegion, Severity::Warning, days[j].week,
                days[j].weekday, *shared.front().second,
                "Strength work for the " + joinAnd(names) + " on " + weekdayName(days[i].weekday) + " and again on "
                    + weekdayName(days[j].weekday) + " (from week " + std::to_string(days[j].week) + "). Leave about "
                    + std::to_string(gap * 24) + " hours between strength sessions for the same muscles." });
        }
    }
}

// An item as scheduled in one week; it points into the schedule, which outlives the checks.
using ItemEntry = const ScheduledItem*;

// Each item's scheduled entries, week by week.
using ItemEntries = std::map<std::string, std::vector<ItemEntry>, std::less<>>;

ItemEntries entriesByItem(const Schedule& schedule)
{
    ItemEntries entries;
    for (const auto& week : schedule.weeks)
        for (const auto& session : week.sessions)
            for (const auto& item : session.items)
                entries[item.itemKey].push_back(&item);
    return entries;
}

// The largest volume the limit allows after `dose`: its main amount raised by the limit and then rounded up
// to the next rounding step, so that the rounding of a rule that keeps to the limit is never flagged.
double allowedVolume(const Dose& dose, double limitPercent)
{
    Dose up = dose;
    const DoseField field = mainAmountField(dose);
    const double raised = doseFieldValue(dose, field) * (1.0 + limitPercent / 100.0);
    const double unit = roundingUnit(field, raised);
    setDoseFieldValue(up, field, std::ceil(raised / unit - 1e-9) * unit);
    return itemVolume(up);
}

void checkVolume(const CheckInput& input, const ItemEntries& entries, std::vector<PlanFinding>& findings)
{
    for (int weekday = 0; weekday < kDaysPerWeek; ++weekday) {
        for (const auto& item : input.plan.days[static_cast<std::size_t>(weekday)].items) {
            const auto found = entries.find(item.key);
            if (found == entries.end() || found->second.empty())
                continue;
            const auto& weeks = found->second;
            const ScheduledItem* reference = weeks.front();
            int flagged = 0;
            int firstWeek = 0;
            double firstRise = 0.0;
            for (std::size_t w = 1; w < weeks.size(); ++w) {
                const ScheduledItem& current = *weeks[w];
                if (current.deload)
                    continue; // An easier week is compared with nothing; the next week with the week before it.
                const double before = itemVolume(reference->dose);
                const double now = itemVolume(current.dose);
                if (current.exerciseId == reference->exerciseId && before > 0.0) {
                    const double rise = (now - before) / before * 100.0;
                    if (rise > input.limits.maxWeeklyIncreasePercent + 1e-9
                        && now > allowedVolume(reference->dose, input.limits.maxWeeklyIncreasePercent) + 1e-9) {
                        if (++flagged == 1) {
                            firstWeek = static_cast<int>(w) + 1;
                            firstRise = rise;
                        }
                    }
                }
                reference = &current;
            }
            if (flagged == 0)
                continue;
            findings.push_back(PlanFinding { check_code::kVolumeIncrease, Severity::Warning, firstWeek, weekday,
                item.key,
                exerciseName(input.catalog, item.exerciseId) + " on " + weekdayName(weekday) + " grows by more than "
                    + formatNumber(input.limits.maxWeeklyIncreasePercent) + "% from one week to the next in "
                    + formatCount(flagged, "week", "weeks") + " (first in week " + std::to_string(firstWeek) + ": +"
                    + std::to_string(std::lround(firstRise)) + "%). Smaller steps are easier to keep up." });
        }
    }
}

void checkSessionLength(const CheckInput& input, std::vector<PlanFinding>& findings)
{
    std::set<int> reported;
    for (const auto& week : input.schedule.weeks) {
        for (const auto& session : week.sessions) {
            if (session.estimatedMinutes <= input.limits.maxSessionMinutes || !reported.insert(session.weekday).second)
                continue;
            findings.push_back(
                PlanFinding { check_code::kSessionTooLong, Severity::Warning, week.week, session.weekday, {},
                    std::string(weekdayName(session.weekday)) + "'s session takes about "
                        + formatCount(session.estimatedMinutes, "minute", "minutes") + " from week "
                        + std::to_string(week.week) + ", over the limit of "
                        + std::to_string(input.limits.maxSessionMinutes)
                        + " minutes. Split it over the day or trim the list." });
        }
    }
}

void checkWeeklyTargets(const CheckInput& input, std::vector<PlanFinding>& findings)
{
    if (input.schedule.weeks.empty())
        return;
    // The level reached at plan end: the last week that is not an easier (deload) week.
    const auto& weeks = input.schedule.weeks;
    const auto reached = std::find_if(weeks.rbegin(), weeks.rend(), [](const ScheduledWeek& w) { return !w.deload; });
    const auto& last = reached == weeks.rend() ? weeks.back() : *reached;
    if (last.moderateMinutes < input.limits.whoAerobicMinutes) {
        std::string message = "By week " + std::to_string(last.week) + " the plan has "
            + formatCount(last.moderateMinutes, "minute", "minutes")
            + " a week of aerobic activity at a moderate effort or more. The WHO suggests at least "
            + std::to_string(input.limits.whoAerobicMinutes) + " minutes a week; building up to it slowly is fine.";
        if (last.aerobicMinutes > last.moderateMinutes)
            message += " Aerobic work with an easy target or no target is not counted ("
                + formatCount(last.aerobicMinutes - last.moderateMinutes, "minute", "minutes") + ").";
        findings.push_back(PlanFinding { check_code::kBelowWhoAerobic, Severity::Info, last.week, -1, {}, message });
    }
    for (const auto& week : input.schedule.weeks) {
        if (week.strengthDays >= input.limits.minStrengthDays)
            continue;
        findings.push_back(PlanFinding { check_code::kFewStrengthDays, Severity::Info, week.week, -1, {},
            "Week " + std::to_string(week.week) + " has " + formatCount(week.strengthDays, "day", "days")
                + " of strength work. The WHO suggests strength work for the main muscle groups on "
                + std::to_string(input.limits.minStrengthDays) + " or more days a week." });
        break;
    }
}

void checkQuotaGoals(const CheckInput& input, const ItemEntries& entries, std::vector<PlanFinding>& findings)
{
    for (int weekday = 0; weekday < kDaysPerWeek; ++weekday) {
        for (const auto& item : input.plan.days[static_cast<std::size_t>(weekday)].items) {
            const auto* quota = std::get_if<GradedQuotaRule>(&item.progression.rule);
            const auto found = entries.find(item.key);
            if (!quota || found == entries.end() || found->second.empty())
                continue;
            // The last week that is not an easier week shows how far the quota got.
            const auto& weeks = found->second;
            auto last = std::find_if(weeks.rbegin(), weeks.rend(), [](ItemEntry e) { return !e->deload; });
            if (last == weeks.rend())
                continue;
            const double reached = doseFieldValue((*last)->dose, quota->field);
            if (reached + 1e-9 >= quota->goal)
                continue;
            findings.push_back(PlanFinding { check_code::kQuotaGoalNotReached, Severity::Info,
                static_cast<int>(weeks.size()), weekday, item.key,
                exerciseName(input.catalog, item.exerciseId) + " on " + weekdayName(weekday) + " reaches "
                    + formatFieldValue(quota->field, reached) + " by the end of the plan, short of the goal of "
                    + formatFieldValue(quota->field, quota->goal) + ". A longer plan would reach it at this pace." });
        }
    }
}

} // namespace

void checkSchedule(const CheckInput& input, std::vector<PlanFinding>& findings)
{
    checkRecovery(input, findings);
    const auto entries = entriesByItem(input.schedule);
    checkVolume(input, entries, findings);
    checkSessionLength(input, findings);
    checkWeeklyTargets(input, findings);
    checkQuotaGoals(input, entries, findings);
}

} // namespace paceplan::core::detail
