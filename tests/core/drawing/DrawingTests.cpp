// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drawing/Drawing.h"
#include "core/drawing/DrawingCheck.h"
#include "core/drawing/Scene.h"
#include "core/library/ExerciseCatalog.h"
#include "core/library/LibraryValidation.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace paceplan::core;
using namespace paceplan::core::drawing;

namespace {

Keyframe pose(std::string_view base)
{
    return Keyframe { *basePosture(base), std::nullopt };
}

Point jointOf(const JointPositions& joints, Joint joint)
{
    return joints.at(static_cast<std::size_t>(joint));
}

Drawing sitToStand()
{
    Drawing drawing;
    drawing.frames = { pose("sit"), pose("stand") };
    drawing.props = { Prop { PropKind::Chair } };
    drawing.fixed = Joint::NearAnkle;
    return drawing;
}

} // namespace

TEST_CASE("Every base posture keeps the figure's proportions", "[core][drawing]")
{
    for (const auto name : basePostureNames()) {
        INFO(name);
        const auto angles = basePosture(name);
        REQUIRE(angles);
        for (const View view : { View::Side, View::Front }) {
            const auto lengths = segmentLengths(poseJoints(*angles, view));
            for (std::size_t s = 0; s < kSegmentCount; ++s)
                CHECK(lengths[s] == Approx(segmentLength(static_cast<Segment>(s), view)).margin(1e-9));
        }
    }
    CHECK_FALSE(basePosture("cartwheel"));
}

TEST_CASE("Angles point up at 0 and forward at 90", "[core][drawing]")
{
    const JointPositions standing = poseJoints(*basePosture("stand"), View::Side);
    CHECK(jointOf(standing, Joint::Neck).y > jointOf(standing, Joint::Pelvis).y);
    CHECK(jointOf(standing, Joint::NearKnee).y < 0.0);
    CHECK(jointOf(standing, Joint::NearToe).x > jointOf(standing, Joint::NearAnkle).x);
    const JointPositions sitting = poseJoints(*basePosture("sit"), View::Side);
    CHECK(jointOf(sitting, Joint::NearKnee).x == Approx(44.0));
    CHECK(jointOf(sitting, Joint::NearKnee).y == Approx(0.0).margin(1e-9));
}

TEST_CASE("Turning the trunk carries the chest and head along", "[core][drawing]")
{
    Angles angles = *basePosture("stand");
    angles[static_cast<std::size_t>(Segment::Head)] = 20;
    setAngle(angles, Segment::Trunk, 30);
    CHECK(angles[static_cast<std::size_t>(Segment::Chest)] == Approx(30));
    CHECK(angles[static_cast<std::size_t>(Segment::Head)] == Approx(50));
    CHECK(angles[static_cast<std::size_t>(Segment::NearUpperArm)] == Approx(182));
}

TEST_CASE("A pose without a position rests its lowest point on the floor or the mat", "[core][drawing]")
{
    Drawing standing;
    standing.frames = { pose("stand") };
    const Scene scene = composeScene(standing);
    REQUIRE(scene.poses.size() == 1);
    CHECK(lowestPoint(scene.poses[0]) == Approx(0.0).margin(1e-9));
    CHECK(scene.holdMarker);

    Drawing lying;
    lying.frames = { pose("supine") };
    lying.props = { Prop { PropKind::Mat } };
    CHECK(lowestPoint(composeScene(lying).poses[0]) == Approx(restingHeight(lying)));
    CHECK(restingHeight(lying) > 0.0);
}

TEST_CASE("A fixed joint stays put between poses", "[core][drawing]")
{
    const Scene scene = composeScene(sitToStand());
    REQUIRE(scene.poses.size() == 2);
    const Point before = jointOf(scene.poses[0], Joint::NearAnkle);
    const Point after = jointOf(scene.poses[1], Joint::NearAnkle);
    CHECK(before.x == Approx(after.x));
    CHECK(before.y == Approx(after.y));
    CHECK(jointOf(scene.poses[1], Joint::Pelvis).y > jointOf(scene.poses[0], Joint::Pelvis).y + 30);
    CHECK_FALSE(scene.holdMarker);
    // The pelvis rises and the head moves most: they get the arrows, the planted feet do not.
    CHECK(std::find(scene.arrowJoints.begin(), scene.arrowJoints.end(), Joint::Pelvis) != scene.arrowJoints.end());
    CHECK(std::find(scene.arrowJoints.begin(), scene.arrowJoints.end(), Joint::NearAnkle) == scene.arrowJoints.end());
    CHECK(checkDrawing(sitToStand()).empty());
}

