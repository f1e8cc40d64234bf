// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drawing/DrawingCheck.h"

#include <algorithm>
#include <cmath>

#include <string>

namespace paceplan::core::drawing {

namespace {

Point jointAt(const JointPositions& joints, Joint joint)
{
    return joints.at(static_cast<std::size_t>(joint));
}

double distance(Point a, Point b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

/// The body points that can rest on something: every joint and the back of the head.
std::vector<Point> contactPoints(const JointPositions& joints)
{
    std::vector<Point> points(joints.begin(), joints.end());
    const Point head = jointAt(joints, Joint::Head);
    points.push_back({ head.x, head.y - kHeadRadius });
    return points;
}

bool needsEnds(PropKind kind)
{
    return kind == PropKind::Band || kind == PropKind::Cable;
}

} // namespace

std::vector<double> segmentLengths(const JointPositions& joints)
{
    const auto length = [&](Joint a, Joint b) { return distance(jointAt(joints, a), jointAt(joints, b)); };
    return { length(Joint::Pelvis, Joint::Waist), length(Joint::Waist, Joint::Neck), length(Joint::Neck, Joint::Head),
        length(Joint::NearHip, Joint::NearKnee), length(Joint::NearKnee, Joint::NearAnkle),
        length(Joint::NearAnkle, Joint::NearToe), length(Joint::NearShoulder, Joint::NearElbow),
        length(Joint::NearElbow, Joint::NearHand), length(Joint::FarHip, Joint::FarKnee),
        length(Joint::FarKnee, Joint::FarAnkle), length(Joint::FarAnkle, Joint::FarToe),
        length(Joint::FarShoulder, Joint::FarElbow), length(Joint::FarElbow, Joint::FarHand) };
}

std::vector<std::string> checkDrawing(const Drawing& drawing)
{
    std::vector<std::string> problems;
    if (!drawing.sameAs.empty())
        return problems;
    if (drawing.frames.empty() || drawing.frames.size() > 3) {
        problems.push_back("has " + std::to_string(drawing.frames.size()) + " poses; a drawing has 1 to 3");
        return problems;
    }
    for (std::size_t frame = 0; frame < drawing.frames.size(); ++frame) {
        const Keyframe& keyframe = drawing.frames[frame];
        const bool finite = std::all_of(keyframe.angles.begin(), keyframe.angles.end(), [](double angle) {
            return std::isfinite(angle);
        }) && (!keyframe.pelvis || (std::isfinite(keyframe.pelvis->x) && std::isfinite(keyframe.pelvis->y)));
        if (!finite) {
            problems.push_back("pose " + std::to_string(frame + 1) + " has an angle or position that is not a number");
            return problems;
        }
    }
    for (const Prop& prop : drawing.props) {
        if (needsEnds(prop.kind) && (!prop.from.isSet() || !prop.to.isSet()))
            problems.push_back("the " + std::string(propKindName(prop.kind)) + " needs both ends (from and to)");
    }
    const Scene scene = composeScene(drawing);
    const std::vector<Surface> surfaces = supportSurfaces(drawing, scene.poses);
    for (std::size_t frame = 0; frame < scene.poses.size(); ++frame) {
        const std::vector<Point> points = contactPoints(scene.poses[frame]);
        if (drawing.view != View::Above) {
            const auto lowest = std::min_element(
                points.begin(), points.end(), [](const Point& a, const Point& b) { return a.y < b.y; });
            if (lowest->y < -kRestTolerance)
                problems.push_back("pose " + std::to_string(frame + 1) + " goes "
                    + std::to_string(static_cast<int>(std::lround(-lowest->y))) + " cm below the floor");
        }
        const bool rests = std::any_of(points.begin(), points.end(), [&](const Point& point) {
            return std::any_of(surfaces.begin(), surfaces.end(), [&](const Surface& surface) {
                return point.x >= surface.left - kRestTolerance && point.x <= surface.right + kRestTolerance
                    && std::abs(point.y - surface.y) <= kRestTolerance;
            });
        });
        if (!rests && drawing.view != View::Above)
            problems.push_back(
                "pose " + std::to_string(frame + 1) + " rests on nothing (no body point on the floor or a prop)");
    }
    if (scene.poses.size() > 1) {
        double most = 0.0;
        for (std::size_t joint = 0; joint < kJointCount; ++joint)
            most = std::max(most, distance(scene.poses.front().at(joint), scene.poses.back().at(joint)));
        if (scene.poses.size() == 3) {
            for (std::size_t joint = 0; joint < kJointCount; ++joint)
                most = std::max(most, distance(scene.poses.front().at(joint), scene.poses.at(1).at(joint)));
        }
        if (most < kMinMovement)
            problems.push_back("the poses are the same; a movement needs a start and an end that differ");
    }
    return problems;
}

} // namespace paceplan::core::drawing
