// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/PainAdvisor.h"

#include "core/monitoring/AdviceText.h"

#include <algorithm>
#include <map>

namespace paceplan::core {

namespace {

std::vector<const SessionLog*> logsBetween(const std::vector<SessionLog>& logs, const Date& first, const Date& last)
{
    std::vector<const SessionLog*> found;
    for (const auto& log : logs)
        if (log.date.isValid() && log.date >= first && log.date <= last)
            found.push_back(&log);
    std::stable_sort(
        found.begin(), found.end(), [](const SessionLog* a, const SessionLog* b) { return a->date < b->date; });
    return found;
}

// The rating the traffic-light cut-points apply to: pain during exercise (REFERENCE §4.4), or, when the
// settings allow it and that is missing, pain just after exercise.
std::optional<PainEvidence> exercisePain(const SessionLog& log, const PainMonitoringThresholds& thresholds)
{
    if (log.painDuring)
        return PainEvidence { log.date, log.date, PainMoment::During, *log.painDuring };
    if (thresholds.useAfterWhenDuringMissing && log.painAfter)
        return PainEvidence { log.date, log.date, PainMoment::After, *log.painAfter };
    return std::nullopt;
}

// The next-morning rating, dated on the morning it was felt; a morning after `today` cannot have come yet.
std::optional<PainEvidence> morningPain(const SessionLog& log, const Date& today)
{
    const Date morning = log.date.addDays(1);
    if (!log.painNextMorning || morning > today)
        return std::nullopt;
    return PainEvidence { log.date, morning, PainMoment::NextMorning, *log.painNextMorning };
}

AdviceReason makeReason(AdviceRule rule, TrafficLight level, int limit)
{
    AdviceReason reason;
    reason.rule = rule;
    reason.level = level;
    reason.limit = limit;
    return reason;
}

// A flare-up is about how the days feel, not about the response to one session, so it uses the ratings that
// describe the day: before exercise and the next morning, from every log including skipped sessions. Pain
// during or just after exercise is left out because a short rise then is expected and is not a flare
// (REFERENCE §4.2, [I-Engage]). Each day counts once, with its highest rating.
std::optional<AdviceReason> flareReason(const std::vector<const SessionLog*>& week, const Date& today, int usual,
    const PainMonitoringThresholds& thresholds)
{
    std::map<Date, PainEvidence> worstPerDay;
    auto consider = [&](const PainEvidence& item) {
        const auto found = worstPerDay.find(item.painDate);
        if (found == worstPerDay.end() || item.value > found->second.value)
            worstPerDay[item.painDate] = item;
    };
    for (const auto* log : week) {
        if (log->painBefore)
            consider(PainEvidence { log->date, log->date, PainMoment::Before, *log->painBefore });
        if (const auto morning = morningPain(*log, today))
            consider(*morning);
    }
    auto reason = makeReason(AdviceRule::FlarePain, TrafficLight::Flare, usual + thresholds.flareMargin);
    for (const auto& [day, item] : worstPerDay)
        if (item.value >= reason.limit)
            reason.evidence.push_back(item);
    if (static_cast<int>(reason.evidence.size()) < thresholds.flareMinDays)
        return std::nullopt;
    return reason;
}

// REFERENCE §4.4 RED_TREND: the weekly mean of next-morning pain rising for `risingWeeks` weeks in a row
// asks for a clinician review and a hold. Every compared week needs at least one rating.
std::optional<AdviceReason> risingReason(
    const std::vector<SessionLog>& logs, const Date& today, const PainMonitoringThresholds& thresholds)
{
    if (thresholds.risingWeeks <= 0)
        return std::nullopt;
    auto reason = makeReason(AdviceRule::MorningPainRising, TrafficLight::Amber, thresholds.risingWeeks);
    for (int back = thresholds.risingWeeks; back >= 0; --back) {
        WeeklyPainMean week;
        week.last = today.addDays(-7 * back);
        week.first = week.last.addDays(1 - kAdviceWindowDays);
        int sum = 0;
        for (const auto* log : logsBetween(logs, week.first, week.last)) {
            if (const auto morning = morningPain(*log, today)) {
                sum += morning->value;
                ++week.ratings;
            }
        }
        if (week.ratings == 0)
            return std::nullopt;
        week.mean = static_cast<double>(sum) / week.ratings;
        if (!reason.weeklyMeans.empty() && week.mean <= reason.weeklyMeans.back().mean)
            return std::nullopt;
        reason.weeklyMeans.push_back(week);
    }
    return reason;
}

} // namespace

std::optional<int> usualPainFromLogs(const std::vector<SessionLog>& logs, const Date& first, const Date& last)
{
    std::vector<int> morning;
    std::vector<int> before;
    for (const auto* log : logsBetween(logs, first, last)) {
        if (log->painNextMorning)
            morning.push_back(*log->painNextMorning);
        if (log->painBefore)
            before.push_back(*log->painBefore);
    }
    auto& ratings = morning.empty() ? before : morning;
    if (ratings.empty())
        return std::nullopt;
    std::sort(ratings.begin(), ratings.end());
    return ratings[(ratings.size() - 1) / 2];
}

Result<PainAdvice> advisePainMonitoring(
    const std::vector<SessionLog>& logs, const Date& today, const PainMonitoringThresholds& thresholds)
{
    if (!today.isValid())
        return makeError(ErrorCode::Required, "today");
    if (const auto errors = validatePainMonitoringThresholds(thresholds); !errors.empty())
        return errors.front();

    PainAdvice advice;
    advice.last = today;
    advice.first = today.addDays(1 - kAdviceWindowDays);
    advice.usualPain = thresholds.usualPain;
    if (!advice.usualPain) {
        advice.usualPain = usualPainFromLogs(
            logs, advice.first.addDays(-thresholds.usualPainLookbackDays), advice.first.addDays(-1));
        advice.usualPainWorkedOut = advice.usualPain.has_value();
    }
    const std::optional<int> usual = advice.usualPain;
    const int morningLimit = usual.value_or(0) + thresholds.nextMorningTolerance;

    auto tooHigh = makeReason(AdviceRule::ExercisePainTooHigh, TrafficLight::Red, thresholds.amberDuringMax);
    auto acceptable = makeReason(AdviceRule::ExercisePainAcceptable, TrafficLight::Amber, thresholds.amberDuringMax);
    auto morningHigh = makeReason(AdviceRule::NextMorningTooHigh, TrafficLight::Red, morningLimit);
    auto morningRaised = makeReason(AdviceRule::NextMorningRaised, TrafficLight::Amber, morningLimit);
    std::vector<PainEvidence> rated;

    const auto week = logsBetween(logs, advice.first, advice.last);
    for (const auto* log : week) {
        if (!log->exercised())
            continue;
        ++advice.exercisedSessions;
        const auto exercise = exercisePain(*log, thresholds);
        const auto morning = morningPain(*log, today);
        if (exercise && exercise->value > thresholds.amberDuringMax)
            tooHigh.evidence.push_back(*exercise);
        else if (exercise && exercise->value > thresholds.greenDuringMax)
            acceptable.evidence.push_back(*exercise);
        if (morning && usual && morning->value > morningLimit)
            morningHigh.evidence.push_back(*morning);
        else if (morning && usual && morning->value > *usual)
            morningRaised.evidence.push_back(*morning);
        if (exercise && morning && usual) {
            ++advice.ratedSessions;
            rated.push_back(*exercise);
            rated.push_back(*morning);
        }
    }

    // Warning signs count from a single rating; only "progress" needs a minimum of rated sessions, so that
    // missing diary entries can never hide a red or flare week.
    if (usual) {
        if (auto flare = flareReason(week, today, *usual, thresholds))
            advice.reasons.push_back(std::move(*flare));
    }
    for (auto* reason : { &tooHigh, &morningHigh, &acceptable, &morningRaised })
        if (!reason->evidence.empty())
            advice.reasons.push_back(std::move(*reason));
    if (auto rising = risingReason(logs, today, thresholds)) {
        advice.clinicianReview = true;
        advice.reasons.push_back(std::move(*rising));
    }

    if (advice.reasons.empty()) {
        if (!usual) {
            advice.reasons.push_back(makeReason(AdviceRule::UsualPainUnknown, TrafficLight::NotEnoughData, 0));
        } else {
            const bool enough = advice.ratedSessions >= thresholds.minRatedSessions;
            auto reason = enough
                ? makeReason(AdviceRule::WithinLimits, TrafficLight::Green, thresholds.greenDuringMax)
                : makeReason(AdviceRule::TooFewRatedSessions, TrafficLight::NotEnoughData, thresholds.minRatedSessions);
            reason.sessions = advice.ratedSessions;
            reason.evidence = rated;
            advice.reasons.push_back(std::move(reason));
        }
    }

    std::stable_sort(advice.reasons.begin(), advice.reasons.end(),
        [](const AdviceReason& a, const AdviceReason& b) { return a.level > b.level; });
    advice.level = advice.reasons.front().level;
    advice.action = actionForLevel(advice.level);
    if (advice.action == AdviceAction::StepBack)
        advice.stepBack = thresholds.stepBack;
    if (advice.action == AdviceAction::FlarePlan)
        advice.flareQuotaPercent = thresholds.flareQuotaPercent;

    advice.headline = adviceHeadline(advice.level, thresholds);
    advice.explanation = advice.headline;
    for (auto& reason : advice.reasons) {
        reason.sentence = reasonSentence(reason, usual, thresholds);
        advice.explanation += " " + reason.sentence;
    }
    return advice;
}

} // namespace paceplan::core
