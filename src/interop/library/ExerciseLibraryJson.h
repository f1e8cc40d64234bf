// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/library/Exercise.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace paceplan::interop {

/// The "format" value of an exercise library document (docs/library.md).
inline constexpr const char* kExerciseLibraryFormat = "paceplan-exercise-library";
/// The "format" value of an education topics document (docs/library.md).
inline constexpr const char* kEducationFormat = "paceplan-education";

/// The content of one exercise library document: its content version and its exercises in file order.
struct ExerciseLibraryFile {
    int libraryVersion = 0;
    std::vector<core::Exercise> exercises;
};

/// The content of one education document: its content version and its topics in file order.
struct EducationFile {
    int libraryVersion = 0;
    std::vector<core::EducationTopic> topics;
};

/// What reading does with keys it does not know: ignore them (newer files, hand-written imports) or
/// reject them (the shipped files, where an unknown key is a typo).
enum class UnknownKeys { Ignore, Reject };

/// Reads an exercise library document {"format": "paceplan-exercise-library", "library_version": N, "exercises":
/// [...]}.
///
/// Errors name the JSON position in `field` (for example "exercises[3].start_dose.sets") and the exercise id
/// in `detail`; a syntax error gives its line and column in `detail`.
core::Result<ExerciseLibraryFile> parseExerciseLibrary(
    const std::string& text, UnknownKeys unknownKeys = UnknownKeys::Ignore);

/// Reads an education document {"format": "paceplan-education", "library_version": N, "topics": [...]}.
core::Result<EducationFile> parseEducationLibrary(
    const std::string& text, UnknownKeys unknownKeys = UnknownKeys::Ignore);

/// Reads exercises for import: an exercise library document, a JSON array of exercise objects, or one exercise object.
core::Result<std::vector<core::Exercise>> parseExercises(
    const std::string& text, UnknownKeys unknownKeys = UnknownKeys::Ignore);

/// Reads one exercise object; wrong types and unknown codes are errors, missing optional keys take defaults.
core::Result<core::Exercise> exerciseFromJson(
    const nlohmann::json& json, UnknownKeys unknownKeys = UnknownKeys::Ignore);

/// Reads one education topic object.
core::Result<core::EducationTopic> topicFromJson(
    const nlohmann::json& json, UnknownKeys unknownKeys = UnknownKeys::Ignore);

/// An exercise as a JSON object with snake_case keys in a fixed order; zero counts and unset fields are left out.
nlohmann::ordered_json exerciseToJson(const core::Exercise& exercise);

/// An education topic as a JSON object with snake_case keys in a fixed order.
nlohmann::ordered_json topicToJson(const core::EducationTopic& topic);

/// A complete exercise library document holding `exercises`.
nlohmann::ordered_json exerciseLibraryToJson(int libraryVersion, const std::vector<core::Exercise>& exercises);

/// A complete education document holding `topics`.
nlohmann::ordered_json educationLibraryToJson(int libraryVersion, const std::vector<core::EducationTopic>& topics);

} // namespace paceplan::interop
