// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/ExerciseCatalog.h"
#include "core/library/LibraryValidation.h"

#include <catch2/catch.hpp>

#include <functional>
#include <string>
#include <vector>

using namespace paceplan::core;

namespace {

Exercise makeExercise(const std::string& id, int level)
{
    Exercise e;
    e.id = id;
    e.name = "Exercise " + id;
    e.summary = "Makes the legs stronger.";
    e.category = ExerciseCategory::Strength;
    e.regions = { "thighs", "glutes" };
    e.equipment = { "chair" };
    e.level = level;
    e.doseKind = DoseKind::Repetitions;
    e.startDose.sets = 1;
    e.startDose.repetitions = 10;
    e.steps = { "Sit on the chair.", "Stand up.", "Sit down slowly." };
    e.cues = { "Keep your chest up." };
    e.safety = { "Stop if you feel dizzy." };
    drawing::Drawing picture;
    picture.frames = { drawing::Keyframe { *drawing::basePosture("sit"), std::nullopt },
        drawing::Keyframe { *drawing::basePosture("stand"), std::nullopt } };
    picture.props = { drawing::Prop { drawing::PropKind::Chair } };
    picture.fixed = drawing::Joint::NearAnkle;
    e.drawing = picture;
    return e;
}

/// A sound three-rung ladder: a -> b -> c.
std::vector<Exercise> soundLadder()
{
    auto a = makeExercise("rung-a", 1);
    auto b = makeExercise("rung-b", 2);
    auto c = makeExercise("rung-c", 3);
    a.harderId = "rung-b";
    b.easierId = "rung-a";
    b.harderId = "rung-c";
    c.easierId = "rung-b";
    return { a, b, c };
}

EducationTopic makeTopic(const std::string& id)
{
    EducationTopic t;
    t.id = id;
    t.title = "Pacing";
    t.summary = "Do a set amount, then stop.";
    t.paragraphs = { "First paragraph.", "Second paragraph." };
    t.keyPoints = { "One.", "Two.", "Three." };
    return t;
}

std::vector<LibraryFindingCode> codesOf(const std::vector<LibraryFinding>& findings)
{
    std::vector<LibraryFindingCode> codes;
    for (const auto& f : findings)
        codes.push_back(f.code);
    return codes;
}

} // namespace

TEST_CASE("A sound ladder and topic give no findings", "[core][library]")
{
    CHECK(validateExercises(soundLadder()).empty());
    CHECK(validateTopics({ makeTopic("pacing"), makeTopic("sleep") }).empty());
    CHECK(validateLibrary(soundLadder(), { makeTopic("pacing") }).empty());

    // Each dose kind with exactly the count it needs, and each load kind done right.
    auto hold = makeExercise("hold", 1);
    hold.doseKind = DoseKind::Hold;
    hold.startDose = Dose {};
    hold.startDose.holdSeconds = 20;
    auto duration = makeExercise("duration", 1);
    duration.doseKind = DoseKind::Duration;
    duration.startDose = Dose {};
    duration.startDose.durationSeconds = 600;
    auto distance = makeExercise("distance", 1);
    distance.doseKind = DoseKind::Distance;
    distance.startDose = Dose {};
    distance.startDose.distanceMetres = 400;
    auto band = makeExercise("band-row", 2);
    band.startDose.load = Load { LoadKind::Band, 0.0, "yellow" };
    auto kg = makeExercise("dumbbell-row", 3);
    kg.startDose.load = Load { LoadKind::Kilograms, 2.5, {} };
    CHECK(validateExercises({ hold, duration, distance, band, kg }).empty());
}

