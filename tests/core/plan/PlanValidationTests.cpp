// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanFixtures.h"

#include "core/plan/DoseText.h"
#include "core/plan/PlanValidation.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace paceplan::core;
using paceplan::test::makeItem;
using paceplan::test::makePlan;
using paceplan::test::minutes;
using paceplan::test::reps;

namespace {

bool hasError(const std::vector<Error>& errors, ErrorCode code, const std::string& field)
{
    for (const auto& error : errors)
        if (error.code == code && error.field == field)
            return true;
    return false;
}

std::string listErrors(const std::vector<Error>& errors)
{
    std::string text;
    for (const auto& error : errors)
        text += std::string(errorCodeName(error.code)) + " " + error.field + "; ";
    return text;
}

PlanItem& walk(Plan& plan)
{
    return plan.days[0].items[0];
}
PlanItem& strength(Plan& plan)
{
    return plan.days[1].items[0];
}

} // namespace

TEST_CASE("The fixture plan is valid", "[core][plan][validation]")
{
    const auto errors = validatePlan(makePlan());
    INFO(listErrors(errors));
    CHECK(errors.empty());
}

TEST_CASE("Plan validation names the field and the kind of every problem", "[core][plan][validation]")
{
    struct Row {
        const char* name;
        std::function<void(Plan&)> change;
        ErrorCode code;
        std::string field;
    };
    const std::string w = "items.walk-mon";
    const std::string s = "items.sts-tue";
    const auto row = GENERATE_COPY(values<Row>({
        { "empty title", [](Plan& p) { p.title.clear(); }, ErrorCode::Required, "title" },
        { "long title", [](Plan& p) { p.title = std::string(201, 'a'); }, ErrorCode::TooLong, "title" },
        { "bad UTF-8 goals", [](Plan& p) { p.goals = "\xff"; }, ErrorCode::InvalidFormat, "goals" },
        { "long goals", [](Plan& p) { p.goals = std::string(2001, 'a'); }, ErrorCode::TooLong, "goals" },
        { "no patient", [](Plan& p) { p.patientId = PatientId(); }, ErrorCode::Required, "patientId" },
        { "no start", [](Plan& p) { p.startDate = Date(); }, ErrorCode::Required, "startDate" },
        { "no weeks", [](Plan& p) { p.lengthWeeks = 0; }, ErrorCode::OutOfRange, "lengthWeeks" },
        { "53 weeks", [](Plan& p) { p.lengthWeeks = 53; }, ErrorCode::OutOfRange, "lengthWeeks" },
        { "revision 0", [](Plan& p) { p.revision = 0; }, ErrorCode::OutOfRange, "revision" },
        { "phase without label", [](Plan& p) { p.phases[0].label.clear(); }, ErrorCode::Required, "phases[0].label" },
        { "phase label too long", [](Plan& p) { p.phases[0].label = std::string(61, 'a'); }, ErrorCode::TooLong,
            "phases[0].label" },
        { "phase after the end", [](Plan& p) { p.phases[1].lastWeek = 13; }, ErrorCode::OutOfRange,
            "phases[1].lastWeek" },
        { "phase starts at 0", [](Plan& p) { p.phases[0].firstWeek = 0; }, ErrorCode::OutOfRange,
            "phases[0].firstWeek" },
        { "phase backwards",
            [](Plan& p) {
                p.phases[1] = { 8, 6, "Late" };
            },
            ErrorCode::Inconsistent, "phases[1].lastWeek" },
        { "phases overlap", [](Plan& p) { p.phases[1].firstWeek = 4; }, ErrorCode::Conflict, "phases[1]" },
        { "empty topic", [](Plan& p) { p.educationTopicIds.push_back(""); }, ErrorCode::Required,
            "educationTopicIds[2]" },
        { "duplicate topic", [](Plan& p) { p.educationTopicIds.push_back("pacing"); }, ErrorCode::Conflict,
            "educationTopicIds[2]" },
        { "rest day with items", [](Plan& p) { p.days[5].items.push_back(makeItem("x", "walking", minutes(5))); },
            ErrorCode::Inconsistent, "days.saturday.items" },
        { "empty key", [](Plan& p) { walk(p).key.clear(); }, ErrorCode::Required, "days.monday.items[0].key" },
        { "bad key", [](Plan& p) { walk(p).key = "walk mon"; }, ErrorCode::InvalidFormat, "days.monday.items[0].key" },
        { "duplicate key", [](Plan& p) { strength(p).key = "walk-mon"; }, ErrorCode::Conflict, w + ".key" },
        { "no exercise", [](Plan& p) { walk(p).exerciseId.clear(); }, ErrorCode::Required, w + ".exerciseId" },
        { "negative sets", [](Plan& p) { walk(p).dose.sets = -1; }, ErrorCode::OutOfRange, w + ".dose.sets" },
        { "21 sets", [](Plan& p) { walk(p).dose.sets = 21; }, ErrorCode::OutOfRange, w + ".dose.sets" },
        { "501 reps", [](Plan& p) { walk(p).dose.repetitions = 501; }, ErrorCode::OutOfRange, w + ".dose.repetitions" },
        { "long hold", [](Plan& p) { walk(p).dose.holdSeconds = 601; }, ErrorCode::OutOfRange,
            w + ".dose.holdSeconds" },
        { "7 hours", [](Plan& p) { walk(p).dose.durationSeconds = 7 * 3600; }, ErrorCode::OutOfRange,
            w + ".dose.durationSeconds" },
        { "far", [](Plan& p) { walk(p).dose.distanceMetres = 100001; }, ErrorCode::OutOfRange,
            w + ".dose.distanceMetres" },
        { "long rest", [](Plan& p) { walk(p).dose.restSeconds = 901; }, ErrorCode::OutOfRange,
            w + ".dose.restSeconds" },
        { "zero times a day", [](Plan& p) { walk(p).dose.timesPerDay = 0; }, ErrorCode::OutOfRange,
            w + ".dose.timesPerDay" },
        { "kg without weight", [](Plan& p) { strength(p).dose.load.kind = LoadKind::Kilograms; }, ErrorCode::Required,
            s + ".dose.load.kg" },
        { "negative kg",
            [](Plan& p) {
                strength(p).dose.load = { LoadKind::Kilograms, -2.0, {} };
            },
            ErrorCode::OutOfRange, s + ".dose.load.kg" },
        { "band without colour", [](Plan& p) { strength(p).dose.load.kind = LoadKind::Band; }, ErrorCode::Required,
            s + ".dose.load.bandColour" },
        { "unknown band",
            [](Plan& p) {
                strength(p).dose.load = { LoadKind::Band, 0.0, "purple" };
            },
            ErrorCode::InvalidValue, s + ".dose.load.bandColour" },
        { "long notes", [](Plan& p) { walk(p).notes = std::string(2001, 'a'); }, ErrorCode::TooLong, w + ".notes" },
        { "effort 11",
            [](Plan& p) {
                walk(p).intensity = { IntensityKind::Effort, 3, 11, 0, 0, {}, {} };
            },
            ErrorCode::OutOfRange, w + ".intensity.effortHigh" },
        { "effort backwards",
            [](Plan& p) {
                walk(p).intensity = { IntensityKind::Effort, 5, 3, 0, 0, {}, {} };
            },
            ErrorCode::Inconsistent, w + ".intensity.effortHigh" },
        { "HRR 0",
            [](Plan& p) {
                walk(p).intensity = { IntensityKind::HeartRate, 0, 0, 0, 59, {}, {} };
            },
            ErrorCode::OutOfRange, w + ".intensity.reservePercentLow" },
        { "HRR backwards",
            [](Plan& p) {
                walk(p).intensity = { IntensityKind::HeartRate, 0, 0, 60, 40, {}, {} };
            },
            ErrorCode::Inconsistent, w + ".intensity.reservePercentHigh" },
        { "measured max",
            [](Plan& p) {
                walk(p).intensity = { IntensityKind::HeartRate, 0, 0, 40, 59, 250, {} };
            },
            ErrorCode::OutOfRange, w + ".intensity.measuredMaxHeartRate" },
        { "linear on rest",
            [](Plan& p) {
                walk(p).progression.rule = LinearRule { DoseField::RestSeconds, StepKind::Absolute, 5, 1, {} };
            },
            ErrorCode::InvalidValue, w + ".progression.field" },
        { "linear load on body weight",
            [](Plan& p) {
                strength(p).progression.rule = LinearRule { DoseField::LoadKg, StepKind::Absolute, 1, 1, {} };
            },
            ErrorCode::Inconsistent, s + ".progression.field" },
        { "linear step 0",
            [](Plan& p) {
                walk(p).progression.rule = LinearRule { DoseField::DurationSeconds, StepKind::Absolute, 0, 1, {} };
            },
            ErrorCode::OutOfRange, w + ".progression.step" },
        { "linear step 150%",
            [](Plan& p) {
                walk(p).progression.rule = LinearRule { DoseField::DurationSeconds, StepKind::Percent, 150, 1, {} };
            },
            ErrorCode::OutOfRange, w + ".progression.step" },
        { "linear percent of baseline",
            [](Plan& p) {
                walk(p).progression.rule
                    = LinearRule { DoseField::DurationSeconds, StepKind::PercentOfBaseline, 10, 1, {} };
            },
            ErrorCode::InvalidValue, w + ".progression.stepKind" },
        { "linear percent of zero",
            [](Plan& p) {
                walk(p).progression.rule = LinearRule { DoseField::DistanceMetres, StepKind::Percent, 10, 1, {} };
            },
            ErrorCode::Inconsistent, w + ".progression.stepKind" },
        { "linear every 0 weeks",
            [](Plan& p) {
                walk(p).progression.rule = LinearRule { DoseField::DurationSeconds, StepKind::Absolute, 60, 0, {} };
            },
            ErrorCode::OutOfRange, w + ".progression.everyWeeks" },
        { "linear cap below start",
            [](Plan& p) {
                walk(p).progression.rule = LinearRule { DoseField::DurationSeconds, StepKind::Absolute, 60, 1, 300.0 };
            },
            ErrorCode::Inconsistent, w + ".progression.cap" },
        { "double range backwards",
            [](Plan& p) {
                strength(p).progression.rule = DoubleProgressionRule { 12, 10, 1, 1, StepKind::Absolute, 1, {} };
            },
            ErrorCode::Inconsistent, s + ".progression.repsHigh" },
        { "double rep step too big",
            [](Plan& p) {
                strength(p).progression.rule = DoubleProgressionRule { 10, 12, 3, 1, StepKind::Absolute, 1, {} };
            },
            ErrorCode::OutOfRange, s + ".progression.repStep" },
        { "double reps outside range",
            [](Plan& p) {
                strength(p).progression.rule = DoubleProgressionRule { 12, 15, 1, 1, StepKind::Absolute, 1, {} };
            },
            ErrorCode::Inconsistent, s + ".dose.repetitions" },
        { "double load step 0",
            [](Plan& p) {
                strength(p).progression.rule = DoubleProgressionRule { 10, 12, 1, 1, StepKind::Absolute, 0, {} };
            },
            ErrorCode::OutOfRange, s + ".progression.loadStep" },
        { "double max below load",
            [](Plan& p) {
                strength(p).dose = reps(1, 10, 5.0);
                strength(p).progression.rule = DoubleProgressionRule { 10, 12, 1, 1, StepKind::Absolute, 1, 4.0 };
            },
            ErrorCode::Inconsistent, s + ".progression.maxLoadKg" },
        { "quota on sets",
            [](Plan& p) {
                walk(p).progression.rule = GradedQuotaRule { DoseField::Sets, 3, 80, StepKind::Percent, 10, 1, 5 };
            },
            ErrorCode::InvalidValue, w + ".progression.field" },
        { "quota without baseline",
            [](Plan& p) {
                walk(p).progression.rule
                    = GradedQuotaRule { DoseField::DurationSeconds, 0, 80, StepKind::Percent, 10, 1, 900 };
            },
            ErrorCode::Required, w + ".progression.baseline" },
        { "quota start 40%",
            [](Plan& p) {
                walk(p).progression.rule
                    = GradedQuotaRule { DoseField::DurationSeconds, 600, 40, StepKind::Percent, 10, 1, 900 };
            },
            ErrorCode::OutOfRange, w + ".progression.startPercent" },
        { "quota without goal",
            [](Plan& p) {
                walk(p).progression.rule
                    = GradedQuotaRule { DoseField::DurationSeconds, 600, 80, StepKind::Percent, 10, 1, 0 };
            },
            ErrorCode::Required, w + ".progression.goal" },
        { "quota goal below start",
            [](Plan& p) {
                walk(p).progression.rule
                    = GradedQuotaRule { DoseField::DurationSeconds, 600, 80, StepKind::Percent, 10, 1, 300 };
            },
            ErrorCode::Inconsistent, w + ".progression.goal" },
        { "quota goal beyond the field",
            [](Plan& p) {
                walk(p).progression.rule
                    = GradedQuotaRule { DoseField::DurationSeconds, 600, 80, StepKind::Percent, 10, 1, 1e9 };
            },
            ErrorCode::OutOfRange, w + ".progression.goal" },
        { "ladder every 0 weeks",
            [](Plan& p) {
                strength(p).progression.rule = LadderRule { 0, 0 };
            },
            ErrorCode::OutOfRange, s + ".progression.everyWeeks" },
        { "ladder 11 steps",
            [](Plan& p) {
                strength(p).progression.rule = LadderRule { 2, 11 };
            },
            ErrorCode::OutOfRange, s + ".progression.maxSteps" },
        { "deload every week",
            [](Plan& p) {
                walk(p).progression.deload = { 1, 20 };
            },
            ErrorCode::OutOfRange, w + ".progression.deload.everyWeeks" },
        { "deload without percent",
            [](Plan& p) {
                walk(p).progression.deload = { 4, 0 };
            },
            ErrorCode::Required, w + ".progression.deload.reducePercent" },
        { "deload 95%",
            [](Plan& p) {
                walk(p).progression.deload = { 4, 95 };
            },
            ErrorCode::OutOfRange, w + ".progression.deload.reducePercent" },
    }));
    CAPTURE(row.name);
    auto plan = makePlan();
    row.change(plan);
    const auto errors = validatePlan(plan);
    INFO(listErrors(errors));
    CHECK(hasError(errors, row.code, row.field));
}

