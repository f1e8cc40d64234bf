// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../core/plan/PlanFixtures.h"

#include "core/plan/PlanChecks.h"
#include "core/plan/ProgressionEngine.h"
#include "interop/plan/PlanJson.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <functional>

using namespace paceplan::core;
using namespace paceplan::interop;
using nlohmann::json;
using paceplan::test::makeCatalog;
using paceplan::test::makePlan;
using paceplan::test::reps;

namespace {

// The fixture plan with every kind of rule, intensity and load.
Plan richPlan()
{
    auto plan = makePlan();
    plan.status = PlanStatus::Active;
    plan.revision = 3;
    auto& walk = plan.days[0].items[0];
    walk.intensity = IntensityTarget { IntensityKind::Effort, 3, 4, 0, 0, {}, TalkTestLevel::CanTalk };
    walk.notes = "Flat route, café at the end.";
    walk.progression = { LinearRule { DoseField::DurationSeconds, StepKind::Absolute, 60, 1, 1800.0 }, { 4, 20 } };
    auto& wed = plan.days[2].items[0];
    wed.intensity = IntensityTarget { IntensityKind::HeartRate, 0, 0, 40, 59, 172, TalkTestLevel::CanTalk };
    wed.progression.rule
        = GradedQuotaRule { DoseField::DurationSeconds, 600, 80, StepKind::PercentOfBaseline, 10, 1, 1500 };
    auto& fri = plan.days[4].items[0];
    fri.intensity.kind = IntensityKind::TalkTest;
    fri.intensity.talkTest = TalkTestLevel::CanSing;
    auto& sts = plan.days[1].items[0];
    sts.dose = reps(2, 10, 2.5);
    sts.dose.restSeconds = 90;
    sts.progression.rule = DoubleProgressionRule { 10, 12, 1, 2, StepKind::Percent, 5, 10.0 };
    auto& row = plan.days[1].items[1];
    row.dose.load = { LoadKind::Band, 0.0, "green" };
    row.dose.timesPerDay = 2;
    plan.days[3].items[0].progression.rule = LadderRule { 4, 2 };
    return plan;
}

Error readError(const json& document)
{
    const auto result = planDocumentFromJson(document);
    REQUIRE_FALSE(result);
    return result.error();
}

} // namespace

TEST_CASE("A plan survives export and import unchanged", "[interop][plan-json]")
{
    const auto plan = richPlan();
    const json document = planToJson(plan);
    CHECK(document.at("format") == "paceplan.plan");
    CHECK(document.at("format_version") == 1);
    CHECK(document.at("kind") == "plan");

    const auto read = planDocumentFromText(document.dump(2));
    REQUIRE(read);
    CHECK(read->kind == PlanDocumentKind::Plan);
    auto expected = plan;
    expected.id = PlanId(); // database keys are not exported
    CHECK(read->plan == expected);
    CHECK(planToJson(read->plan) == document);
}

TEST_CASE("A template is the plan document without patient, dates, status and revision", "[interop][plan-json]")
{
    const auto plan = richPlan();
    const json document = planTemplateToJson(plan);
    CHECK(document.at("kind") == "template");
    for (const char* key : { "patient_id", "start_date", "status", "revision", "uuid" })
        CHECK_FALSE(document.at("plan").contains(key));
    CHECK(document.at("plan").at("days") == planToJson(plan).at("plan").at("days"));

    const auto read = planDocumentFromJson(document);
    REQUIRE(read);
    CHECK(read->kind == PlanDocumentKind::Template);
    CHECK_FALSE(read->plan.patientId.isValid());
    CHECK_FALSE(read->plan.startDate.isValid());
    CHECK(read->plan.days == plan.days);
    CHECK(read->plan.phases == plan.phases);

    // Plan-only keys in a template are ignored.
    json withPatient = document;
    withPatient["plan"]["patient_id"] = 7;
    REQUIRE(planDocumentFromJson(withPatient));
    CHECK_FALSE(planDocumentFromJson(withPatient)->plan.patientId.isValid());
}