TEST_CASE("Each exercise rule fires on its own", "[core][library]")
{
    struct Case {
        const char* name;
        std::function<void(std::vector<Exercise>&)> mutate;
        LibraryFindingCode expected;
        const char* subject;
    };
    using C = LibraryFindingCode;
    const auto c = GENERATE(values<Case>({
        { "duplicate id",
            [](auto& v) {
                v.push_back(v[2]);
                v.back().easierId.clear();
            },
            C::DuplicateId, "rung-c" },
        { "upper case id", [](auto& v) { v.push_back(makeExercise("Wall-Sit", 1)); }, C::InvalidId, "Wall-Sit" },
        { "double hyphen id", [](auto& v) { v.push_back(makeExercise("wall--sit", 1)); }, C::InvalidId, "wall--sit" },
        { "empty id", [](auto& v) { v.push_back(makeExercise("", 1)); }, C::InvalidId, "" },
        { "no name", [](auto& v) { v[0].name = "  "; }, C::MissingName, "rung-a" },
        { "no summary", [](auto& v) { v[0].summary.clear(); }, C::MissingSummary, "rung-a" },
        { "no region", [](auto& v) { v[1].regions.clear(); }, C::MissingRegion, "rung-b" },
        { "unknown region", [](auto& v) { v[1].regions.push_back("elbows"); }, C::UnknownRegion, "rung-b" },
        { "unknown equipment", [](auto& v) { v[1].equipment.push_back("trampoline"); }, C::UnknownEquipment, "rung-b" },
        { "level 0", [](auto& v) { v[0].level = 0; }, C::LevelOutOfRange, "rung-a" },
        { "level 6", [](auto& v) { v[2].level = 6; }, C::LevelOutOfRange, "rung-c" },
        { "repetitions without sets", [](auto& v) { v[0].startDose.sets = 0; }, C::DoseMismatch, "rung-a" },
        { "repetitions without reps", [](auto& v) { v[0].startDose.repetitions = 0; }, C::DoseMismatch, "rung-a" },
        { "hold without seconds", [](auto& v) { v[0].doseKind = DoseKind::Hold; }, C::DoseMismatch, "rung-a" },
        { "duration without seconds", [](auto& v) { v[0].doseKind = DoseKind::Duration; }, C::DoseMismatch, "rung-a" },
        { "distance without metres", [](auto& v) { v[0].doseKind = DoseKind::Distance; }, C::DoseMismatch, "rung-a" },
        { "negative rest", [](auto& v) { v[0].startDose.restSeconds = -30; }, C::DoseMismatch, "rung-a" },
        { "never a day", [](auto& v) { v[0].startDose.timesPerDay = 0; }, C::DoseMismatch, "rung-a" },
        { "kg without weight", [](auto& v) { v[0].startDose.load.kind = LoadKind::Kilograms; }, C::LoadMismatch,
            "rung-a" },
        { "body weight with kg", [](auto& v) { v[0].startDose.load.kg = 2.0; }, C::LoadMismatch, "rung-a" },
        { "band with kg",
            [](auto& v) {
                v[0].startDose.load = Load { LoadKind::Band, 1.0, "red" };
            },
            C::LoadMismatch, "rung-a" },
        { "unknown band",
            [](auto& v) {
                v[0].startDose.load = Load { LoadKind::Band, 0.0, "pink" };
            },
            C::UnknownBandColour, "rung-a" },
        { "two steps", [](auto& v) { v[1].steps.pop_back(); }, C::StepCount, "rung-b" },
        { "seven steps", [](auto& v) { v[1].steps.resize(7, "Again."); }, C::StepCount, "rung-b" },
        { "blank cue", [](auto& v) { v[1].cues.push_back(" "); }, C::EmptyText, "rung-b" },
        { "blank safety note", [](auto& v) { v[1].safety.push_back(""); }, C::EmptyText, "rung-b" },
        { "missing harder", [](auto& v) { v[2].harderId = "rung-d"; }, C::UnresolvedLink, "rung-c" },
        { "missing easier", [](auto& v) { v[0].easierId = "rung-0"; }, C::UnresolvedLink, "rung-a" },
        { "self link", [](auto& v) { v[2].harderId = "rung-c"; }, C::SelfLink, "rung-c" },
        { "harder is easier",
            [](auto& v) {
                v[2].level = 1;
                v[0].level = 1;
                v[1].level = 1;
                v[2].level = 2;
                v[1].level = 3;
            },
            C::LevelOrder, "rung-b" },
        { "one-way link", [](auto& v) { v[1].easierId.clear(); }, C::LinkNotReciprocal, "rung-a" },
        { "link answered by another",
            [](auto& v) {
                v.push_back(makeExercise("rung-x", 1));
                v[1].easierId = "rung-x";
                v[3].harderId = "rung-b";
            },
            C::LinkNotReciprocal, "rung-a" },
    }));
    CAPTURE(c.name);
    auto exercises = soundLadder();
    c.mutate(exercises);
    const auto findings = validateExercises(exercises);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].code == c.expected);
    CHECK(findings[0].subjectId == c.subject);
    CHECK_FALSE(findings[0].message.empty());
}

TEST_CASE("Loops along harder or easier links are found", "[core][library]")
{
    auto exercises = soundLadder();
    exercises[2].harderId = "rung-a"; // c -> a closes a harder loop a -> b -> c -> a
    exercises[0].easierId = "rung-c";
    exercises[0].level = exercises[1].level = exercises[2].level = 2;
    const auto findings = validateExercises(exercises);
    const auto codes = codesOf(findings);
    const auto loops = std::count(codes.begin(), codes.end(), LibraryFindingCode::LadderLoop);
    CHECK(loops == 6); // each of the three rungs, in both directions
    CHECK(findings.size() == 6);
    CHECK(std::count(codes.begin(), codes.end(), LibraryFindingCode::LevelOrder) == 0);
}

