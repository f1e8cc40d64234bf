// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/JsonDocumentCodec.h"
#include "interop/library/ExerciseLibraryJson.h"
#include "storage/ExerciseRepository.h"
#include "support/StorageFixtures.h"

#include <stdexcept>

namespace paceplan::test {

/// The shipped exercise library and education topics, read from resources/library.
struct ShippedLibrary {
    int version = 0;
    std::vector<core::Exercise> exercises;
    std::vector<core::EducationTopic> topics;

    static ShippedLibrary load()
    {
        ShippedLibrary library;
        for (const char* file : { "aerobic", "strength", "mobility", "balance", "relaxation", "functional" }) {
            auto parsed = interop::parseExerciseLibrary(
                readFile(std::string(PACEPLAN_RESOURCES_DIR) + "/library/exercises/" + file + ".json"));
            if (!parsed)
                throw std::runtime_error("cannot read the shipped library: " + parsed.error().detail);
            library.version = parsed->libraryVersion;
            library.exercises.insert(library.exercises.end(), parsed->exercises.begin(), parsed->exercises.end());
        }
        auto topics
            = interop::parseEducationLibrary(readFile(std::string(PACEPLAN_RESOURCES_DIR) + "/library/education.json"));
        if (!topics)
            throw std::runtime_error("cannot read the shipped topics: " + topics.error().detail);
        library.topics = topics->topics;
        return library;
    }
};

/// A fresh database with the shipped library merged in.
class LibraryFixture : public DatabaseFixture {
public:
    LibraryFixture() : library(ShippedLibrary::load())
    {
        storage::ExerciseRepository exercises(*db, codec);
        if (!exercises.mergeLibrary(library.exercises, library.version)
            || !exercises.mergeTopics(library.topics, library.version))
            throw std::runtime_error("cannot merge the library");
    }

    interop::JsonDocumentCodec codec;
    ShippedLibrary library;
};

} // namespace paceplan::test
