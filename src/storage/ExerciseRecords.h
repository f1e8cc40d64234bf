// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library/Exercise.h"

#include <cstdint>
#include <optional>
#include <string>

namespace paceplan::storage {

/// Which exercises a listing includes.
struct ExerciseQuery {
    std::string text; ///< Matches the start of any word of the name (folded).
    std::optional<core::ExerciseCategory> category;
    std::string region; ///< A body-region code, or empty for any.
    std::string equipment; ///< An equipment code, "none" for no equipment, or empty for any.
    std::optional<int> level;
    bool includeArchived = false;
    bool customOnly = false;
};

/// What merging a shipped library version did.
struct LibraryMergeResult {
    int added = 0;
    int updated = 0;
    int keptClinicEdits = 0; ///< Entries the clinic changed: never overwritten.
    int unchanged = 0;
};

/// A picture or drawing of an exercise.
struct ExerciseMedia {
    std::int64_t id = 0;
    std::string uuid;
    std::string mimeType; ///< image/png, image/jpeg or image/svg+xml.
    int width = 0;
    int height = 0;
    std::string caption;
    std::string data; ///< The file's bytes.
};

} // namespace paceplan::storage