TEST_CASE("Templates need no patient, start date or revision", "[core][plan][validation]")
{
    auto plan = makePlan();
    plan.patientId = PatientId();
    plan.startDate = Date();
    plan.revision = 0;
    CHECK(validatePlan(plan, { true }).empty());
    CHECK(validatePlan(plan).size() == 3);
}

TEST_CASE("Valid progression rules pass validation", "[core][plan][validation]")
{
    auto plan = makePlan();
    walk(plan).progression.rule = LinearRule { DoseField::DurationSeconds, StepKind::Percent, 10, 1, 1800.0 };
    walk(plan).progression.deload = { 4, 20 };
    strength(plan).dose = reps(1, 10, 2.0);
    strength(plan).progression.rule = DoubleProgressionRule { 10, 15, 1, 1, StepKind::Absolute, 0.5, 10.0 };
    plan.days[2].items[0].progression.rule
        = GradedQuotaRule { DoseField::DurationSeconds, 600, 80, StepKind::PercentOfBaseline, 10, 1, 1200 };
    plan.days[3].items[0].progression.rule = LadderRule { 4, 2 };
    const auto errors = validatePlan(plan);
    INFO(listErrors(errors));
    CHECK(errors.empty());
}

TEST_CASE("Item keys accept letters, digits and - _ .", "[core][plan][validation]")
{
    CHECK(isValidItemKey("walk-mon_1.a"));
    CHECK(isValidItemKey(std::string(64, 'k')));
    CHECK_FALSE(isValidItemKey(std::string(65, 'k')));
    CHECK_FALSE(isValidItemKey(""));
    CHECK_FALSE(isValidItemKey("walk/mon"));
    CHECK_FALSE(isValidItemKey("w\xc3\xa9"));
}

