// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonitoringTestSupport.h"

#include "core/monitoring/PainAdvisor.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace paceplan::core;
using namespace paceplan::core::monitoring_test;

namespace {

// Today is Saturday 21 Nov 2026, so the week looked at runs from Sunday 15 to Saturday 21 Nov.
const Date kToday(2026, 11, 21);

Date nov(unsigned day)
{
    return Date(2026, 11, day);
}

PainMonitoringThresholds usual(int level)
{
    PainMonitoringThresholds thresholds;
    thresholds.usualPain = level;
    return thresholds;
}

PainMonitoringThresholds usualWith(int level, void (*change)(PainMonitoringThresholds&))
{
    auto thresholds = usual(level);
    change(thresholds);
    return thresholds;
}

std::vector<AdviceRule> rulesOf(const PainAdvice& advice)
{
    std::vector<AdviceRule> rules;
    for (const auto& reason : advice.reasons)
        rules.push_back(reason.rule);
    return rules;
}

PainAdvice advise(const std::vector<SessionLog>& logs, const PainMonitoringThresholds& thresholds)
{
    auto result = advisePainMonitoring(logs, kToday, thresholds);
    REQUIRE(result.ok());
    return std::move(result).value();
}

struct RuleCase {
    const char* name;
    std::vector<SessionLog> logs;
    PainMonitoringThresholds thresholds;
    TrafficLight level;
    AdviceAction action;
    std::vector<AdviceRule> rules; // in the order the advice lists them
};

} // namespace