TEST_CASE("The documented example plan reads", "[interop][plan-json]")
{
    // The same document as in docs/formats.md.
    const auto read = planDocumentFromText(R"({
  "format": "paceplan.plan",
  "format_version": 1,
  "kind": "plan",
  "plan": {
    "uuid": "6f1c2b9e-3d4a-4c8e-9b1a-2f3e4d5c6b7a",
    "patient_id": 7,
    "start_date": "2026-01-05",
    "status": "draft",
    "revision": 1,
    "title": "Back to walking",
    "goals": "Walk to the shops and back.",
    "length_weeks": 8,
    "phases": [{"first_week": 1, "last_week": 4, "label": "Getting going"}],
    "education_topics": ["pacing"],
    "days": [
      {"day": "monday", "type": "aerobic", "items": [
        {"key": "walk-mon", "exercise_id": "walking",
         "dose": {"sets": 1, "repetitions": 0, "hold_seconds": 0, "duration_seconds": 600,
                  "distance_metres": 0, "rest_seconds": 0, "times_per_day": 1, "load_kind": "bodyweight"},
         "intensity": {"kind": "effort", "effort_low": 3, "effort_high": 4},
         "notes": "",
         "progression": {"rule": "graded-quota", "field": "duration-seconds", "baseline": 600,
                         "start_percent": 80, "step_kind": "percent", "step": 10, "every_weeks": 1,
                         "goal": 1200, "deload": {"every_weeks": 4, "reduce_percent": 20}}}]},
      {"day": "tuesday", "type": "strength", "items": [
        {"key": "sts-tue", "exercise_id": "sit-to-stand",
         "dose": {"sets": 2, "repetitions": 10, "rest_seconds": 60, "load_kind": "kg", "load_kg": 2.0},
         "progression": {"rule": "double-progression", "reps_low": 10, "reps_high": 15, "rep_step": 1,
                         "every_weeks": 1, "load_step_kind": "absolute", "load_step": 1.0}}]},
      {"day": "saturday", "type": "rest", "items": []}
    ]
  }
})");
    REQUIRE(read);
    const auto& plan = read->plan;
    CHECK(plan.lengthWeeks == 8);
    CHECK(plan.days[0].items[0].progression.kind() == RuleKind::GradedQuota);
    CHECK(plan.days[0].items[0].progression.deload == DeloadOverlay { 4, 20 });
    CHECK(plan.days[1].items[0].dose.load == Load { LoadKind::Kilograms, 2.0, {} });
    CHECK(plan.days[1].items[0].dose.timesPerDay == 1); // missing keys keep their defaults
    CHECK(plan.days[6].type == DayType::Rest); // days not listed are rest days
}

