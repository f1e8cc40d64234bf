// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/drawing/Drawing.h"
#include "core/library/Exercise.h"
#include "storage/ExerciseRecords.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paceplan::services {

class Clinic;

/// The exercises a listing asks for, in name order.
core::Result<std::vector<core::Exercise>> listExercises(Clinic& clinic, const storage::ExerciseQuery& query = {});
/// One exercise by its id, archived ones too.
core::Result<core::Exercise> exercise(Clinic& clinic, std::string_view id);
/// The pictures of an exercise, in the order they were added.
core::Result<std::vector<storage::ExerciseMedia>> exerciseMedia(Clinic& clinic, std::string_view id);

/// Validates and stores one of the clinic's own exercises under a new "custom-<uuid>" id; returns it as stored.
core::Result<core::Exercise> createExercise(Clinic& clinic, core::Exercise exercise);
/// Stores several exercises as the clinic's own (an import): all of them, or none when one is invalid.
core::Result<std::vector<core::Exercise>> importExercises(Clinic& clinic, std::vector<core::Exercise> exercises);
/// Stores changes to an exercise; a changed library exercise is kept as the clinic's edit on upgrades.
core::Result<core::Exercise> updateExercise(Clinic& clinic, core::Exercise exercise);
/// Copies an exercise (with its pictures) as the clinic's own, named `name`, to adapt it.
core::Result<core::Exercise> duplicateExercise(Clinic& clinic, std::string_view id, const std::string& name);
/// Hides an exercise from the library panel (plans that use it keep working) or shows it again.
core::Status setExerciseArchived(Clinic& clinic, std::string_view id, bool archived);

/// Reads a picture file for an exercise: SVG is kept as it is; PNG and JPEG are downscaled to at most 1200
/// pixels on the long side (photos as JPEG, drawings with transparency as PNG). An InvalidFormat error when the
/// file is not a readable PNG, JPEG or SVG picture.
core::Result<storage::ExerciseMedia> pictureFromFile(const QString& fileName);
/// Attaches a picture to an exercise; returns it as stored.
core::Result<storage::ExerciseMedia> addExercisePicture(
    Clinic& clinic, std::string_view id, storage::ExerciseMedia picture);
/// Removes one picture.
core::Status removeExercisePicture(Clinic& clinic, std::int64_t pictureId);
/// Removes every picture of an exercise; returns how many were removed.
core::Result<int> removeExercisePictures(Clinic& clinic, std::string_view id);

/// A stored picture as an image on white (SVG rendered at most 900 pixels); null when it cannot be read.
QImage decodeExercisePicture(const storage::ExerciseMedia& media);

/// The drawing an exercise shows, resolved: its own, or the drawing of the exercise it names as a variant.
std::optional<core::drawing::Drawing> exerciseDrawing(Clinic& clinic, const core::Exercise& exercise);

/// The main picture of an exercise on white, fitted into `size`: the clinic's first photo when it has one
/// (photos win), else its drawing. Null when it has neither.
QImage exercisePicture(Clinic& clinic, const core::Exercise& exercise, QSize size);

/// A drawing on a white image of `size` pixels (for previews while a drawing is being chosen).
QImage drawingPicture(const core::drawing::Drawing& drawing, QSize size);

/// Props a clinic can add to or take off a drawing it adapts: they place themselves (a mat under the body, a
/// chair under the pelvis, weights in both hands).
const std::vector<core::drawing::PropKind>& adaptableProps();

/// A clinic's drawing started from `base`: mirrored (the other side) when asked, with the adaptable props set to
/// exactly `props` (other props of the base stay as they are).
core::drawing::Drawing adaptDrawing(
    core::drawing::Drawing base, bool mirrored, const std::vector<core::drawing::PropKind>& props);

/// Writes the picture of exercise `id` to `fileName`: ".svg" (the drawing as vector graphics; a stored SVG as it
/// is; a photo embedded) or ".png" (`size` pixels wide). A NotFound error for an unknown exercise or one without a
/// picture, InvalidValue for another file type, and Io when the file cannot be written.
core::Status writeExercisePicture(Clinic& clinic, std::string_view id, const QString& fileName, int size);

/// The whole library (the clinic's own and archived exercises too) as a library JSON document (docs/library.md).
struct LibraryExport {
    std::string json; ///< The document, ending with a newline.
    std::size_t exercises = 0; ///< How many exercises it holds.
};
/// Writes the whole library as one library JSON document, stamped with the library version last merged.
core::Result<LibraryExport> exportLibrary(Clinic& clinic);

} // namespace paceplan::services