TEST_CASE("Every traffic-light rule gives its level, action and reasons", "[core][monitoring][advice]")
{
    using R = AdviceRule;
    using T = TrafficLight;
    using A = AdviceAction;
    const std::vector<RuleCase> cases {
        // Green: during <= 3 and next morning <= usual on enough rated sessions (REFERENCE §4.4).
        { "green", { rated(nov(16), 2, 2), rated(nov(18), 1, 3) }, usual(3), T::Green, A::Progress,
            { R::WithinLimits } },
        { "green at both edges: during 3, morning = usual", { rated(nov(16), 3, 3), rated(nov(18), 3, 3) }, usual(3),
            T::Green, A::Progress, { R::WithinLimits } },
        { "partly done sessions count like done ones",
            { LogBuilder(nov(16), SessionStatus::Partly).during(2).morning(3), rated(nov(18), 2, 3) }, usual(3),
            T::Green, A::Progress, { R::WithinLimits } },
        // Amber: during 4-5.
        { "amber at its lower edge: during 4", { rated(nov(16), 4, 3), rated(nov(18), 2, 3) }, usual(3), T::Amber,
            A::Hold, { R::ExercisePainAcceptable } },
        { "amber at its upper edge: during 5", { rated(nov(16), 5, 3), rated(nov(18), 2, 3) }, usual(3), T::Amber,
            A::Hold, { R::ExercisePainAcceptable } },
        // Next morning above usual but within the +1 tolerance: neither green nor red in the decision table.
        { "amber: next morning usual + 1", { rated(nov(16), 2, 4), rated(nov(18), 2, 3) }, usual(3), T::Amber, A::Hold,
            { R::NextMorningRaised } },
        // Red: during > 5, or next morning > usual + tolerance.
        { "red at its lower edge: during 6", { rated(nov(16), 6, 3), rated(nov(18), 2, 3) }, usual(3), T::Red,
            A::StepBack, { R::ExercisePainTooHigh } },
        { "red during 10", { rated(nov(16), 10, 3) }, usual(3), T::Red, A::StepBack, { R::ExercisePainTooHigh } },
        { "red: next morning usual + 2", { rated(nov(16), 2, 5), rated(nov(18), 2, 3) }, usual(3), T::Red, A::StepBack,
            { R::NextMorningTooHigh } },
        { "red and amber together: red wins, both are listed", { rated(nov(16), 7, 3), rated(nov(18), 4, 4) }, usual(3),
            T::Red, A::StepBack, { R::ExercisePainTooHigh, R::ExercisePainAcceptable, R::NextMorningRaised } },
        { "tolerance 0: next morning usual + 1 is red", { rated(nov(16), 2, 4), rated(nov(18), 2, 3) },
            usualWith(3, [](PainMonitoringThresholds& t) { t.nextMorningTolerance = 0; }), T::Red, A::StepBack,
            { R::NextMorningTooHigh } },
        { "the alternative 0-2 green band makes during 3 amber", { rated(nov(16), 3, 3), rated(nov(18), 2, 3) },
            usualWith(3, [](PainMonitoringThresholds& t) { t.greenDuringMax = 2; }), T::Amber, A::Hold,
            { R::ExercisePainAcceptable } },
        // Flare: pain >= usual + 2 on >= 2 days, from before-exercise and next-morning ratings.
        { "flare from two mornings at usual + 2", { rated(nov(16), 2, 5), rated(nov(18), 2, 5) }, usual(3), T::Flare,
            A::FlarePlan, { R::FlarePain, R::NextMorningTooHigh } },
        { "flare from pain before on skipped days",
            { LogBuilder(nov(16), SessionStatus::Skipped).before(6),
                LogBuilder(nov(18), SessionStatus::Skipped).before(7) },
            usual(3), T::Flare, A::FlarePlan, { R::FlarePain } },
        { "one day at usual + 2 is not a flare with the default of 2 days",
            { LogBuilder(nov(16), SessionStatus::Skipped).before(5), rated(nov(18), 2, 3), rated(nov(19), 2, 3) },
            usual(3), T::Green, A::Progress, { R::WithinLimits } },
        { "one day is a flare when flareMinDays is 1 (REFERENCE §4.5 example)",
            { LogBuilder(nov(16), SessionStatus::Skipped).before(5), rated(nov(18), 2, 3), rated(nov(19), 2, 3) },
            usualWith(3, [](PainMonitoringThresholds& t) { t.flareMinDays = 1; }), T::Flare, A::FlarePlan,
            { R::FlarePain } },
        { "usual + 1 on every day is not a flare", { rated(nov(16), 2, 4), rated(nov(18), 2, 4), rated(nov(20), 2, 4) },
            usual(3), T::Amber, A::Hold, { R::NextMorningRaised } },
        // Which ratings count.
        { "pain just after exercise does not count by default",
            { LogBuilder(nov(16)).during(2).after(9).morning(3), rated(nov(18), 2, 3) }, usual(3), T::Green,
            A::Progress, { R::WithinLimits } },
        { "pain just after exercise stands in for a missing during rating when allowed",
            { LogBuilder(nov(16)).after(6).morning(3), rated(nov(18), 2, 3) },
            usualWith(3, [](PainMonitoringThresholds& t) { t.useAfterWhenDuringMissing = true; }), T::Red, A::StepBack,
            { R::ExercisePainTooHigh } },
        { "pain before exercise alone does not make a session amber or red",
            { LogBuilder(nov(16)).before(5).during(2).morning(3), rated(nov(18), 2, 3) }, usual(3), T::Green,
            A::Progress, { R::WithinLimits } },
        { "a next-morning rating of a skipped day is not an exercise response",
            { LogBuilder(nov(16), SessionStatus::Skipped).morning(5), rated(nov(18), 2, 3), rated(nov(19), 2, 3) },
            usual(3), T::Green, A::Progress, { R::WithinLimits } },
        { "logs before the week are ignored", { rated(nov(14), 9, 9), rated(nov(16), 2, 3), rated(nov(18), 2, 3) },
            usual(3), T::Green, A::Progress, { R::WithinLimits } },
        // Not enough data.
        { "no logs", {}, usual(3), T::NotEnoughData, A::None, { R::TooFewRatedSessions } },
        { "one rated session", { rated(nov(16), 2, 3) }, usual(3), T::NotEnoughData, A::None,
            { R::TooFewRatedSessions } },
        { "sessions without next-morning ratings are not rated",
            { LogBuilder(nov(16)).during(2), LogBuilder(nov(18)).during(1) }, usual(3), T::NotEnoughData, A::None,
            { R::TooFewRatedSessions } },
        { "one rated session is enough when minRatedSessions is 1", { rated(nov(16), 2, 3) },
            usualWith(3, [](PainMonitoringThresholds& t) { t.minRatedSessions = 1; }), T::Green, A::Progress,
            { R::WithinLimits } },
        { "no usual level and no earlier ratings", { rated(nov(16), 2, 3), rated(nov(18), 2, 3) }, {}, T::NotEnoughData,
            A::None, { R::UsualPainUnknown } },
        // Warning signs need no minimum.
        { "a single red session is red", { LogBuilder(nov(16)).during(6) }, usual(3), T::Red, A::StepBack,
            { R::ExercisePainTooHigh } },
        { "red during pain needs no usual level", { LogBuilder(nov(16)).during(8).morning(3) }, {}, T::Red, A::StepBack,
            { R::ExercisePainTooHigh } },
        { "a single amber session is amber", { LogBuilder(nov(16)).during(4) }, usual(3), T::Amber, A::Hold,
            { R::ExercisePainAcceptable } },
    };

    for (const auto& testCase : cases) {
        INFO(testCase.name);
        const auto advice = advise(testCase.logs, testCase.thresholds);
        CHECK(advice.level == testCase.level);
        CHECK(advice.action == testCase.action);
        CHECK(rulesOf(advice) == testCase.rules);
        CHECK(advice.headline.size() > 10);
        CHECK(advice.explanation.rfind(advice.headline, 0) == 0);
        for (const auto& reason : advice.reasons) {
            CHECK_FALSE(reason.sentence.empty());
            CHECK(advice.explanation.find(reason.sentence) != std::string::npos);
        }
    }
}