TEST_CASE("Every enum has a stable code that reads back", "[core][plan][codes]")
{
    for (auto status : { PlanStatus::Draft, PlanStatus::Active, PlanStatus::Completed })
        CHECK(planStatusFromCode(planStatusCode(status)) == status);
    for (auto type : { DayType::Aerobic, DayType::Strength, DayType::Mixed, DayType::ActiveRecovery, DayType::Rest })
        CHECK(dayTypeFromCode(dayTypeCode(type)) == type);
    for (auto kind : { IntensityKind::None, IntensityKind::Effort, IntensityKind::HeartRate, IntensityKind::TalkTest })
        CHECK(intensityKindFromCode(intensityKindCode(kind)) == kind);
    for (auto level : { TalkTestLevel::CanSing, TalkTestLevel::CanTalk, TalkTestLevel::FewWords })
        CHECK(talkTestLevelFromCode(talkTestLevelCode(level)) == level);
    for (auto kind :
        { RuleKind::None, RuleKind::Linear, RuleKind::DoubleProgression, RuleKind::GradedQuota, RuleKind::Ladder })
        CHECK(ruleKindFromCode(ruleKindCode(kind)) == kind);
    for (auto kind : { StepKind::Percent, StepKind::Absolute, StepKind::PercentOfBaseline })
        CHECK(stepKindFromCode(stepKindCode(kind)) == kind);
    for (auto field : allDoseFields())
        CHECK(doseFieldFromCode(doseFieldCode(field)) == field);
    for (auto kind : { LoadKind::Bodyweight, LoadKind::Kilograms, LoadKind::Band })
        CHECK(loadKindFromCode(loadKindCode(kind)) == kind);
    for (int day = 0; day < kDaysPerWeek; ++day)
        CHECK(weekdayFromCode(weekdayCode(day)) == day);
    CHECK(dayTypeCode(DayType::ActiveRecovery) == std::string("active-recovery"));
    CHECK(doseFieldCode(DoseField::DurationSeconds) == std::string("duration-seconds"));
    CHECK_FALSE(dayTypeFromCode("Rest"));
    CHECK_FALSE(weekdayFromCode("mon"));
}

