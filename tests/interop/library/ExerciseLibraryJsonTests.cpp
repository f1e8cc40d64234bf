// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/library/ExerciseLibraryJson.h"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace paceplan;
using namespace paceplan::core;
using namespace paceplan::interop;

namespace {

Exercise fullExercise()
{
    Exercise e;
    e.id = "band-row";
    e.name = "Seated row with a band";
    e.summary = "Makes the upper back stronger.";
    e.category = ExerciseCategory::Strength;
    e.regions = { "upper-back", "arms" };
    e.equipment = { "band", "chair" };
    e.level = 2;
    e.doseKind = DoseKind::Repetitions;
    e.startDose.sets = 2;
    e.startDose.repetitions = 10;
    e.startDose.restSeconds = 60;
    e.startDose.timesPerDay = 1;
    e.startDose.load = Load { LoadKind::Band, 0.0, "yellow" };
    e.steps = { "Sit tall.", "Pull the band to your ribs.", "Let it back slowly." };
    e.cues = { "Squeeze your shoulder blades.", "Breathe out as you pull." };
    e.safety = { "Check the band for tears." };
    e.easierId = "band-row-standing";
    e.harderId = "dumbbell-row";
    return e;
}

Exercise customExercise()
{
    Exercise e = fullExercise();
    e.id = "custom-0b8f4f8e-4c1a-4d43-9a57-1f0d2f3c4b5a";
    e.custom = true;
    e.archived = true;
    e.basedOnId = "band-row";
    e.startDose.load = Load { LoadKind::Kilograms, 2.5, {} };
    e.easierId.clear();
    return e;
}

std::string libraryText(const std::string& exercises, int version = 3)
{
    return R"({"format":"paceplan-exercise-library","library_version":)" + std::to_string(version) + R"(,"exercises":[)"
        + exercises + "]}";
}

const std::string kMinimal
    = R"({"id":"wall-sit","name":"Wall sit","summary":"Holds a squat.","category":"strength","regions":["thighs"],)"
      R"("level":2,"dose_kind":"hold","start_dose":{"sets":3,"hold_seconds":20},"steps":["a","b","c"]})";

} // namespace

TEST_CASE("An exercise round-trips through JSON", "[interop][library]")
{
    for (const auto& exercise : { fullExercise(), customExercise() }) {
        CAPTURE(exercise.id);
        const auto json = exerciseToJson(exercise);
        const auto back = exerciseFromJson(nlohmann::json(json));
        REQUIRE(back.ok());
        CHECK(*back == exercise);
        // And through text, as the CLI writes and reads it.
        const auto parsed = parseExercises(json.dump(2));
        REQUIRE(parsed.ok());
        REQUIRE(parsed->size() == 1);
        CHECK(parsed->front() == exercise);
    }
}

TEST_CASE("Exercise JSON uses the documented keys", "[interop][library]")
{
    const auto json = exerciseToJson(customExercise());
    CHECK(json.at("id") == "custom-0b8f4f8e-4c1a-4d43-9a57-1f0d2f3c4b5a");
    CHECK(json.at("category") == "strength");
    CHECK(json.at("dose_kind") == "repetitions");
    CHECK(json.at("start_dose").at("sets") == 2);
    CHECK(json.at("start_dose").at("rest_seconds") == 60);
    CHECK(json.at("start_dose").at("load").at("kind") == "kg");
    CHECK(json.at("start_dose").at("load").at("kg") == 2.5);
    CHECK_FALSE(json.at("start_dose").contains("hold_seconds"));
    CHECK(json.at("custom") == true);
    CHECK(json.at("archived") == true);
    CHECK(json.at("based_on_id") == "band-row");
    CHECK(json.at("harder") == "dumbbell-row");
    CHECK_FALSE(json.contains("easier"));
    CHECK(json.begin().key() == "id"); // keys keep their documented order

    const auto library = exerciseToJson(fullExercise());
    CHECK_FALSE(library.contains("custom"));
    CHECK_FALSE(library.contains("archived"));
    CHECK(library.at("start_dose").at("load").at("band") == "yellow");
}