TEST_CASE("The advice looks at the 7 days ending today", "[core][monitoring][advice]")
{
    const auto advice = advise({}, usual(3));
    CHECK(advice.first == nov(15));
    CHECK(advice.last == kToday);

    // 15 Nov is the first day in, 14 Nov the last day out.
    CHECK(advise({ LogBuilder(nov(15)).during(7) }, usual(3)).level == TrafficLight::Red);
    CHECK(advise({ LogBuilder(nov(14)).during(7) }, usual(3)).level == TrafficLight::NotEnoughData);
    // A session today can have no next-morning rating yet; a stored one is ignored.
    CHECK(advise({ LogBuilder(kToday).during(2).morning(9), rated(nov(18), 2, 3) }, usual(3)).level
        == TrafficLight::NotEnoughData);
}

TEST_CASE("Red advice says why: sessions, ratings and the limit", "[core][monitoring][advice][why]")
{
    SECTION("pain during exercise")
    {
        const auto advice = advise({ rated(nov(16), 7, 3), rated(nov(18), 6, 3), rated(nov(20), 2, 3) }, usual(3));
        REQUIRE(advice.level == TrafficLight::Red);
        const auto& reason = advice.reasons.front();
        CHECK(reason.rule == AdviceRule::ExercisePainTooHigh);
        CHECK(reason.level == TrafficLight::Red);
        CHECK(reason.limit == 5);
        CHECK(reason.evidence
            == std::vector<PainEvidence> {
                { nov(16), nov(16), PainMoment::During, 7 }, { nov(18), nov(18), PainMoment::During, 6 } });
        CHECK(
            reason.sentence == "Pain during exercise was 7/10 on 16 Nov and 6/10 on 18 Nov, above the limit of 5/10.");
        CHECK(advice.headline == "Red: step back to last week's dose. Keep moving; do not stop all activity.");
        CHECK(advice.explanation == advice.headline + " " + reason.sentence);
    }
    SECTION("pain the next morning, dated on the morning it was felt")
    {
        auto thresholds = usual(3);
        thresholds.flareMinDays = 3; // two bad mornings would otherwise be a flare
        const auto advice = advise({ rated(nov(17), 2, 6), rated(nov(18), 2, 6), rated(nov(20), 2, 3) }, thresholds);
        REQUIRE(advice.level == TrafficLight::Red);
        const auto* reason = advice.reason(AdviceRule::NextMorningTooHigh);
        REQUIRE(reason);
        CHECK(reason->limit == 4);
        CHECK(reason->evidence
            == std::vector<PainEvidence> {
                { nov(17), nov(18), PainMoment::NextMorning, 6 }, { nov(18), nov(19), PainMoment::NextMorning, 6 } });
        CHECK(reason->sentence
            == "Next-morning pain was 6/10 on 18 and 19 Nov, above your usual 3/10 (after the sessions on 17 and "
               "18 Nov).");
        CHECK(advice.usualPain == 3);
        CHECK_FALSE(advice.usualPainWorkedOut);
    }
    SECTION("pain just after exercise standing in for pain during it")
    {
        auto thresholds = usual(3);
        thresholds.useAfterWhenDuringMissing = true;
        const auto advice = advise({ LogBuilder(nov(16)).after(8) }, thresholds);
        REQUIRE(advice.reasons.front().evidence
            == std::vector<PainEvidence> { { nov(16), nov(16), PainMoment::After, 8 } });
        CHECK(advice.reasons.front().sentence
            == "Pain during or just after exercise was 8/10 on 16 Nov, above the limit of 5/10.");
    }
}