TEST_CASE("Plans find items, their days and phases", "[core][plan]")
{
    auto plan = makePlan();
    REQUIRE(plan.findItem("row-tue"));
    CHECK(plan.findItem("row-tue")->exerciseId == "band-row");
    CHECK(plan.findItem("nope") == nullptr);
    CHECK(plan.dayOfItem("bridge-thu") == 3);
    CHECK_FALSE(plan.dayOfItem("nope"));
    CHECK(plan.phaseLabel(1) == "Getting going");
    CHECK(plan.phaseLabel(13).empty());
    // Saturday and Sunday are rest days: the next training day after Friday is Monday.
    CHECK(plan.nextTrainingDay(4) == 0);
    CHECK(plan.nextTrainingDay(6) == 0);
    CHECK(plan.nextTrainingDay(0) == 1);
    for (auto& day : plan.days)
        day.type = DayType::Rest;
    plan.days[2].type = DayType::Aerobic;
    CHECK(plan.nextTrainingDay(2) == std::nullopt);
    CHECK(plan.nextTrainingDay(5) == 2);
    CHECK(plan.itemCount() == 7);
    CHECK(plan.endDate().toIso() == "2026-03-29");
    CHECK(describeProgression(ProgressionRule {}) == "no progression");
    ProgressionRule linear { LinearRule { DoseField::DurationSeconds, StepKind::Absolute, 60, 1, 1800.0 }, { 4, 20 } };
    CHECK(describeProgression(linear)
        == "adds 1 minute to the time every week, up to 30 minutes; an easier week (20% less) every 4 weeks");
    CHECK(describeDose(reps(2, 10, 2.5)) == "2 sets of 10 repetitions, 2.5 kg");
}
