// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library/Exercise.h"
#include "core/library/ExerciseCatalog.h"

#include <string>
#include <string_view>
#include <vector>

namespace paceplan::core {

/// What a library finding is about; each has a stable name (see libraryFindingCodeName).
enum class LibraryFindingCode {
    DuplicateId, ///< Two exercises (or two topics) share an id.
    InvalidId, ///< The id is empty or not lower-case kebab-case.
    MissingName, ///< The exercise has no name (or the topic no title).
    MissingSummary, ///< The summary is empty.
    MissingRegion, ///< The exercise names no body region.
    UnknownRegion, ///< A region code is not in kBodyRegionCodes.
    UnknownEquipment, ///< An equipment code is not in kEquipmentCodes.
    LevelOutOfRange, ///< The level is not 1-5.
    DoseMismatch, ///< The start dose lacks the count its dose kind needs, or a count is negative.
    LoadMismatch, ///< The load kind and its kilograms or band colour do not agree.
    UnknownBandColour, ///< A band colour is not in kBandColourCodes.
    StepCount, ///< The exercise does not have 3-6 steps.
    EmptyText, ///< A step, cue, safety note, paragraph or key point is empty.
    UnresolvedLink, ///< The easier or harder variant does not exist.
    SelfLink, ///< The exercise names itself as its easier or harder variant.
    LadderLoop, ///< Following harder (or easier) links leads back to this exercise.
    LevelOrder, ///< The harder variant has a lower level (or the easier one a higher level).
    LinkNotReciprocal, ///< Library exercise A names B as harder but B does not name A as easier (or the reverse).
    ParagraphCount, ///< An education topic does not have 2-5 paragraphs.
    KeyPointCount, ///< An education topic does not have 3-5 key points.
    MissingDrawing, ///< A library exercise has no drawing.
    DrawingProblem, ///< A drawing fails its checks (see drawing::checkDrawing).
    DrawingLink, ///< A drawing shows another exercise's drawing ("same_as") that does not exist or has none.
};

/// One problem found in library content: what (code), which exercise or topic (subject id), and a plain message.
struct LibraryFinding {
    LibraryFindingCode code = LibraryFindingCode::InvalidId;
    std::string subjectId;
    std::string message;

    friend bool operator==(const LibraryFinding&, const LibraryFinding&) = default;
};

/// Limits that library validation enforces.
inline constexpr int kMinExerciseLevel = 1;
inline constexpr int kMaxExerciseLevel = 5;
inline constexpr std::size_t kMinSteps = 3;
inline constexpr std::size_t kMaxSteps = 6;
inline constexpr std::size_t kMinParagraphs = 2;
inline constexpr std::size_t kMaxParagraphs = 5;
inline constexpr std::size_t kMinKeyPoints = 3;
inline constexpr std::size_t kMaxKeyPoints = 5;

/// A stable English name of a finding code, for logs, JSON output and tests ("unresolved-link").
const char* libraryFindingCodeName(LibraryFindingCode code);

/// True for a non-empty id of lower-case letters and digits in groups joined by single hyphens ("wall-push-up").
bool isKebabCaseId(std::string_view id);

/// Every problem in a set of exercises, in input order; empty when the set is sound.
///
/// Links are resolved within the set. The reciprocity rule applies only between two library (non-custom)
/// exercises, so a clinic's own exercise may point into a library ladder without the library pointing back.
std::vector<LibraryFinding> validateExercises(const std::vector<Exercise>& exercises);

/// The drawing an exercise shows: its own, or (for a documented variant, "same_as") the drawing of the exercise it
/// names, mirrored when the variant says so. Empty when it has none or the link does not resolve.
std::optional<drawing::Drawing> drawingOf(const ExerciseCatalog& catalog, const Exercise& exercise);

/// Every problem in a set of education topics, in input order; empty when the set is sound.
std::vector<LibraryFinding> validateTopics(const std::vector<EducationTopic>& topics);

/// The findings of validateExercises followed by those of validateTopics.
std::vector<LibraryFinding> validateLibrary(
    const std::vector<Exercise>& exercises, const std::vector<EducationTopic>& topics);

/// The ladder through an exercise, easiest first: its easier variants, itself, then its harder variants.
///
/// Missing links end the ladder and a link back to an exercise already on it stops the walk, so the result
/// is finite even for bad data. Empty when the id is unknown.
std::vector<std::string> ladderOf(const ExerciseCatalog& catalog, std::string_view id);

/// The id `steps` rungs harder (negative: easier) on the exercise's ladder, stopping at either end.
///
/// Returns the id itself for 0 steps or when it has no variant that way; empty when the id is unknown.
std::string ladderStep(const ExerciseCatalog& catalog, std::string_view id, int steps);

} // namespace paceplan::core