TEST_CASE("The step back follows the configured rule", "[core][monitoring][advice]")
{
    const std::vector<SessionLog> logs { rated(nov(16), 8, 3) };
    struct Case {
        StepBackRule rule;
        const char* headline;
    };
    const std::vector<Case> cases {
        { { StepBackMode::PreviousWeeks, 1, 20 },
            "Red: step back to last week's dose. Keep moving; do not stop all activity." },
        { { StepBackMode::PreviousWeeks, 2, 20 },
            "Red: step back to the dose of 2 weeks ago. Keep moving; do not stop all activity." },
        { { StepBackMode::ReducePercent, 1, 15 },
            "Red: step back by lowering the dose by 15%. Keep moving; do not stop all activity." },
    };
    for (const auto& testCase : cases) {
        auto thresholds = usual(3);
        thresholds.stepBack = testCase.rule;
        const auto advice = advise(logs, thresholds);
        CHECK(advice.action == AdviceAction::StepBack);
        CHECK(advice.stepBack == testCase.rule);
        CHECK(advice.headline == testCase.headline);
        CHECK_FALSE(advice.flareQuotaPercent);
    }
    CHECK_FALSE(advise({ rated(nov(16), 2, 3), rated(nov(18), 2, 3) }, usual(3)).stepBack);
}

TEST_CASE("Flare advice names the days and sends to the flare plan", "[core][monitoring][advice][why]")
{
    const std::vector<SessionLog> logs {
        LogBuilder(nov(16), SessionStatus::Skipped).before(6),
        LogBuilder(nov(17), SessionStatus::Partly).before(4).during(3).morning(6), // 18 Nov morning
        LogBuilder(nov(19), SessionStatus::Skipped).before(7).morning(5), // 20 Nov morning
    };
    const auto advice = advise(logs, usual(3));
    REQUIRE(advice.level == TrafficLight::Flare);
    CHECK(advice.action == AdviceAction::FlarePlan);
    CHECK(advice.flareQuotaPercent == 50);
    const auto& reason = advice.reasons.front();
    REQUIRE(reason.rule == AdviceRule::FlarePain);
    CHECK(reason.limit == 5);
    CHECK(reason.evidence
        == std::vector<PainEvidence> { { nov(16), nov(16), PainMoment::Before, 6 },
            { nov(17), nov(18), PainMoment::NextMorning, 6 }, { nov(19), nov(19), PainMoment::Before, 7 },
            { nov(19), nov(20), PainMoment::NextMorning, 5 } });
    CHECK(reason.sentence
        == "Pain was 2 or more points above your usual 3/10 on 4 days: 6/10 on 16 and 18 Nov, 7/10 on 19 Nov, "
           "and 5/10 on 20 Nov.");
    CHECK(advice.headline
        == "Flare-up: switch to the flare plan. For the first 1-3 days do about 50% of the usual amounts and keep "
           "moving gently, then build back up by about 10% a week.");
    // The bad morning after the partly done session is also listed as a red exercise response.
    CHECK(advice.reason(AdviceRule::NextMorningTooHigh));
}