TEST_CASE("A library document round-trips", "[interop][library]")
{
    const auto text = exerciseLibraryToJson(7, { fullExercise(), customExercise() }).dump(2);
    const auto file = parseExerciseLibrary(text, UnknownKeys::Reject);
    REQUIRE(file.ok());
    CHECK(file->libraryVersion == 7);
    REQUIRE(file->exercises.size() == 2);
    CHECK(file->exercises[0] == fullExercise());
    CHECK(file->exercises[1] == customExercise());

    EducationTopic topic { "pacing", "Pacing", "Do a set amount.", { "One.", "Two." }, { "A.", "B.", "C." } };
    const auto education = parseEducationLibrary(educationLibraryToJson(2, { topic }).dump(), UnknownKeys::Reject);
    REQUIRE(education.ok());
    CHECK(education->libraryVersion == 2);
    REQUIRE(education->topics.size() == 1);
    CHECK(education->topics[0] == topic);
}

TEST_CASE("Missing optional keys take their defaults", "[interop][library]")
{
    const auto file = parseExerciseLibrary(libraryText(kMinimal));
    REQUIRE(file.ok());
    const Exercise& e = file->exercises.at(0);
    CHECK(e.doseKind == DoseKind::Hold);
    CHECK(e.startDose.holdSeconds == 20);
    CHECK(e.startDose.timesPerDay == 1);
    CHECK(e.startDose.load.kind == LoadKind::Bodyweight);
    CHECK(e.equipment.empty());
    CHECK(e.cues.empty());
    CHECK(e.easierId.empty());
    CHECK_FALSE(e.custom);
}

TEST_CASE("Import accepts one exercise, a list or a library document", "[interop][library]")
{
    const auto one = parseExercises(kMinimal);
    REQUIRE(one.ok());
    CHECK(one->size() == 1);
    const auto list = parseExercises("[" + kMinimal + "," + kMinimal + "]");
    REQUIRE(list.ok());
    CHECK(list->size() == 2);
    const auto document = parseExercises(libraryText(kMinimal));
    REQUIRE(document.ok());
    CHECK(document->size() == 1);
    const auto wrongDocument = parseExercises(R"({"format":"paceplan-education","library_version":1,"topics":[]})");
    REQUIRE_FALSE(wrongDocument.ok());
    CHECK(wrongDocument.error().code == ErrorCode::Unsupported);
}

TEST_CASE("Malformed JSON gives its line and column", "[interop][library]")
{
    const auto result
        = parseExerciseLibrary("{\n  \"format\": \"paceplan-exercise-library\",\n  \"exercises\": [,]\n}");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::ParseError);
    CHECK_THAT(result.error().detail, Catch::Contains("line 3"));
    CHECK_FALSE(parseExercises("").ok());
    CHECK_FALSE(parseEducationLibrary("[1, 2").ok());
}