TEST_CASE("Every shape of a scene lies inside its bounds", "[core][drawing]")
{
    const Scene scene = composeScene(sitToStand());
    REQUIRE_FALSE(scene.bounds.isEmpty());
    for (const Shape& shape : scene.shapes) {
        for (const Point& point : shape.points) {
            CHECK(point.x - shape.radius >= scene.bounds.left);
            CHECK(point.x + shape.radius <= scene.bounds.right);
            CHECK(point.y - shape.radius >= scene.bounds.bottom);
            CHECK(point.y + shape.radius <= scene.bounds.top);
        }
    }
}

TEST_CASE("A mirrored drawing faces the other way", "[core][drawing]")
{
    Drawing drawing = sitToStand();
    const Scene plain = composeScene(drawing);
    drawing.mirrored = true;
    const Scene mirrored = composeScene(drawing);
    CHECK(jointOf(plain.poses[1], Joint::NearToe).x > jointOf(plain.poses[1], Joint::NearAnkle).x);
    CHECK(jointOf(mirrored.poses[1], Joint::NearToe).x < jointOf(mirrored.poses[1], Joint::NearAnkle).x);
}

TEST_CASE("The drawing check finds poses that float, sink or do not move", "[core][drawing]")
{
    Drawing empty;
    CHECK(checkDrawing(empty).size() == 1);

    Drawing still;
    still.frames = { pose("stand"), pose("stand") };
    const auto stillProblems = checkDrawing(still);
    REQUIRE(stillProblems.size() == 1);
    CHECK(stillProblems[0].find("the same") != std::string::npos);

    Drawing floating;
    floating.frames = { pose("stand") };
    floating.frames[0].pelvis = Point { 0, 150 };
    const auto floatProblems = checkDrawing(floating);
    REQUIRE(floatProblems.size() == 1);
    CHECK(floatProblems[0].find("rests on nothing") != std::string::npos);

    Drawing sinking;
    sinking.frames = { pose("stand") };
    sinking.frames[0].pelvis = Point { 0, 40 };
    CHECK(checkDrawing(sinking).front().find("below the floor") != std::string::npos);

    Drawing band;
    band.frames = { pose("stand") };
    band.props = { Prop { PropKind::Band } };
    CHECK(checkDrawing(band).front().find("both ends") != std::string::npos);

    Drawing notNumber;
    notNumber.frames = { pose("stand") };
    notNumber.frames[0].angles[0] = std::nan("");
    CHECK(checkDrawing(notNumber).front().find("not a number") != std::string::npos);
}

TEST_CASE("A sitting figure rests on its chair and a lying one on the bed", "[core][drawing]")
{
    Drawing onChair;
    onChair.frames = { pose("sit") };
    onChair.frames[0].angles[static_cast<std::size_t>(Segment::NearShin)] = 120; // feet off the floor
    onChair.frames[0].angles[static_cast<std::size_t>(Segment::FarShin)] = 120;
    onChair.frames[0].pelvis = Point { 0, 46 };
    onChair.props = { Prop { PropKind::Chair } };
    CHECK(checkDrawing(onChair).empty());

    Drawing onBed;
    onBed.frames = { pose("supine") };
    onBed.props = { Prop { PropKind::Bed } };
    const Scene scene = composeScene(onBed);
    CHECK(lowestPoint(scene.poses[0]) == Approx(55.0));
    CHECK(checkDrawing(onBed).empty());
}

TEST_CASE("A documented variant shows the drawing it names", "[core][drawing]")
{
    Exercise original;
    original.id = "walk";
    original.drawing = sitToStand();
    Exercise variant;
    variant.id = "walk-brisk";
    variant.drawing = Drawing {};
    variant.drawing->sameAs = "walk";
    variant.drawing->mirrored = true;
    InMemoryCatalog catalog({ original, variant });
    const auto shown = drawingOf(catalog, variant);
    REQUIRE(shown);
    CHECK(shown->frames == original.drawing->frames);
    CHECK(shown->mirrored);

    Exercise dangling = variant;
    dangling.drawing->sameAs = "nowhere";
    CHECK_FALSE(drawingOf(catalog, dangling));
    const auto findings = validateExercises({ dangling });
    CHECK(std::any_of(findings.begin(), findings.end(),
        [](const LibraryFinding& f) { return f.code == LibraryFindingCode::DrawingLink; }));
}

TEST_CASE("Names of segments, joints, props and views read back", "[core][drawing]")
{
    for (std::size_t s = 0; s < kSegmentCount; ++s)
        CHECK(segmentFromName(segmentName(static_cast<Segment>(s))) == static_cast<Segment>(s));
    for (std::size_t j = 0; j < kJointCount; ++j)
        CHECK(jointFromName(jointName(static_cast<Joint>(j))) == static_cast<Joint>(j));
    for (const auto kind : { PropKind::Mat, PropKind::Band, PropKind::Cable, PropKind::Machine, PropKind::Water })
        CHECK(propKindFromName(propKindName(kind)) == kind);
    CHECK(viewFromName("above") == View::Above);
    CHECK_FALSE(propKindFromName("trampoline"));
}