TEST_CASE("A day counts once for a flare, with its highest rating", "[core][monitoring][advice]")
{
    // Morning of 17 Nov (after the 16th) and pain before the session on 17 Nov describe the same day.
    const std::vector<SessionLog> logs { LogBuilder(nov(16)).during(2).morning(5),
        LogBuilder(nov(17)).before(6).during(2).morning(3) };
    const auto advice = advise(logs, usual(3));
    CHECK(advice.level == TrafficLight::Red); // one flare day only
    CHECK_FALSE(advice.reason(AdviceRule::FlarePain));

    auto oneDay = usual(3);
    oneDay.flareMinDays = 1;
    const auto flare = advise(logs, oneDay);
    REQUIRE(flare.level == TrafficLight::Flare);
    CHECK(flare.reasons.front().evidence == std::vector<PainEvidence> { { nov(17), nov(17), PainMoment::Before, 6 } });
}

TEST_CASE("Amber and green advice explain themselves", "[core][monitoring][advice][why]")
{
    const auto amber = advise({ rated(nov(16), 4, 3), rated(nov(18), 5, 4), rated(nov(20), 2, 3) }, usual(3));
    REQUIRE(amber.level == TrafficLight::Amber);
    CHECK(amber.headline == "Amber: keep this week's dose; do not add more yet.");
    const auto* during = amber.reason(AdviceRule::ExercisePainAcceptable);
    REQUIRE(during);
    CHECK(during->sentence
        == "Pain during exercise was 4/10 on 16 Nov and 5/10 on 18 Nov. That is acceptable (up to 5/10) but above "
           "the 3/10 needed to do more.");
    const auto* morning = amber.reason(AdviceRule::NextMorningRaised);
    REQUIRE(morning);
    CHECK(morning->limit == 4);
    CHECK(morning->sentence
        == "Next-morning pain was 4/10 on 19 Nov, a little above your usual 3/10 (after the "
           "session on 18 Nov).");

    const auto green = advise({ rated(nov(16), 2, 3), rated(nov(18), 3, 2), rated(nov(20), 1, 1) }, usual(3));
    REQUIRE(green.level == TrafficLight::Green);
    CHECK(green.exercisedSessions == 3);
    CHECK(green.ratedSessions == 3);
    CHECK(green.reasons.front().sessions == 3);
    CHECK(green.reasons.front().evidence.size() == 6);
    CHECK(green.explanation
        == "Green: progress as planned. In all 3 rated sessions, pain during exercise stayed at 3/10 or less and "
           "next-morning pain stayed at or below your usual 3/10.");
}

TEST_CASE("Not enough data says what is missing", "[core][monitoring][advice][why]")
{
    const auto few = advise({ rated(nov(16), 2, 3), LogBuilder(nov(18)).during(2) }, usual(3));
    REQUIRE(few.level == TrafficLight::NotEnoughData);
    CHECK(few.exercisedSessions == 2);
    CHECK(few.ratedSessions == 1);
    CHECK(few.reasons.front().limit == 2);
    CHECK(few.explanation
        == "Not enough data for advice yet. Only 1 session in the last 7 days had both a during-exercise and a "
           "next-morning pain rating; at least 2 are needed.");
    CHECK(advise({}, usual(3)).reasons.front().sentence.rfind("No session in the last 7 days", 0) == 0);

    const auto unknown = advise({ rated(nov(16), 2, 3), rated(nov(18), 2, 3) }, {});
    CHECK(unknown.reasons.front().sentence
        == "The usual pain level is not set, and there are no next-morning ratings from the 28 days before to work "
           "it out from.");
    CHECK_FALSE(unknown.usualPain);
}