TEST_CASE("A custom exercise may point into a library ladder", "[core][library]")
{
    auto exercises = soundLadder();
    auto custom = makeExercise("custom-5f0c2a9e-1b2c-4d3e-8f90-a1b2c3d4e5f6", 2);
    custom.custom = true;
    custom.basedOnId = "rung-b";
    custom.harderId = "rung-c";
    exercises.push_back(custom);
    CHECK(validateExercises(exercises).empty());
}

TEST_CASE("Each topic rule fires on its own", "[core][library]")
{
    struct Case {
        const char* name;
        std::function<void(std::vector<EducationTopic>&)> mutate;
        LibraryFindingCode expected;
    };
    using C = LibraryFindingCode;
    const auto c = GENERATE(values<Case>({
        { "duplicate id", [](auto& v) { v.push_back(v[0]); }, C::DuplicateId },
        { "bad id", [](auto& v) { v[0].id = "Pacing_1"; }, C::InvalidId },
        { "no title", [](auto& v) { v[0].title.clear(); }, C::MissingName },
        { "no summary", [](auto& v) { v[0].summary = "\n"; }, C::MissingSummary },
        { "one paragraph", [](auto& v) { v[0].paragraphs.pop_back(); }, C::ParagraphCount },
        { "six paragraphs", [](auto& v) { v[0].paragraphs.resize(6, "More."); }, C::ParagraphCount },
        { "two key points", [](auto& v) { v[0].keyPoints.pop_back(); }, C::KeyPointCount },
        { "six key points", [](auto& v) { v[0].keyPoints.resize(6, "More."); }, C::KeyPointCount },
        { "blank paragraph", [](auto& v) { v[0].paragraphs[1].clear(); }, C::EmptyText },
    }));
    CAPTURE(c.name);
    std::vector<EducationTopic> topics { makeTopic("pacing") };
    c.mutate(topics);
    const auto findings = validateTopics(topics);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].code == c.expected);
}

TEST_CASE("Finding codes have stable names", "[core][library]")
{
    CHECK(std::string(libraryFindingCodeName(LibraryFindingCode::UnresolvedLink)) == "unresolved-link");
    CHECK(std::string(libraryFindingCodeName(LibraryFindingCode::LadderLoop)) == "ladder-loop");
    CHECK(std::string(libraryFindingCodeName(LibraryFindingCode::KeyPointCount)) == "key-point-count");
}

TEST_CASE("Kebab-case ids", "[core][library]")
{
    CHECK(isKebabCaseId("wall-push-up"));
    CHECK(isKebabCaseId("step-up-20cm"));
    CHECK(isKebabCaseId("plank"));
    CHECK_FALSE(isKebabCaseId(""));
    CHECK_FALSE(isKebabCaseId("-plank"));
    CHECK_FALSE(isKebabCaseId("plank-"));
    CHECK_FALSE(isKebabCaseId("wall push up"));
    CHECK_FALSE(isKebabCaseId("wall_push_up"));
    CHECK_FALSE(isKebabCaseId("Plank"));
}

TEST_CASE("A ladder runs from the easiest to the hardest rung", "[core][library]")
{
    const InMemoryCatalog catalog(soundLadder());
    const std::vector<std::string> expected { "rung-a", "rung-b", "rung-c" };
    CHECK(ladderOf(catalog, "rung-a") == expected);
    CHECK(ladderOf(catalog, "rung-b") == expected);
    CHECK(ladderOf(catalog, "rung-c") == expected);
    CHECK(ladderOf(catalog, "nothing").empty());

    CHECK(ladderStep(catalog, "rung-a", 1) == "rung-b");
    CHECK(ladderStep(catalog, "rung-a", 5) == "rung-c");
    CHECK(ladderStep(catalog, "rung-c", -1) == "rung-b");
    CHECK(ladderStep(catalog, "rung-b", -4) == "rung-a");
    CHECK(ladderStep(catalog, "rung-b", 0) == "rung-b");
    CHECK(ladderStep(catalog, "nothing", 1).empty());

    const InMemoryCatalog single({ makeExercise("alone", 1) });
    CHECK(ladderOf(single, "alone") == std::vector<std::string> { "alone" });
    CHECK(ladderStep(single, "alone", 2) == "alone");
}

TEST_CASE("A ladder stops at broken links and loops", "[core][library]")
{
    auto exercises = soundLadder();
    exercises[2].harderId = "rung-a"; // loop
    const InMemoryCatalog looped(exercises);
    CHECK(ladderOf(looped, "rung-b") == std::vector<std::string> { "rung-a", "rung-b", "rung-c" });

    exercises = soundLadder();
    exercises[1].harderId = "missing";
    const InMemoryCatalog broken(exercises);
    CHECK(ladderOf(broken, "rung-b") == std::vector<std::string> { "rung-a", "rung-b" });
}
