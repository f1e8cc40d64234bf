// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drawing/Drawing.h"

#include <array>
#include <vector>

namespace paceplan::core::drawing {

/// The position of every joint of one pose.
using JointPositions = std::array<Point, kJointCount>;

/// What a shape is drawn with. The renderer maps inks to colours; all of them read in black and white.
enum class Ink {
    Ghost, ///< The start (and middle) pose: light grey.
    GhostFar, ///< The far limbs of the start pose: lighter still.
    Body, ///< The end pose: solid.
    BodyFar, ///< The far limbs of the end pose: mid grey.
    Prop, ///< Outlines of props.
    PropFill, ///< Light fills of props (mats, water).
    Floor, ///< The floor line.
    Arrow, ///< Movement arrows and the hold marker.
};

/// One shape of a drawing, in figure space (centimetres, y up).
struct Shape {
    enum class Kind { Line, Polygon, Circle, Arrow };
    Kind kind = Kind::Line;
    std::vector<Point> points; ///< Line and arrow: the path; polygon: the corners; circle: the centre.
    double radius = 0.0; ///< Circles.
    Ink ink = Ink::Body;
    double width = 1.0; ///< Stroke width as a share of the standard stroke (kStrokeWidth).
    bool filled = false; ///< Polygons and circles: filled with the ink instead of outlined.
};

/// An axis-aligned box in figure space.
struct Box {
    double left = 0.0;
    double bottom = 0.0;
    double right = 0.0;
    double top = 0.0;

    double width() const { return right - left; }
    double height() const { return top - bottom; }
    bool isEmpty() const { return right <= left || top <= bottom; }
};

/// The standard stroke width in centimetres of figure space.
inline constexpr double kStrokeWidth = 6.5;

/// A drawing made ready to paint: its shapes in painting order, the placed poses and the box around it all
/// (strokes included, with a margin).
struct Scene {
    std::vector<Shape> shapes;
    std::vector<JointPositions> poses; ///< Each keyframe as placed, in order.
    std::vector<Joint> arrowJoints; ///< The joints whose paths have arrows.
    Box bounds;
    bool hasFloor = true; ///< False for the top view.
    bool holdMarker = false;
};

/// The joints of a pose with the pelvis at the origin.
JointPositions poseJoints(const Angles& angles, View view);

/// The lowest y of a pose: its lowest joint or the bottom of the head.
double lowestPoint(const JointPositions& joints);

/// The surface height the figure rests on when it is lowered: the top of a bed, mat or treadmill, or the floor.
double restingHeight(const Drawing& drawing);

/// Places every keyframe, draws the props, the poses, the arrows and the hold marker.
Scene composeScene(const Drawing& drawing);

/// A horizontal surface that can carry the body: the floor, a mat, a seat, a step.
struct Surface {
    double left = 0.0;
    double right = 0.0;
    double y = 0.0;
};
/// The surfaces of a drawing's props (the floor included, except in the top view) for the placed poses.
std::vector<Surface> supportSurfaces(const Drawing& drawing, const std::vector<JointPositions>& poses);

} // namespace paceplan::core::drawing