TEST_CASE("The usual level is worked out from earlier ratings when not set", "[core][monitoring][advice]")
{
    // The 28 days before the week run from 18 Oct to 14 Nov.
    const std::vector<SessionLog> history {
        rated(nov(2), 2, 2), rated(nov(5), 2, 4), rated(nov(9), 2, 3), rated(nov(14), 2, 5),
        rated(Date(2026, 10, 17), 2, 0), // one day too early: left out
    };
    CHECK(usualPainFromLogs(history, Date(2026, 10, 18), nov(14)) == 3); // 2 3 4 5: lower middle value
    CHECK(usualPainFromLogs(history, Date(2026, 10, 17), nov(14)) == 3); // 0 2 3 4 5
    CHECK(
        usualPainFromLogs({ LogBuilder(nov(2)).before(4), LogBuilder(nov(3)).before(6), LogBuilder(nov(4)).before(5) },
            nov(1), nov(14))
        == 5);
    CHECK_FALSE(usualPainFromLogs({ LogBuilder(nov(2)).during(4) }, nov(1), nov(14)));

    auto logs = history;
    logs.push_back(rated(nov(16), 2, 3));
    logs.push_back(rated(nov(18), 2, 5));
    PainMonitoringThresholds thresholds;
    thresholds.risingWeeks = 0;
    const auto advice = advise(logs, thresholds);
    CHECK(advice.usualPain == 3);
    CHECK(advice.usualPainWorkedOut);
    CHECK(advice.level == TrafficLight::Red);

    thresholds.usualPainLookbackDays = 7; // 8-14 Nov: only the 9th and the 14th, ratings 3 and 5
    CHECK(advise(logs, thresholds).usualPain == 3);
}

TEST_CASE("Morning pain rising two weeks in a row asks for a hold and a review", "[core][monitoring][advice]")
{
    // Weeks 1-7, 8-14 and 15-21 Nov, all within the usual 5/10 so only the trend speaks.
    std::vector<SessionLog> logs { rated(nov(2), 2, 2), rated(nov(4), 2, 2), rated(nov(9), 2, 3), rated(nov(11), 2, 3),
        rated(nov(16), 2, 4), rated(nov(18), 2, 5) };
    const auto advice = advise(logs, usual(5));
    REQUIRE(advice.level == TrafficLight::Amber);
    CHECK(advice.action == AdviceAction::Hold);
    CHECK(advice.clinicianReview);
    const auto& reason = advice.reasons.front();
    REQUIRE(reason.rule == AdviceRule::MorningPainRising);
    CHECK(reason.limit == 2);
    REQUIRE(reason.weeklyMeans.size() == 3);
    CHECK(reason.weeklyMeans[0] == WeeklyPainMean { nov(1), nov(7), 2.0, 2 });
    CHECK(reason.weeklyMeans[2] == WeeklyPainMean { nov(15), nov(21), 4.5, 2 });
    CHECK(reason.sentence
        == "Average next-morning pain has gone up 2 weeks in a row (2.0/10, 3.0/10, then 4.5/10). Please review "
           "the plan with a clinician.");

    auto off = usual(5);
    off.risingWeeks = 0;
    CHECK(advise(logs, off).level == TrafficLight::Green);

    logs[2].painNextMorning = 2; // week 2 mean 2.5, still rising
    CHECK(advise(logs, usual(5)).clinicianReview);
    logs[2].painNextMorning = 1; // week 2 mean 2.0: no rise from week 1
    CHECK_FALSE(advise(logs, usual(5)).clinicianReview);
    logs.erase(logs.begin(), logs.begin() + 2); // no ratings in week 1
    CHECK_FALSE(advise(logs, usual(5)).reason(AdviceRule::MorningPainRising));
}

TEST_CASE("Advice refuses unusable input", "[core][monitoring][advice]")
{
    const auto noToday = advisePainMonitoring({}, Date(), {});
    REQUIRE_FALSE(noToday.ok());
    CHECK(noToday.error().code == ErrorCode::Required);
    CHECK(noToday.error().field == "today");

    auto thresholds = usual(3);
    thresholds.amberDuringMax = 2; // below the green band
    const auto bad = advisePainMonitoring({}, kToday, thresholds);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::Inconsistent);
    CHECK(bad.error().field == pain_threshold_field::kAmberDuringMax);
}
