// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DocumentCodec.h"
#include "core/Result.h"
#include "core/library/Exercise.h"
#include "core/library/ExerciseCatalog.h"
#include "storage/ExerciseRecords.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paceplan::storage {

class Database;

/// Stores the exercise library, the clinic's own exercises, their pictures and the education topics.
class ExerciseRepository {
public:
    ExerciseRepository(Database& database, const core::DocumentCodec& codec);

    /// Adds new shipped exercises and updates older shipped ones the clinic has not changed.
    core::Result<LibraryMergeResult> mergeLibrary(const std::vector<core::Exercise>& exercises, int libraryVersion);
    /// The same for education topics.
    core::Result<LibraryMergeResult> mergeTopics(const std::vector<core::EducationTopic>& topics, int libraryVersion);

    core::Result<std::vector<core::Exercise>> list(const ExerciseQuery& query = {});
    core::Result<core::Exercise> get(std::string_view code);
    /// Every exercise (archived ones too, so old plans still resolve) as a catalog for plan rules.
    core::Result<core::InMemoryCatalog> catalog();

    /// Stores a clinic's own exercise under a new "custom-<uuid>" id.
    core::Result<core::Exercise> createCustom(core::Exercise exercise);
    /// Stores several of the clinic's own exercises in one transaction: all or none.
    core::Result<std::vector<core::Exercise>> createCustom(std::vector<core::Exercise> exercises);
    /// A custom copy of an exercise (with its pictures), named `name`.
    core::Result<core::Exercise> duplicate(std::string_view code, const std::string& name);
    /// Stores changes; a changed library exercise is marked as edited by the clinic and kept on upgrades.
    core::Result<core::Exercise> update(core::Exercise exercise);
    core::Status setArchived(std::string_view code, bool archived);

    core::Result<ExerciseMedia> addMedia(std::string_view code, ExerciseMedia media);
    core::Result<std::vector<ExerciseMedia>> media(std::string_view code);
    core::Status removeMedia(std::int64_t mediaId);

    core::Result<std::vector<core::EducationTopic>> topics();
    core::Result<core::EducationTopic> topic(std::string_view code);

private:
    /// Inserts one custom exercise; the caller holds the transaction. Throws StorageError.
    core::Exercise insertCustom(core::Exercise exercise);

    Database& m_db;
    const core::DocumentCodec& m_codec;
};

/// The largest picture PacePlan stores, in bytes (pictures are downscaled before this).
inline constexpr std::size_t kMaxMediaBytes = std::size_t { 4 } * 1024 * 1024;

} // namespace paceplan::storage