TEST_CASE("Bad exercise content names the position and the exercise", "[interop][library]")
{
    struct Case {
        const char* name;
        std::string text;
        ErrorCode code;
        const char* field;
    };
    const auto withKey = [](const std::string& key, const std::string& value) {
        // The minimal exercise with one key's value replaced or added.
        auto json = nlohmann::json::parse(kMinimal);
        json[key] = nlohmann::json::parse(value);
        return json.dump();
    };
    const auto c = GENERATE_COPY(values<Case>({
        { "unknown category", libraryText(withKey("category", R"("cardio")")), ErrorCode::InvalidValue,
            "exercises[0].category" },
        { "unknown dose kind", libraryText(withKey("dose_kind", R"("sets")")), ErrorCode::InvalidValue,
            "exercises[0].dose_kind" },
        { "level as text", libraryText(withKey("level", R"("3")")), ErrorCode::InvalidFormat, "exercises[0].level" },
        { "level as fraction", libraryText(withKey("level", "2.5")), ErrorCode::InvalidFormat, "exercises[0].level" },
        { "regions as text", libraryText(withKey("regions", R"("thighs")")), ErrorCode::InvalidFormat,
            "exercises[0].regions" },
        { "step as number", libraryText(withKey("steps", R"(["a", "b", 3])")), ErrorCode::InvalidFormat,
            "exercises[0].steps[2]" },
        { "custom as text", libraryText(withKey("custom", R"("yes")")), ErrorCode::InvalidFormat,
            "exercises[0].custom" },
        { "dose count as text", libraryText(kMinimal + "," + withKey("start_dose", R"({"sets":"two"})")),
            ErrorCode::InvalidFormat, "exercises[1].start_dose.sets" },
        { "huge count", libraryText(withKey("start_dose", R"({"sets":99999999999})")), ErrorCode::OutOfRange,
            "exercises[0].start_dose.sets" },
        { "load kind", libraryText(withKey("start_dose", R"({"load":{"kind":"stone"}})")), ErrorCode::InvalidValue,
            "exercises[0].start_dose.load.kind" },
        { "kg as text", libraryText(withKey("start_dose", R"({"load":{"kind":"kg","kg":"2"}})")),
            ErrorCode::InvalidFormat, "exercises[0].start_dose.load.kg" },
        { "exercise not an object", libraryText("42"), ErrorCode::InvalidFormat, "exercises[0]" },
        { "missing name", libraryText(R"({"id":"x","category":"strength","level":1,"dose_kind":"hold"})"),
            ErrorCode::Required, "exercises[0].name" },
        { "missing id", libraryText(R"({"name":"X"})"), ErrorCode::Required, "exercises[0].id" },
        { "wrong format", R"({"format":"something-else","library_version":1,"exercises":[]})", ErrorCode::Unsupported,
            "format" },
        { "no format", R"({"library_version":1,"exercises":[]})", ErrorCode::Required, "format" },
        { "version zero", libraryText(kMinimal, 0), ErrorCode::OutOfRange, "library_version" },
        { "version as text", R"({"format":"paceplan-exercise-library","library_version":"1","exercises":[]})",
            ErrorCode::InvalidFormat, "library_version" },
        { "exercises not a list", R"({"format":"paceplan-exercise-library","library_version":1,"exercises":{}})",
            ErrorCode::InvalidFormat, "exercises" },
        { "document is a list", "[]", ErrorCode::InvalidFormat, "" },
    }));
    CAPTURE(c.name);
    const auto result = parseExerciseLibrary(c.text);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == c.code);
    CHECK(result.error().field == c.field);
    if (std::string(c.field).rfind("exercises[0].", 0) == 0 && std::string(c.name) != "missing id")
        CHECK_THAT(
            result.error().detail, Catch::Contains("exercise \"wall-sit\"") || Catch::Contains("exercise \"x\""));
}

TEST_CASE("Unknown keys are ignored or rejected as asked", "[interop][library]")
{
    auto json = nlohmann::json::parse(kMinimal);
    json["colour"] = "blue";
    json["start_dose"]["hold_second"] = 30;
    const auto text = libraryText(json.dump());
    CHECK(parseExerciseLibrary(text, UnknownKeys::Ignore).ok());
    const auto rejected = parseExerciseLibrary(text, UnknownKeys::Reject);
    REQUIRE_FALSE(rejected.ok());
    CHECK(rejected.error().code == ErrorCode::InvalidValue);
    CHECK(rejected.error().field == "exercises[0].colour");

    json.erase("colour");
    const auto nested = parseExerciseLibrary(libraryText(json.dump()), UnknownKeys::Reject);
    REQUIRE_FALSE(nested.ok());
    CHECK(nested.error().field == "exercises[0].start_dose.hold_second");

    const auto topLevel = parseEducationLibrary(
        R"({"format":"paceplan-education","library_version":1,"topics":[],"extra":1})", UnknownKeys::Reject);
    REQUIRE_FALSE(topLevel.ok());
    CHECK(topLevel.error().field == "extra");
}

TEST_CASE("Bad topics name the position and the topic", "[interop][library]")
{
    const auto result
        = parseEducationLibrary(R"({"format":"paceplan-education","library_version":1,"topics":[)"
                                R"({"id":"pacing","title":"Pacing","paragraphs":["a"],"key_points":"not a list"}]})");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::InvalidFormat);
    CHECK(result.error().field == "topics[0].key_points");
    CHECK_THAT(result.error().detail, Catch::Contains("pacing"));

    const auto wrongFormat = parseEducationLibrary(libraryText(kMinimal));
    REQUIRE_FALSE(wrongFormat.ok());
    CHECK(wrongFormat.error().code == ErrorCode::Unsupported);

    CHECK_FALSE(topicFromJson(nlohmann::json::parse(R"({"id":"x"})")).ok()); // no title
    CHECK(topicFromJson(nlohmann::json::parse(R"({"id":"x","title":"X"})")).ok());
}
