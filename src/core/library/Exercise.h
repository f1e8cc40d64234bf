// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drawing/Drawing.h"

#include <optional>
#include <string>
#include <vector>

namespace paceplan::core {

/// What kind of work an exercise is; stored by its stable code (see exerciseCategoryCode).
enum class ExerciseCategory { Aerobic, Strength, Mobility, Balance, Relaxation, Functional };

/// How an exercise's dose is counted.
enum class DoseKind { Repetitions, Hold, Duration, Distance };

/// The resistance used for a strength exercise.
enum class LoadKind { Bodyweight, Kilograms, Band };

/// A load: body weight, a weight in kilograms or an elastic band of a colour.
struct Load {
    LoadKind kind = LoadKind::Bodyweight;
    double kg = 0.0; ///< With LoadKind::Kilograms.
    std::string bandColour; ///< With LoadKind::Band: a stable code such as "yellow", "red", "green", "blue", "black".

    friend bool operator==(const Load&, const Load&) = default;
};

/// A dose: how much of an exercise to do in one session. Zero means "not set" for each count.
struct Dose {
    int sets = 0;
    int repetitions = 0;
    int holdSeconds = 0;
    int durationSeconds = 0;
    int distanceMetres = 0;
    int restSeconds = 0; ///< Rest between sets.
    int timesPerDay = 1;
    Load load;

    friend bool operator==(const Dose&, const Dose&) = default;
};

/// An exercise: a library entry or a clinic's own, with plain-language instructions.
struct Exercise {
    std::string id; ///< Stable id: kebab-case for library entries, "custom-<uuid>" for the clinic's own.
    std::string name;
    std::string summary; ///< One plain sentence saying what it is for.
    ExerciseCategory category = ExerciseCategory::Strength;
    std::vector<std::string> regions; ///< Body-region codes (see kBodyRegionCodes).
    std::vector<std::string> equipment; ///< Equipment codes (see kEquipmentCodes); empty = none needed.
    int level = 1; ///< 1 (easiest) ... 5 (hardest).
    DoseKind doseKind = DoseKind::Repetitions;
    Dose startDose; ///< A sensible starting dose for a deconditioned adult with chronic pain.
    std::vector<std::string> steps; ///< 3-6 numbered steps in plain language.
    std::vector<std::string> cues; ///< Short key cues.
    std::vector<std::string> safety; ///< Safety notes.
    std::string easierId; ///< Id of the easier variant, or empty.
    std::string harderId; ///< Id of the harder variant, or empty.
    bool custom = false; ///< True for a clinic's own exercise.
    bool archived = false;
    std::string basedOnId; ///< For a duplicated custom exercise: the library id it came from.
    /// The picture PacePlan draws of it; every library exercise has one. A clinic exercise may have none.
    std::optional<drawing::Drawing> drawing;

    friend bool operator==(const Exercise&, const Exercise&) = default;
};

/// A short self-management or pain-education topic that can be attached to a plan.
struct EducationTopic {
    std::string id;
    std::string title;
    std::string summary; ///< One or two sentences.
    std::vector<std::string> paragraphs; ///< The body text.
    std::vector<std::string> keyPoints; ///< Three to five take-home points.

    friend bool operator==(const EducationTopic&, const EducationTopic&) = default;
};

/// The stable codes of the body regions an exercise can work.
inline const std::vector<std::string> kBodyRegionCodes = { "whole-body", "neck", "upper-back", "lower-back", "trunk",
    "chest", "shoulders", "arms", "hands", "hips", "glutes", "thighs", "knees", "calves", "ankles", "feet" };

/// The stable codes of equipment.
inline const std::vector<std::string> kEquipmentCodes
    = { "chair", "wall", "step", "stairs", "mat", "band", "dumbbell", "kettlebell", "machine", "bike", "pool",
          "treadmill", "ball", "towel", "bag", "table", "rail", "pillow", "cane", "poles" };

/// The stable codes of band colours, lightest first.
inline const std::vector<std::string> kBandColourCodes = { "yellow", "red", "green", "blue", "black", "silver" };

const char* exerciseCategoryCode(ExerciseCategory category);
std::optional<ExerciseCategory> exerciseCategoryFromCode(const std::string& code);
const char* doseKindCode(DoseKind kind);
std::optional<DoseKind> doseKindFromCode(const std::string& code);

} // namespace paceplan::core
