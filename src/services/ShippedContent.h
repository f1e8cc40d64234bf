// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DocumentCodec.h"
#include "core/Result.h"
#include "storage/ExerciseRepository.h"
#include "storage/TemplateRepository.h"

#include <vector>

namespace paceplan::storage {
class Database;
}

namespace paceplan::services {

/// The content PacePlan ships inside the program: exercise library, education topics and plan templates.
struct ShippedContent {
    int libraryVersion = 0;
    std::vector<core::Exercise> exercises;
    std::vector<core::EducationTopic> topics;
    std::vector<storage::PlanTemplate> templates;

    /// Reads the embedded resources (":/library", ":/templates").
    static core::Result<ShippedContent> load();
};

/// Merges the shipped content into `database` unless this library version was merged before; a newer
/// version updates what the clinic has not changed (see ExerciseRepository::mergeLibrary).
core::Status mergeShippedContent(storage::Database& database, const core::DocumentCodec& codec);

} // namespace paceplan::services
