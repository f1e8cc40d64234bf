// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/library/ExerciseLibraryJson.h"

#include "core/plan/DoseField.h"
#include "interop/library/DrawingJson.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <initializer_list>
#include <limits>
#include <utility>

namespace paceplan::interop {

using nlohmann::json;
using nlohmann::ordered_json;
using namespace paceplan::core;

namespace {

/// Thrown inside this file only and turned into a Result at each public function.
struct ReadFailure {
    Error error;
};

/// Reads the keys of one JSON object, naming its position and subject in every error.
class ObjectReader {
public:
    ObjectReader(const json& object, std::string path, std::string subject, UnknownKeys unknownKeys)
        : m_object(object), m_path(std::move(path)), m_subject(std::move(subject)), m_unknownKeys(unknownKeys)
    {
        if (!m_object.is_object())
            fail(ErrorCode::InvalidFormat, {}, "expected a JSON object");
    }

    [[noreturn]] void fail(ErrorCode code, const std::string& key, const std::string& message) const
    {
        throw ReadFailure { makeError(code, pathOf(key), m_subject.empty() ? message : m_subject + ": " + message) };
    }

    std::string pathOf(const std::string& key) const
    {
        if (key.empty())
            return m_path;
        return m_path.empty() ? key : m_path + "." + key;
    }

    void setSubject(std::string subject) { m_subject = std::move(subject); }

    /// The value of `key`, or nullptr when it is absent or null; a required key must be present.
    const json* value(const char* key, bool required = false) const
    {
        const auto it = m_object.find(key);
        if (it == m_object.end() || it->is_null()) {
            if (required)
                fail(ErrorCode::Required, key, std::string("the key \"") + key + "\" is missing");
            return nullptr;
        }
        return &*it;
    }

    void read(const char* key, std::string& target, bool required = false) const
    {
        if (const json* v = value(key, required)) {
            if (!v->is_string())
                fail(ErrorCode::InvalidFormat, key, "expected a text");
            target = v->get<std::string>();
        }
    }

    void read(const char* key, int& target, bool required = false) const
    {
        if (const json* v = value(key, required)) {
            if (!v->is_number_integer())
                fail(ErrorCode::InvalidFormat, key, "expected a whole number");
            // Positive numbers arrive as unsigned; anything beyond int's range is refused, not wrapped.
            const bool tooLarge = v->is_number_unsigned()
                ? v->get<unsigned long long>() > static_cast<unsigned long long>(std::numeric_limits<int>::max())
                : v->get<long long>() > std::numeric_limits<int>::max();
            const bool tooSmall = !v->is_number_unsigned() && v->get<long long>() < std::numeric_limits<int>::min();
            if (tooLarge || tooSmall)
                fail(ErrorCode::OutOfRange, key, "the number is too large");
            target = static_cast<int>(v->get<long long>());
        }
    }

    void read(const char* key, double& target) const
    {
        if (const json* v = value(key)) {
            if (!v->is_number())
                fail(ErrorCode::InvalidFormat, key, "expected a number");
            target = v->get<double>();
        }
    }

    void read(const char* key, bool& target) const
    {
        if (const json* v = value(key)) {
            if (!v->is_boolean())
                fail(ErrorCode::InvalidFormat, key, "expected true or false");
            target = v->get<bool>();
        }
    }

    void read(const char* key, std::vector<std::string>& target) const
    {
        if (const json* v = value(key)) {
            if (!v->is_array())
                fail(ErrorCode::InvalidFormat, key, "expected a list of texts");
            target.clear();
            for (std::size_t i = 0; i < v->size(); ++i) {
                if (!(*v)[i].is_string())
                    fail(ErrorCode::InvalidFormat, std::string(key) + "[" + std::to_string(i) + "]", "expected a text");
                target.push_back((*v)[i].get<std::string>());
            }
        }
    }

    template <typename Enum, typename Parse>
    void readCode(const char* key, Enum& target, Parse parse, const char* what) const
    {
        std::string code;
        read(key, code, true);
        const auto parsed = parse(code);
        if (!parsed)
            fail(ErrorCode::InvalidValue, key, std::string("unknown ") + what + " \"" + code + "\"");
        target = *parsed;
    }

    /// Fails on a key outside `known` when unknown keys are rejected.
    void checkKeys(std::initializer_list<const char*> known) const
    {
        if (m_unknownKeys == UnknownKeys::Ignore)
            return;
        for (const auto& item : m_object.items()) {
            const bool isKnown
                = std::any_of(known.begin(), known.end(), [&](const char* k) { return item.key() == k; });
            if (!isKnown)
                fail(ErrorCode::InvalidValue, item.key(), "unknown key \"" + item.key() + "\"");
        }
    }