TEST_CASE("Bad plan documents give errors naming the place", "[interop][plan-json]")
{
    struct Row {
        const char* name;
        std::function<void(json&)> change;
        ErrorCode code;
        std::string field;
    };
    const auto row = GENERATE(values<Row>({
        { "no format", [](json& d) { d.erase("format"); }, ErrorCode::Required, "format" },
        { "other format", [](json& d) { d["format"] = "fhir"; }, ErrorCode::Unsupported, "format" },
        { "newer version", [](json& d) { d["format_version"] = 2; }, ErrorCode::Unsupported, "format_version" },
        { "version 0", [](json& d) { d["format_version"] = 0; }, ErrorCode::OutOfRange, "format_version" },
        { "version as text", [](json& d) { d["format_version"] = "1"; }, ErrorCode::InvalidFormat, "format_version" },
        { "unknown kind", [](json& d) { d["kind"] = "draft"; }, ErrorCode::InvalidValue, "kind" },
        { "no plan", [](json& d) { d.erase("plan"); }, ErrorCode::Required, "plan" },
        { "plan not an object", [](json& d) { d["plan"] = json::array(); }, ErrorCode::InvalidFormat, "plan" },
        { "no length", [](json& d) { d["plan"].erase("length_weeks"); }, ErrorCode::Required, "plan.length_weeks" },
        { "bad date", [](json& d) { d["plan"]["start_date"] = "05/01/2026"; }, ErrorCode::InvalidFormat,
            "plan.start_date" },
        { "unknown status", [](json& d) { d["plan"]["status"] = "paused"; }, ErrorCode::InvalidValue, "plan.status" },
        { "topics not strings", [](json& d) { d["plan"]["education_topics"] = { 1 }; }, ErrorCode::InvalidFormat,
            "plan.education_topics[0]" },
        { "days not an array", [](json& d) { d["plan"]["days"] = json::object(); }, ErrorCode::InvalidFormat,
            "plan.days" },
        { "unknown day", [](json& d) { d["plan"]["days"][0]["day"] = "mon"; }, ErrorCode::InvalidValue,
            "plan.days[0].day" },
        { "repeated day", [](json& d) { d["plan"]["days"][1]["day"] = "monday"; }, ErrorCode::Conflict,
            "plan.days[1].day" },
        { "unknown day type", [](json& d) { d["plan"]["days"][0]["type"] = "cardio"; }, ErrorCode::InvalidValue,
            "plan.days[0].type" },
        { "fractional sets", [](json& d) { d["plan"]["days"][0]["items"][0]["dose"]["sets"] = 1.5; },
            ErrorCode::InvalidFormat, "plan.days[0].items[0].dose.sets" },
        { "huge number", [](json& d) { d["plan"]["days"][0]["items"][0]["dose"]["repetitions"] = 1e12; },
            ErrorCode::InvalidFormat, "plan.days[0].items[0].dose.repetitions" },
        { "int overflow", [](json& d) { d["plan"]["days"][0]["items"][0]["dose"]["repetitions"] = 4294967296LL; },
            ErrorCode::OutOfRange, "plan.days[0].items[0].dose.repetitions" },
        { "unknown load", [](json& d) { d["plan"]["days"][0]["items"][0]["dose"]["load_kind"] = "sandbag"; },
            ErrorCode::InvalidValue, "plan.days[0].items[0].dose.load_kind" },
        { "no item key", [](json& d) { d["plan"]["days"][0]["items"][0].erase("key"); }, ErrorCode::Required,
            "plan.days[0].items[0].key" },
        { "unknown rule", [](json& d) { d["plan"]["days"][0]["items"][0]["progression"]["rule"] = "wave"; },
            ErrorCode::InvalidValue, "plan.days[0].items[0].progression.rule" },
        { "linear without field", [](json& d) { d["plan"]["days"][0]["items"][0]["progression"].erase("field"); },
            ErrorCode::Required, "plan.days[0].items[0].progression.field" },
        { "deload not an object", [](json& d) { d["plan"]["days"][0]["items"][0]["progression"]["deload"] = 4; },
            ErrorCode::InvalidFormat, "plan.days[0].items[0].progression.deload" },
        { "intensity without kind", [](json& d) { d["plan"]["days"][0]["items"][0]["intensity"].erase("kind"); },
            ErrorCode::Required, "plan.days[0].items[0].intensity.kind" },
        { "a plan that fails validation", [](json& d) { d["plan"]["length_weeks"] = 60; }, ErrorCode::OutOfRange,
            "lengthWeeks" },
        { "an item that fails validation", [](json& d) { d["plan"]["days"][0]["items"][0]["dose"]["sets"] = 50; },
            ErrorCode::OutOfRange, "items.walk-mon.dose.sets" },
    }));
    CAPTURE(row.name);
    json document = planToJson(richPlan());
    row.change(document);
    const auto error = readError(document);
    CHECK(errorCodeName(error.code) == std::string(errorCodeName(row.code)));
    CHECK(error.field == row.field);
}

TEST_CASE("Drafts kept mid-edit can be read without validation", "[interop][plan-json]")
{
    auto draft = richPlan();
    draft.title.clear();
    draft.days[0].items[0].dose.sets = 50;
    const auto text = planToJson(draft).dump();
    CHECK(planDocumentFromText(text).error().code == ErrorCode::Required);
    const auto read = planDocumentFromText(text, { false });
    REQUIRE(read);
    CHECK(read->plan.days[0].items[0].dose.sets == 50);
    CHECK(read->plan.title.empty());
    // Structural problems are still errors.
    CHECK(planDocumentFromText(R"({"format": "paceplan.plan"})", { false }).error().code == ErrorCode::Required);
}

