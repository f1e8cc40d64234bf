// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Utf8.h"
#include "storage/Connection.h"
#include "storage/ExerciseRepository.h"
#include "support/LibraryFixtures.h"

#include <catch2/catch.hpp>

using namespace paceplan;
using namespace paceplan::core;
using storage::ExerciseQuery;

TEST_CASE("The shipped library loads once and merging the same version changes nothing", "[storage][library]")
{
    test::LibraryFixture fixture;
    storage::ExerciseRepository repository(*fixture.db, fixture.codec);
    auto all = repository.list();
    REQUIRE(all);
    CHECK(all->size() == fixture.library.exercises.size());
    CHECK(repository.topics()->size() == fixture.library.topics.size());

    const auto audits = fixture.db->connection().queryInt("SELECT count(*) FROM audit_log");
    auto again = repository.mergeLibrary(fixture.library.exercises, fixture.library.version);
    REQUIRE(again);
    CHECK(again->added == 0);
    CHECK(again->updated == 0);
    CHECK(again->unchanged == static_cast<int>(fixture.library.exercises.size()));
    CHECK(fixture.db->connection().queryInt("SELECT count(*) FROM audit_log") == audits);
}

TEST_CASE("A newer library version updates untouched entries and keeps the clinic's edits", "[storage][library]")
{
    test::LibraryFixture fixture;
    storage::ExerciseRepository repository(*fixture.db, fixture.codec);
    auto edited = *repository.get("sit-to-stand");
    edited.steps.front() = "Sit near the front of a firm chair with your feet flat.";
    REQUIRE(repository.update(edited));

    auto next = fixture.library.exercises;
    for (auto& exercise : next)
        if (exercise.id == "sit-to-stand" || exercise.id == "walking-flat")
            exercise.cues.push_back("New cue in the next library version.");
    Exercise brandNew = next.front();
    brandNew.id = "brand-new-exercise";
    brandNew.easierId.clear();
    brandNew.harderId.clear();
    next.push_back(brandNew);

    auto merged = repository.mergeLibrary(next, fixture.library.version + 1);
    REQUIRE(merged);
    CHECK(merged->added == 1);
    CHECK(merged->updated == 1); // walking-flat
    CHECK(merged->keptClinicEdits == 1); // sit-to-stand
    CHECK(repository.get("walking-flat")->cues.back() == "New cue in the next library version.");
    CHECK(repository.get("sit-to-stand")->steps.front() == "Sit near the front of a firm chair with your feet flat.");
    CHECK(repository.get("brand-new-exercise"));
}

TEST_CASE("Library filters narrow by text, category, region, equipment and level", "[storage][library]")
{
    test::LibraryFixture fixture;
    storage::ExerciseRepository repository(*fixture.db, fixture.codec);
    auto walking = *repository.list({ .text = "walk" });
    REQUIRE_FALSE(walking.empty());
    for (const auto& exercise : walking)
        CHECK(foldForSearch(exercise.name).find("walk") != std::string::npos);

    auto strength = *repository.list({ .category = ExerciseCategory::Strength });
    REQUIRE(strength.size() >= 20);
    for (const auto& exercise : strength)
        CHECK(exercise.category == ExerciseCategory::Strength);

    auto glutes = *repository.list({ .category = ExerciseCategory::Strength, .region = "glutes" });
    REQUIRE_FALSE(glutes.empty());
    for (const auto& exercise : glutes)
        CHECK(std::find(exercise.regions.begin(), exercise.regions.end(), "glutes") != exercise.regions.end());

    auto noEquipment = *repository.list({ .equipment = "none" });
    for (const auto& exercise : noEquipment)
        CHECK(exercise.equipment.empty());
    auto bands = *repository.list({ .equipment = "band" });
    REQUIRE_FALSE(bands.empty());
    for (const auto& exercise : bands)
        CHECK(std::find(exercise.equipment.begin(), exercise.equipment.end(), "band") != exercise.equipment.end());

    auto levelOne = *repository.list({ .level = 1 });
    for (const auto& exercise : levelOne)
        CHECK(exercise.level == 1);
}

TEST_CASE("The clinic's own exercises are created, duplicated with pictures, edited and archived", "[storage][library]")
{
    test::LibraryFixture fixture;
    storage::ExerciseRepository repository(*fixture.db, fixture.codec);

    storage::ExerciseMedia photo;
    photo.mimeType = "image/png";
    photo.width = 2;
    photo.height = 2;
    photo.data = std::string("\x89PNG\r\n\x1a\n", 8) + "fake";
    REQUIRE(repository.addMedia("bridge", photo));

    auto copy = repository.duplicate("bridge", "Bridge with a pause at the top");
    REQUIRE(copy);
    CHECK(copy->custom);
    CHECK(copy->id.rfind("custom-", 0) == 0);
    CHECK(copy->basedOnId == "bridge");
    auto pictures = repository.media(copy->id);
    REQUIRE(pictures);
    REQUIRE(pictures->size() == 1);
    CHECK(pictures->front().data == photo.data);

    copy->steps = { "Lie on your back with knees bent.", "Lift your hips and hold 5 seconds." };
    auto updated = repository.update(*copy);
    REQUIRE(updated);
    CHECK(repository.get(copy->id)->steps.size() == 2);

    REQUIRE(repository.setArchived(copy->id, true));
    CHECK(repository.list({ .customOnly = true })->empty());
    CHECK(repository.list({ .includeArchived = true, .customOnly = true })->size() == 1);
    CHECK(repository.catalog()->find(copy->id) != nullptr); // old plans still resolve it

    REQUIRE(repository.removeMedia(pictures->front().id));
    CHECK(repository.media(copy->id)->empty());
}

TEST_CASE("Bad custom exercises and pictures are refused", "[storage][library]")
{
    test::LibraryFixture fixture;
    storage::ExerciseRepository repository(*fixture.db, fixture.codec);
    Exercise blank;
    blank.name = "";
    blank.steps = { "Do it." };
    blank.regions = { "knees" };
    CHECK_FALSE(repository.createCustom(blank));

    Exercise noSteps = *repository.get("bridge");
    noSteps.name = "No steps";
    noSteps.steps.clear();
    CHECK(repository.createCustom(noSteps).error().field == "steps");

    Exercise badLink = *repository.get("bridge");
    badLink.name = "Bad link";
    badLink.harderId = "no-such-exercise";
    CHECK(repository.createCustom(badLink).error().code == ErrorCode::NotFound);

    storage::ExerciseMedia gif;
    gif.mimeType = "image/gif";
    gif.data = "GIF89a";
    CHECK(repository.addMedia("bridge", gif).error().code == ErrorCode::Unsupported);
    storage::ExerciseMedia empty;
    empty.mimeType = "image/png";
    CHECK(repository.addMedia("bridge", empty).error().code == ErrorCode::OutOfRange);
}