    const std::string& subject() const { return m_subject; }
    UnknownKeys unknownKeys() const { return m_unknownKeys; }

private:
    const json& m_object;
    std::string m_path;
    std::string m_subject;
    UnknownKeys m_unknownKeys;
};

Dose readDose(const ObjectReader& parent, const json& object)
{
    const ObjectReader reader(object, parent.pathOf("start_dose"), parent.subject(), parent.unknownKeys());
    reader.checkKeys({ "sets", "repetitions", "hold_seconds", "duration_seconds", "distance_metres", "rest_seconds",
        "times_per_day", "load" });
    Dose dose;
    reader.read("sets", dose.sets);
    reader.read("repetitions", dose.repetitions);
    reader.read("hold_seconds", dose.holdSeconds);
    reader.read("duration_seconds", dose.durationSeconds);
    reader.read("distance_metres", dose.distanceMetres);
    reader.read("rest_seconds", dose.restSeconds);
    reader.read("times_per_day", dose.timesPerDay);
    if (const json* load = reader.value("load")) {
        const ObjectReader loadReader(*load, reader.pathOf("load"), reader.subject(), reader.unknownKeys());
        loadReader.checkKeys({ "kind", "kg", "band" });
        loadReader.readCode("kind", dose.load.kind, loadKindFromCode, "load kind");
        loadReader.read("kg", dose.load.kg);
        loadReader.read("band", dose.load.bandColour);
    }
    return dose;
}

Exercise readExercise(const json& object, const std::string& path, UnknownKeys unknownKeys)
{
    ObjectReader reader(object, path, {}, unknownKeys);
    Exercise exercise;
    reader.read("id", exercise.id, true);
    reader.setSubject("exercise \"" + exercise.id + "\"");
    reader.checkKeys({ "id", "name", "summary", "category", "regions", "equipment", "level", "dose_kind", "start_dose",
        "steps", "cues", "safety", "easier", "harder", "custom", "archived", "based_on_id", "drawing" });
    reader.read("name", exercise.name, true);
    reader.read("summary", exercise.summary);
    reader.readCode("category", exercise.category, exerciseCategoryFromCode, "category");
    reader.read("regions", exercise.regions);
    reader.read("equipment", exercise.equipment);
    reader.read("level", exercise.level, true);
    reader.readCode("dose_kind", exercise.doseKind, doseKindFromCode, "dose kind");
    if (const json* dose = reader.value("start_dose"))
        exercise.startDose = readDose(reader, *dose);
    reader.read("steps", exercise.steps);
    reader.read("cues", exercise.cues);
    reader.read("safety", exercise.safety);
    reader.read("easier", exercise.easierId);
    reader.read("harder", exercise.harderId);
    reader.read("custom", exercise.custom);
    reader.read("archived", exercise.archived);
    reader.read("based_on_id", exercise.basedOnId);
    if (const json* drawing = reader.value("drawing")) {
        auto parsed = drawingFromJson(*drawing);
        if (!parsed)
            reader.fail(parsed.error().code,
                parsed.error().field.empty() ? std::string("drawing") : "drawing." + parsed.error().field,
                parsed.error().detail);
        exercise.drawing = std::move(parsed).value();
    }
    return exercise;
}

EducationTopic readTopic(const json& object, const std::string& path, UnknownKeys unknownKeys)
{
    ObjectReader reader(object, path, {}, unknownKeys);
    EducationTopic topic;
    reader.read("id", topic.id, true);
    reader.setSubject("topic \"" + topic.id + "\"");
    reader.checkKeys({ "id", "title", "summary", "paragraphs", "key_points" });
    reader.read("title", topic.title, true);
    reader.read("summary", topic.summary);
    reader.read("paragraphs", topic.paragraphs);
    reader.read("key_points", topic.keyPoints);
    return topic;
}

json parseText(const std::string& text)
{
    try {
        return json::parse(text);
    } catch (const json::parse_error& e) {
        std::string message = e.what();
        const auto at = message.find("parse error at ");
        if (at != std::string::npos)
            message = message.substr(at + 15);
        throw ReadFailure { makeError(ErrorCode::ParseError, {}, message) };
    }
}

/// Reads the header of a library document and returns its list under `listKey`.
const json& readDocument(
    const json& document, const char* format, const char* listKey, UnknownKeys unknownKeys, int& libraryVersion)
{
    const ObjectReader reader(document, {}, {}, unknownKeys);
    std::string actual;
    reader.read("format", actual, true);
    if (actual != format)
        reader.fail(ErrorCode::Unsupported, "format",
            "expected the format \"" + std::string(format) + "\", not \"" + actual + "\"");
    reader.checkKeys({ "format", "library_version", listKey });
    reader.read("library_version", libraryVersion, true);
    if (libraryVersion < 1)
        reader.fail(ErrorCode::OutOfRange, "library_version", "the library version must be 1 or more");
    const json* list = reader.value(listKey, true);
    if (!list->is_array())
        reader.fail(ErrorCode::InvalidFormat, listKey, "expected a list");
    return *list;
}

std::string itemPath(const char* listKey, std::size_t index)
{
    return std::string(listKey) + "[" + std::to_string(index) + "]";
}

template <typename Function> auto guarded(Function&& function) -> Result<decltype(function())>
{
    try {
        return function();
    } catch (const ReadFailure& failure) {
        return failure.error;
    }
}

} // namespace

Result<ExerciseLibraryFile> parseExerciseLibrary(const std::string& text, UnknownKeys unknownKeys)
{
    return guarded([&] {
        const json document = parseText(text);
        ExerciseLibraryFile file;
        const json& list
            = readDocument(document, kExerciseLibraryFormat, "exercises", unknownKeys, file.libraryVersion);
        for (std::size_t i = 0; i < list.size(); ++i)
            file.exercises.push_back(readExercise(list[i], itemPath("exercises", i), unknownKeys));
        return file;
    });
}

Result<EducationFile> parseEducationLibrary(const std::string& text, UnknownKeys unknownKeys)
{
    return guarded([&] {
        const json document = parseText(text);
        EducationFile file;
        const json& list = readDocument(document, kEducationFormat, "topics", unknownKeys, file.libraryVersion);
        for (std::size_t i = 0; i < list.size(); ++i)
            file.topics.push_back(readTopic(list[i], itemPath("topics", i), unknownKeys));
        return file;
    });
}

Result<std::vector<Exercise>> parseExercises(const std::string& text, UnknownKeys unknownKeys)
{
    return guarded([&] {
        const json document = parseText(text);
        std::vector<Exercise> exercises;
        if (document.is_array()) {
            for (std::size_t i = 0; i < document.size(); ++i)
                exercises.push_back(readExercise(document[i], "[" + std::to_string(i) + "]", unknownKeys));
        } else if (document.is_object() && document.contains("format")) {
            int version = 0;
            const json& list = readDocument(document, kExerciseLibraryFormat, "exercises", unknownKeys, version);
            for (std::size_t i = 0; i < list.size(); ++i)
                exercises.push_back(readExercise(list[i], itemPath("exercises", i), unknownKeys));
        } else {
            exercises.push_back(readExercise(document, {}, unknownKeys));
        }
        return exercises;
    });
}

Result<Exercise> exerciseFromJson(const json& object, UnknownKeys unknownKeys)
{
    return guarded([&] { return readExercise(object, {}, unknownKeys); });
}

Result<EducationTopic> topicFromJson(const json& object, UnknownKeys unknownKeys)
{
    return guarded([&] { return readTopic(object, {}, unknownKeys); });
}

ordered_json exerciseToJson(const Exercise& exercise)
{
    const Dose& dose = exercise.startDose;
    ordered_json start = ordered_json::object();
    const auto count = [&](const char* key, int value) {
        if (value != 0)
            start[key] = value;
    };
    count("sets", dose.sets);
    count("repetitions", dose.repetitions);
    count("hold_seconds", dose.holdSeconds);
    count("duration_seconds", dose.durationSeconds);
    count("distance_metres", dose.distanceMetres);
    count("rest_seconds", dose.restSeconds);
    start["times_per_day"] = dose.timesPerDay;
    ordered_json load { { "kind", loadKindCode(dose.load.kind) } };
    if (dose.load.kg != 0.0)
        load["kg"] = dose.load.kg;
    if (!dose.load.bandColour.empty())
        load["band"] = dose.load.bandColour;
    start["load"] = std::move(load);

    ordered_json out {
        { "id", exercise.id },
        { "name", exercise.name },
        { "summary", exercise.summary },
        { "category", exerciseCategoryCode(exercise.category) },
        { "regions", exercise.regions },
        { "equipment", exercise.equipment },
        { "level", exercise.level },
        { "dose_kind", doseKindCode(exercise.doseKind) },
        { "start_dose", std::move(start) },
        { "steps", exercise.steps },
        { "cues", exercise.cues },
        { "safety", exercise.safety },
    };
    if (!exercise.easierId.empty())
        out["easier"] = exercise.easierId;
    if (!exercise.harderId.empty())
        out["harder"] = exercise.harderId;
    if (exercise.custom)
        out["custom"] = true;
    if (exercise.archived)
        out["archived"] = true;
    if (!exercise.basedOnId.empty())
        out["based_on_id"] = exercise.basedOnId;
    if (exercise.drawing)
        out["drawing"] = drawingToJson(*exercise.drawing);
    return out;
}

ordered_json topicToJson(const EducationTopic& topic)
{
    return ordered_json {
        { "id", topic.id },
        { "title", topic.title },
        { "summary", topic.summary },
        { "paragraphs", topic.paragraphs },
        { "key_points", topic.keyPoints },
    };
}

ordered_json exerciseLibraryToJson(int libraryVersion, const std::vector<Exercise>& exercises)
{
    ordered_json list = ordered_json::array();
    for (const auto& exercise : exercises)
        list.push_back(exerciseToJson(exercise));
    return ordered_json { { "format", kExerciseLibraryFormat }, { "library_version", libraryVersion },
        { "exercises", std::move(list) } };
}

ordered_json educationLibraryToJson(int libraryVersion, const std::vector<EducationTopic>& topics)
{
    ordered_json list = ordered_json::array();
    for (const auto& topic : topics)
        list.push_back(topicToJson(topic));
    return ordered_json { { "format", kEducationFormat }, { "library_version", libraryVersion },
        { "topics", std::move(list) } };
}

} // namespace paceplan::interop
