// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Checks the exercise library and education topics that ship in resources/library.
#include "core/drawing/DrawingCheck.h"
#include "core/drawing/Scene.h"
#include "core/library/ExerciseCatalog.h"
#include "core/library/LibraryValidation.h"
#include "core/text/Readability.h"
#include "interop/library/DrawingJson.h"
#include "interop/library/ExerciseLibraryJson.h"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace paceplan;
using namespace paceplan::core;
using namespace paceplan::interop;

namespace {

const std::vector<std::string> kCategoryFiles
    = { "aerobic", "strength", "mobility", "balance", "relaxation", "functional" };
constexpr double kMaxGrade = 8.0; // reference 7.1: NIH 6th-8th grade

std::string readResource(const std::string& relative)
{
    const std::string path = std::string(PACEPLAN_RESOURCES_DIR) + "/library/" + relative;
    std::ifstream in(path, std::ios::binary);
    INFO("reading " << path);
    REQUIRE(in.good());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct ShippedLibrary {
    std::map<std::string, ExerciseLibraryFile> files; // by category file name
    EducationFile education;
    std::vector<Exercise> exercises;
};

const ShippedLibrary& shipped()
{
    static const ShippedLibrary library = [] {
        ShippedLibrary out;
        for (const auto& category : kCategoryFiles) {
            auto file = parseExerciseLibrary(readResource("exercises/" + category + ".json"), UnknownKeys::Reject);
            INFO(category << ".json: " << (file ? "" : file.error().field + ": " + file.error().detail));
            REQUIRE(file.ok());
            out.exercises.insert(out.exercises.end(), file->exercises.begin(), file->exercises.end());
            out.files.emplace(category, std::move(*file));
        }
        auto education = parseEducationLibrary(readResource("education.json"), UnknownKeys::Reject);
        INFO("education.json: " << (education ? "" : education.error().field + ": " + education.error().detail));
        REQUIRE(education.ok());
        out.education = std::move(*education);
        return out;
    }();
    return library;
}

std::string exerciseText(const Exercise& e)
{
    std::string text = e.summary + "\n";
    for (const auto* list : { &e.steps, &e.cues, &e.safety })
        for (const auto& line : *list)
            text += line + "\n";
    return text;
}

std::string topicText(const EducationTopic& t)
{
    std::string text = t.title + "\n" + t.summary + "\n";
    for (const auto* list : { &t.paragraphs, &t.keyPoints })
        for (const auto& line : *list)
            text += line + "\n";
    return text;
}

/// Fails listing the worst offenders when any text scores above the grade limit.
void checkGrades(std::vector<std::pair<double, std::string>> grades)
{
    std::sort(grades.rbegin(), grades.rend());
    std::ostringstream worst;
    for (std::size_t i = 0; i < grades.size() && i < 10; ++i)
        worst << "  grade " << grades[i].first << "  " << grades[i].second << "\n";
    INFO("hardest texts:\n" << worst.str());
    REQUIRE_FALSE(grades.empty());
    CHECK(grades.front().first <= kMaxGrade);
}

} // namespace

TEST_CASE("Shipped library files parse strictly and agree on their version", "[interop][library][content]")
{
    const auto& library = shipped();
    const int version = library.education.libraryVersion;
    CHECK(version >= 1);
    for (const auto& [category, file] : library.files) {
        CAPTURE(category);
        CHECK(file.libraryVersion == version);
        CHECK_FALSE(file.exercises.empty());
        for (const auto& exercise : file.exercises) {
            CAPTURE(exercise.id);
            CHECK(exerciseCategoryCode(exercise.category) == category); // one file per category
            CHECK_FALSE(exercise.custom);
            CHECK_FALSE(exercise.archived);
        }
    }
}

TEST_CASE("Shipped library passes validation", "[interop][library][content]")
{
    const auto& library = shipped();
    const auto findings = validateLibrary(library.exercises, library.education.topics);
    std::ostringstream list;
    for (const auto& f : findings)
        list << "  " << libraryFindingCodeName(f.code) << " " << f.subjectId << ": " << f.message << "\n";
    INFO("findings:\n" << list.str());
    CHECK(findings.empty());
}

TEST_CASE("Shipped library has enough exercises and topics", "[interop][library][content]")
{
    const auto& library = shipped();
    CHECK(library.exercises.size() >= 120);
    CHECK(library.education.topics.size() >= 10);
}

TEST_CASE("Strength work covers every major region and functional tasks are present", "[interop][library][content]")
{
    const auto& library = shipped();
    for (const std::string region : { "glutes", "hips", "thighs", "calves", "trunk", "shoulders", "arms" }) {
        CAPTURE(region);
        const auto count = std::count_if(library.exercises.begin(), library.exercises.end(), [&](const Exercise& e) {
            return e.category == ExerciseCategory::Strength
                && std::find(e.regions.begin(), e.regions.end(), region) != e.regions.end();
        });
        CHECK(count >= 3);
    }
    for (const std::string task : { "sit-to-stand", "stairs", "carry", "lift", "floor", "reach" }) {
        CAPTURE(task);
        CHECK(std::any_of(library.exercises.begin(), library.exercises.end(), [&](const Exercise& e) {
            return e.category == ExerciseCategory::Functional && e.id.find(task) != std::string::npos;
        }));
    }
    std::set<std::string> equipment;
    for (const auto& e : library.exercises)
        equipment.insert(e.equipment.begin(), e.equipment.end());
    for (const std::string kind : { "band", "dumbbell", "machine" }) {
        CAPTURE(kind);
        CHECK(equipment.count(kind) == 1);
    }
}

TEST_CASE(
    "Most strength and functional exercises sit on a ladder of three or more rungs", "[interop][library][content]")
{
    const auto& library = shipped();
    const InMemoryCatalog catalog(library.exercises);
    for (const auto category : { ExerciseCategory::Strength, ExerciseCategory::Functional }) {
        CAPTURE(exerciseCategoryCode(category));
        int total = 0;
        int onLadder = 0;
        for (const auto& e : library.exercises) {
            if (e.category != category)
                continue;
            ++total;
            const auto ladder = ladderOf(catalog, e.id);
            if (ladder.size() >= 3)
                ++onLadder;
            CHECK(ladder.size() <= 6);
        }
        CHECK(onLadder * 2 > total);
    }
    // The ladder the issue names as its example.
    CHECK(ladderOf(catalog, "sit-to-stand")
        == std::vector<std::string> {
            "sit-to-stand-high-chair", "sit-to-stand", "sit-to-stand-slow-lowering", "sit-to-stand-holding-weight" });
    CHECK(ladderOf(catalog, "knee-push-up")
        == std::vector<std::string> { "wall-push-up", "counter-push-up", "knee-push-up", "push-up" });
}

TEST_CASE("Shipped exercises have cues, safety notes and a one-sentence summary", "[interop][library][content]")
{
    for (const auto& e : shipped().exercises) {
        CAPTURE(e.id);
        CHECK(e.cues.size() >= 2);
        CHECK(e.cues.size() <= 4);
        CHECK(e.safety.size() >= 1);
        CHECK(e.safety.size() <= 3);
        CHECK(analyzeReadability(e.summary).sentences == 1);
    }
}

TEST_CASE("Shipped starting doses suit a deconditioned adult with chronic pain", "[interop][library][content]")
{
    // Reference 3.8: aerobic 5-15 min (or short bouts), strength 1-2 sets of about 8-15 at low load,
    // holds of 10-30 s; relaxation a few minutes.
    for (const auto& e : shipped().exercises) {
        CAPTURE(e.id);
        const Dose& d = e.startDose;
        CHECK(d.timesPerDay <= 3);
        if (d.load.kind == LoadKind::Kilograms)
            CHECK(d.load.kg <= 10.0);
        switch (e.doseKind) {
        case DoseKind::Duration:
            CHECK(d.durationSeconds >= 60);
            CHECK(d.durationSeconds <= 15 * 60);
            break;
        case DoseKind::Distance:
            CHECK(d.distanceMetres <= 400);
            break;
        case DoseKind::Hold:
            CHECK(d.holdSeconds >= 5);
            CHECK(d.holdSeconds <= 30);
            break;
        case DoseKind::Repetitions:
            CHECK(d.sets <= 2);
            CHECK(d.repetitions <= 15);
            if (e.category == ExerciseCategory::Strength)
                CHECK(d.repetitions >= 6);
            break;
        }
    }
}

TEST_CASE("Every shipped exercise text reads at grade 8 or below", "[interop][library][content][readability]")
{
    std::vector<std::pair<double, std::string>> grades;
    for (const auto& e : shipped().exercises)
        grades.emplace_back(analyzeReadability(exerciseText(e)).fleschKincaidGrade, e.id);
    checkGrades(grades);
}

TEST_CASE("Every shipped topic reads at grade 8 or below", "[interop][library][content][readability]")
{
    std::vector<std::pair<double, std::string>> grades;
    for (const auto& t : shipped().education.topics)
        grades.emplace_back(analyzeReadability(topicText(t)).fleschKincaidGrade, t.id);
    checkGrades(grades);
}

TEST_CASE("Shipped files survive a write and read", "[interop][library][content]")
{
    const auto& library = shipped();
    for (const auto& [category, file] : library.files) {
        CAPTURE(category);
        const auto again = parseExerciseLibrary(
            exerciseLibraryToJson(file.libraryVersion, file.exercises).dump(2), UnknownKeys::Reject);
        REQUIRE(again.ok());
        CHECK(again->exercises == file.exercises);
    }
    const auto education = parseEducationLibrary(
        educationLibraryToJson(library.education.libraryVersion, library.education.topics).dump(2),
        UnknownKeys::Reject);
    REQUIRE(education.ok());
    CHECK(education->topics == library.education.topics);
}

TEST_CASE("Every shipped exercise has a sound drawing of its own or of a named variant", "[interop][library][drawing]")
{
    const auto& library = shipped();
    const InMemoryCatalog catalog(library.exercises);
    for (const auto& exercise : library.exercises) {
        CAPTURE(exercise.id);
        REQUIRE(exercise.drawing);
        const auto shown = drawingOf(catalog, exercise);
        REQUIRE(shown);
        CHECK(drawing::checkDrawing(*shown).empty());
        const drawing::Scene scene = drawing::composeScene(*shown);
        REQUIRE_FALSE(scene.poses.empty());
        // Limb lengths are the figure's in every pose.
        for (const auto& pose : scene.poses) {
            const auto lengths = drawing::segmentLengths(pose);
            for (std::size_t s = 0; s < drawing::kSegmentCount; ++s)
                CHECK(lengths[s] == Approx(drawing::segmentLength(static_cast<drawing::Segment>(s), shown->view)));
        }
        // A hold shows one pose with its marker; a movement starts and ends in different places.
        if (scene.poses.size() == 1) {
            CHECK(scene.holdMarker);
        } else {
            double moved = 0.0;
            for (std::size_t j = 0; j < drawing::kJointCount; ++j)
                moved = std::max(moved,
                    std::hypot(scene.poses.front()[j].x - scene.poses.back()[j].x,
                        scene.poses.front()[j].y - scene.poses.back()[j].y));
            CHECK(moved >= drawing::kMinMovement);
        }
        // Everything is inside the frame the painter fits.
        for (const auto& shape : scene.shapes)
            for (const auto& point : shape.points) {
                CHECK(point.x - shape.radius >= scene.bounds.left);
                CHECK(point.x + shape.radius <= scene.bounds.right);
                CHECK(point.y - shape.radius >= scene.bounds.bottom);
                CHECK(point.y + shape.radius <= scene.bounds.top);
            }
    }
}

TEST_CASE("No two shipped exercises share a drawing unless one names the other", "[interop][library][drawing]")
{
    const auto& library = shipped();
    std::map<std::string, std::string> owners; // drawing as JSON -> exercise id
    for (const auto& exercise : library.exercises) {
        REQUIRE(exercise.drawing);
        if (!exercise.drawing->sameAs.empty())
            continue; // a documented variant
        const std::string key = drawingToJson(*exercise.drawing).dump();
        const auto [it, inserted] = owners.emplace(key, exercise.id);
        INFO(exercise.id << " has the same drawing as " << it->second);
        CHECK(inserted);
    }
}
