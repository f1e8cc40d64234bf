// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceFixtures.h"

#include "interop/library/ExerciseLibraryJson.h"
#include "services/Exercises.h"

#include <QImage>

using namespace paceplan;
using test::PatientClinicFixture;

namespace {

core::Exercise gardenStepUps()
{
    core::Exercise exercise;
    exercise.name = "Garden step-ups";
    exercise.summary = "Step up onto the garden step.";
    exercise.category = core::ExerciseCategory::Strength;
    exercise.regions = { "thighs" };
    exercise.steps = { "Stand facing the step.", "Step up with one foot.", "Step down slowly." };
    exercise.startDose.sets = 2;
    exercise.startDose.repetitions = 10;
    return exercise;
}

} // namespace

TEST_CASE("Exercise writes are visible in the shared catalog of the clinic", "[services][exercises]")
{
    PatientClinicFixture fixture;
    const auto before = fixture.clinic->catalog();
    REQUIRE(before->find("bridge"));

    auto created = services::createExercise(*fixture.clinic, gardenStepUps());
    REQUIRE(created);
    CHECK(created->id.rfind("custom-", 0) == 0);
    CHECK(created->custom);
    // Holders of the old catalog keep it unchanged; the clinic's catalog is read again.
    CHECK(before->find(created->id) == nullptr);
    const auto* stored = fixture.clinic->catalog()->find(created->id);
    REQUIRE(stored);
    CHECK(stored->name == "Garden step-ups");

    auto changed = *created;
    changed.name = "Garden step-ups with a rail";
    REQUIRE(services::updateExercise(*fixture.clinic, changed));
    CHECK(fixture.clinic->catalog()->find(created->id)->name == "Garden step-ups with a rail");

    auto copy = services::duplicateExercise(*fixture.clinic, "bridge", "Bridge with a pause");
    REQUIRE(copy);
    const auto* copied = fixture.clinic->catalog()->find(copy->id);
    REQUIRE(copied);
    CHECK(copied->basedOnId == "bridge");
    CHECK(copied->name == "Bridge with a pause");

    REQUIRE(services::setExerciseArchived(*fixture.clinic, copy->id, true));
    CHECK(fixture.clinic->catalog()->find(copy->id)->archived);
    auto listed = services::listExercises(*fixture.clinic, { .text = "bridge" });
    REQUIRE(listed);
    for (const auto& exercise : *listed)
        CHECK(exercise.id != copy->id);
    REQUIRE(services::setExerciseArchived(*fixture.clinic, copy->id, false));
    CHECK_FALSE(fixture.clinic->catalog()->find(copy->id)->archived);

    auto own = services::listExercises(*fixture.clinic, { .customOnly = true });
    REQUIRE(own);
    CHECK(own->size() == 2);
}

TEST_CASE("Importing exercises adds all of them or none", "[services][exercises]")
{
    PatientClinicFixture fixture;
    auto invalid = gardenStepUps();
    invalid.name.clear();
    auto refused = services::importExercises(*fixture.clinic, { gardenStepUps(), invalid });
    REQUIRE_FALSE(refused);
    auto own = services::listExercises(*fixture.clinic, { .customOnly = true });
    REQUIRE(own);
    CHECK(own->empty());

    auto second = gardenStepUps();
    second.name = "Kitchen counter push-ups";
    auto imported = services::importExercises(*fixture.clinic, { gardenStepUps(), second });
    REQUIRE(imported);
    REQUIRE(imported->size() == 2);
    for (const auto& exercise : *imported)
        CHECK(fixture.clinic->catalog()->find(exercise.id) != nullptr);
    CHECK(services::exercise(*fixture.clinic, imported->back().id)->name == "Kitchen counter push-ups");
}

TEST_CASE("Exercise pictures are downscaled and attached and removed", "[services][exercises]")
{
    PatientClinicFixture fixture;
    const std::string photo = fixture.dir.file("photo.png");
    QImage big(2400, 1600, QImage::Format_RGB32);
    big.fill(Qt::darkGreen);
    REQUIRE(big.save(QString::fromStdString(photo)));
    auto picture = services::pictureFromFile(QString::fromStdString(photo));
    REQUIRE(picture);
    CHECK(picture->width == 1200);
    CHECK(picture->height == 800);
    CHECK(picture->mimeType == "image/jpeg");

    test::writeFile(fixture.dir.file("notes.png"), "not a picture");
    CHECK_FALSE(services::pictureFromFile(QString::fromStdString(fixture.dir.file("notes.png"))));
    CHECK_FALSE(services::pictureFromFile(QString::fromStdString(fixture.dir.file("missing.png"))));

    REQUIRE(services::addExercisePicture(*fixture.clinic, "bridge", *picture));
    REQUIRE(services::addExercisePicture(*fixture.clinic, "bridge", *picture));
    auto media = services::exerciseMedia(*fixture.clinic, "bridge");
    REQUIRE(media);
    CHECK(media->size() == 2);
    CHECK_FALSE(services::addExercisePicture(*fixture.clinic, "no-such-exercise", *picture));

    auto removed = services::removeExercisePictures(*fixture.clinic, "bridge");
    REQUIRE(removed);
    CHECK(*removed == 2);
    CHECK(services::exerciseMedia(*fixture.clinic, "bridge")->empty());
}

TEST_CASE("The exported library holds every exercise and reads back", "[services][exercises]")
{
    PatientClinicFixture fixture;
    auto created = services::createExercise(*fixture.clinic, gardenStepUps());
    REQUIRE(created);
    REQUIRE(services::setExerciseArchived(*fixture.clinic, "bridge", true));

    auto library = services::exportLibrary(*fixture.clinic);
    REQUIRE(library);
    auto all = services::listExercises(*fixture.clinic, { .includeArchived = true });
    REQUIRE(all);
    CHECK(library->exercises == all->size());
    auto parsed = interop::parseExerciseLibrary(library->json);
    REQUIRE(parsed);
    CHECK(parsed->exercises.size() == all->size());
    CHECK(parsed->libraryVersion >= 1);
    bool hasOwn = false;
    bool hasArchived = false;
    for (const auto& exercise : parsed->exercises) {
        hasOwn = hasOwn || exercise.id == created->id;
        hasArchived = hasArchived || exercise.id == "bridge";
    }
    CHECK(hasOwn);
    CHECK(hasArchived);
}