TEST_CASE("Text that is not a JSON object is refused", "[interop][plan-json]")
{
    CHECK(planDocumentFromText("{\"format\": ").error().code == ErrorCode::ParseError);
    CHECK(planDocumentFromText("").error().code == ErrorCode::ParseError);
    CHECK(planDocumentFromText("[1, 2]").error().code == ErrorCode::ParseError);
}

TEST_CASE("Unknown keys are ignored for forward compatibility", "[interop][plan-json]")
{
    json document = planToJson(richPlan());
    document["exported_by"] = "PacePlan 0.2";
    document["plan"]["days"][0]["items"][0]["colour"] = "blue";
    CHECK(planDocumentFromJson(document));
}

TEST_CASE("The plan report has weeks, sessions, doses and checks", "[interop][plan-json]")
{
    const auto catalog = makeCatalog();
    const auto plan = richPlan();
    PatientContext context;
    context.ageYears = 60;
    context.restingHeartRate = 70;
    const auto schedule = buildSchedule(plan, catalog, context);
    const auto findings = checkPlan(plan, schedule, catalog, context);
    REQUIRE_FALSE(findings.empty());
    const json report = planReportToJson(plan, schedule, findings, &catalog);

    CHECK(report.at("format") == "paceplan.plan-report");
    CHECK(report.at("plan").at("title") == "Back to walking");
    CHECK(report.at("end_date") == "2026-03-29");
    const auto& weeks = report.at("weeks");
    REQUIRE(weeks.size() == 12);
    const auto& week1 = weeks[0];
    CHECK(week1.at("week") == 1);
    CHECK(week1.at("aerobic_minutes") == schedule.weeks[0].aerobicMinutes);
    CHECK(week1.at("strength_days") == 2);
    CHECK(week1.at("phase") == "Getting going");
    REQUIRE(week1.at("sessions").size() == 7);
    const auto& monday = week1.at("sessions")[0];
    CHECK(monday.at("date") == "2026-01-05");
    CHECK(monday.at("day") == "monday");
    CHECK(monday.at("type") == "aerobic");
    const auto& walk = monday.at("items")[0];
    CHECK(walk.at("item_key") == "walk-mon");
    CHECK(walk.at("exercise_id") == "walking");
    CHECK(walk.at("exercise_name") == "Walking");
    for (const char* key : { "sets", "repetitions", "hold_seconds", "duration_seconds", "distance_metres",
             "rest_seconds", "times_per_day", "load_kind" })
        CHECK(walk.contains(key));
    CHECK(walk.at("duration_seconds") == 600);
    CHECK(weeks[1].at("sessions")[0].at("items")[0].at("duration_seconds") == 660);
    CHECK(week1.at("sessions")[2].at("items")[0].at("heart_rate_low") == 111); // 70 + 0.4 x (172 - 70)
    CHECK(week1.at("sessions")[1].at("items")[0].at("load_kg") == 2.5);
    CHECK(week1.at("sessions")[1].at("items")[1].at("band_colour") == "green");
    CHECK(week1.at("sessions")[5].at("items").empty());

    const auto& checks = report.at("checks");
    REQUIRE(checks.size() == findings.size());
    for (const auto& check : checks) {
        CHECK(check.at("code").is_string());
        CHECK(check.at("severity").is_string());
        CHECK(check.at("message").is_string());
    }
    const auto who = std::find_if(
        checks.begin(), checks.end(), [](const json& c) { return c.at("code") == check_code::kBelowWhoAerobic; });
    REQUIRE(who != checks.end());
    CHECK(who->at("severity") == "info");
    CHECK(who->at("week") == 11); // week 12 is an easier week of the Monday walk
    CHECK(who->at("day").is_null());
    CHECK(who->at("item_key").is_null());
}
