// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/Adherence.h"

#include <algorithm>
#include <map>

namespace paceplan::core {

namespace {

// Lower rank = more complete; a scheduled session takes the most complete log of its day.
int completenessRank(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Done:
        return 0;
    case SessionStatus::Partly:
        return 1;
    case SessionStatus::Skipped:
        return 2;
    case SessionStatus::NotLogged:
        return 3;
    }
    return 3;
}

} // namespace

AdherenceCounts adherenceBetween(const std::vector<Date>& scheduled, const std::vector<SessionLog>& logs,
    const Date& first, const Date& last, const AdherenceOptions& options)
{
    AdherenceCounts counts;
    counts.first = first;
    counts.last = last;
    if (!first.isValid() || !last.isValid() || last < first)
        return counts;

    auto inSpan = [&](const Date& date) { return date.isValid() && date >= first && date <= last; };
    std::map<Date, int> sessionsPerDay;
    for (const auto& date : scheduled)
        if (inSpan(date))
            ++sessionsPerDay[date];
    std::map<Date, std::vector<SessionStatus>> statusesPerDay;
    for (const auto& log : logs)
        if (inSpan(log.date))
            statusesPerDay[log.date].push_back(log.status);

    for (auto& [date, statuses] : statusesPerDay) {
        std::sort(statuses.begin(), statuses.end(),
            [](SessionStatus a, SessionStatus b) { return completenessRank(a) < completenessRank(b); });
        const auto found = sessionsPerDay.find(date);
        const std::size_t slots = found == sessionsPerDay.end() ? 0 : static_cast<std::size_t>(found->second);
        for (std::size_t i = slots; i < statuses.size(); ++i)
            if (statuses[i] == SessionStatus::Done || statuses[i] == SessionStatus::Partly)
                ++counts.unscheduledSessions;
    }

    for (const auto& [date, sessions] : sessionsPerDay) {
        counts.scheduled += sessions;
        const auto found = statusesPerDay.find(date);
        for (int i = 0; i < sessions; ++i) {
            const bool logged = found != statusesPerDay.end() && static_cast<std::size_t>(i) < found->second.size();
            switch (logged ? found->second[static_cast<std::size_t>(i)] : SessionStatus::NotLogged) {
            case SessionStatus::Done:
                ++counts.done;
                break;
            case SessionStatus::Partly:
                ++counts.partly;
                break;
            case SessionStatus::Skipped:
                ++counts.skipped;
                break;
            case SessionStatus::NotLogged:
                ++counts.notLogged;
                break;
            }
        }
    }

    if (counts.scheduled > 0) {
        const double weight = std::clamp(options.partlyWeight, 0.0, 1.0);
        counts.percent = 100.0 * (counts.done + weight * counts.partly) / counts.scheduled;
    }
    return counts;
}

AdherenceCounts adherenceOverLastDays(const std::vector<Date>& scheduled, const std::vector<SessionLog>& logs,
    const Date& today, int days, const AdherenceOptions& options)
{
    if (days < 1 || !today.isValid()) {
        AdherenceCounts empty;
        empty.last = today;
        return empty;
    }
    return adherenceBetween(scheduled, logs, today.addDays(1 - days), today, options);
}

std::vector<WeekAdherence> weeklyAdherence(const std::vector<Date>& scheduled, const std::vector<SessionLog>& logs,
    const Date& planStart, const Date& today, const AdherenceOptions& options)
{
    std::vector<WeekAdherence> weeks;
    if (!planStart.isValid() || !today.isValid() || today < planStart)
        return weeks;
    int number = 1;
    for (Date start = planStart; start <= today; start = start.addDays(7), ++number) {
        const Date end = std::min(start.addDays(6), today);
        weeks.push_back(WeekAdherence { number, adherenceBetween(scheduled, logs, start, end, options) });
    }
    return weeks;
}

} // namespace paceplan::core
