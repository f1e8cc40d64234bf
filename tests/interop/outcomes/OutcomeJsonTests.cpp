// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/PainAdvisor.h"
#include "core/outcomes/InstrumentRegistry.h"
#include "core/outcomes/Scoring.h"
#include "interop/outcomes/CsvWriter.h"
#include "interop/outcomes/OutcomeJson.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace paceplan;
using namespace paceplan::core;
using interop::CsvWriter;

TEST_CASE("CSV fields are quoted exactly when RFC 4180 needs it", "[interop][outcomes][csv]")
{
    const std::vector<std::pair<std::string, std::string>> cases = {
        { "plain", "plain" },
        { "", "" },
        { "a,b", "\"a,b\"" },
        { "say \"hi\"", "\"say \"\"hi\"\"\"" },
        { "two\nlines", "\"two\nlines\"" },
        { "cr\rhere", "\"cr\rhere\"" },
        { " spaced ", " spaced " },
        { "Zoë Ångström", "Zoë Ångström" },
    };
    for (const auto& [input, expected] : cases) {
        INFO(input);
        CHECK(CsvWriter::field(input) == expected);
    }
    CsvWriter csv;
    csv.addRow({ "date", "notes" });
    csv.addRow({ "2026-11-20", "sore, \"but\" fine" });
    csv.addRow({});
    CHECK(csv.text() == "date,notes\r\n2026-11-20,\"sore, \"\"but\"\" fine\"\r\n\r\n");
}

TEST_CASE(
    "A score prints instrument, scorable, score, subscales, band and the STarT Back risk", "[interop][outcomes][json]")
{
    const auto& registry = InstrumentRegistry::standard();
    const Instrument& odi = *registry.find("odi");
    auto scored = scoreAnswers(odi, Answers { 3.0, 2.0, std::nullopt, 4.0, 1.0, 0.0, 2.0, 3.0, 1.0, 2.0 });
    REQUIRE(scored);
    auto json = interop::scoreResultToJson(odi, *scored);
    CHECK(json["instrument"] == "odi");
    CHECK(json["scorable"] == true);
    CHECK(json["score"].get<double>() == Approx(40.0));
    CHECK(json["subscales"].is_object());
    CHECK(json["band"] == scored->band);
    CHECK(json["answered_items"] == 9);
    CHECK_FALSE(json.contains("risk"));

    const Instrument& sbst = *registry.find("sbst");
    auto risky = scoreAnswers(sbst, Answers { 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 4.0 });
    REQUIRE(risky);
    auto sbstJson = interop::scoreResultToJson(sbst, *risky);
    CHECK(sbstJson["risk"] == "high");
    CHECK(sbstJson["subscales"].size() == risky->subscales.size());

    auto missing
        = scoreAnswers(odi, Answers { 1.0, std::nullopt, std::nullopt, std::nullopt, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0 });
    REQUIRE(missing);
    auto unscorable = interop::scoreResultToJson(odi, *missing);
    CHECK(unscorable["scorable"] == false);
    CHECK(unscorable["score"].is_null());
    CHECK(unscorable["band"].is_null());
    CHECK_FALSE(unscorable["reason"].get<std::string>().empty());
}

TEST_CASE("Instruments, session logs and advice have stable JSON keys", "[interop][outcomes][json]")
{
    const auto& registry = InstrumentRegistry::standard();
    auto tsk = interop::instrumentToJson(*registry.find("tsk-17"));
    CHECK(tsk["code"] == "tsk-17");
    CHECK(tsk["item_count"] == 17);
    CHECK(tsk["items"][3]["reverse_scored"] == true);
    CHECK(tsk["items"][0]["reverse_scored"] == false);
    CHECK(tsk["licence_mode"].is_string());

    SessionLog log;
    log.id = SessionLogId(5);
    log.patientId = PatientId(2);
    log.date = Date(2026, 11, 20);
    log.status = SessionStatus::Partly;
    log.painDuring = 4;
    auto logJson = interop::sessionLogToJson(log);
    CHECK(logJson["status"] == "partly");
    CHECK(logJson["plan_id"].is_null());
    CHECK(logJson["pain_during"] == 4);
    CHECK(logJson["pain_before"].is_null());

    std::vector<SessionLog> week;
    for (int day = 0; day < 3; ++day) {
        SessionLog entry;
        entry.date = Date(2026, 11, 16).addDays(day * 2);
        entry.status = SessionStatus::Done;
        entry.painDuring = 7;
        entry.painNextMorning = 3;
        week.push_back(entry);
    }
    PainMonitoringThresholds thresholds;
    thresholds.usualPain = 3;
    auto advice = advisePainMonitoring(week, Date(2026, 11, 21), thresholds);
    REQUIRE(advice);
    auto adviceJson = interop::painAdviceToJson(*advice);
    CHECK(adviceJson["level"] == "red");
    CHECK(adviceJson["action"] == adviceActionCode(AdviceAction::StepBack));
    REQUIRE_FALSE(adviceJson["reasons"].empty());
    CHECK(adviceJson["reasons"][0]["rule"] == adviceRuleCode(AdviceRule::ExercisePainTooHigh));
    CHECK(adviceJson["reasons"][0]["evidence"].size() == 3);
    CHECK_FALSE(adviceJson["why"].get<std::string>().empty());
    CHECK(adviceJson.contains("step_back"));
}
