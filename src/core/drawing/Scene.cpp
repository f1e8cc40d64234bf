// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drawing/Scene.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace paceplan::core::drawing {

namespace {

constexpr double kMatThickness = 2.5;
constexpr double kDefaultBedHeight = 55.0;
constexpr double kTreadmillHeight = 9.0;
constexpr double kSeatBelowPelvis = 4.0;
constexpr double kMinArrowPath = 14.0;
constexpr std::size_t kMaxArrows = 3;
constexpr int kPathSteps = 16;

std::size_t index(Segment segment)
{
    return static_cast<std::size_t>(segment);
}
std::size_t index(Joint joint)
{
    return static_cast<std::size_t>(joint);
}

Point operator+(Point a, Point b)
{
    return { a.x + b.x, a.y + b.y };
}
Point operator-(Point a, Point b)
{
    return { a.x - b.x, a.y - b.y };
}
Point operator*(Point a, double f)
{
    return { a.x * f, a.y * f };
}

double length(Point p)
{
    return std::hypot(p.x, p.y);
}

/// The unit vector of an angle in the drawing convention (0 up, 90 right, clockwise).
Point direction(double degrees)
{
    const double radians = degrees * std::numbers::pi / 180.0;
    return { std::sin(radians), std::cos(radians) };
}

double angleOf(const Angles& angles, Segment segment)
{
    return angles.at(index(segment));
}

Point& at(JointPositions& joints, Joint joint)
{
    return joints.at(index(joint));
}
Point at(const JointPositions& joints, Joint joint)
{
    return joints.at(index(joint));
}

JointPositions translated(const JointPositions& joints, Point by)
{
    JointPositions moved = joints;
    for (Point& point : moved)
        point = point + by;
    return moved;
}

/// Interpolates between two angles the short way round.
double lerpAngle(double from, double to, double t)
{
    double delta = std::fmod(to - from, 360.0);
    if (delta > 180.0)
        delta -= 360.0;
    if (delta < -180.0)
        delta += 360.0;
    return from + delta * t;
}

struct Builder {
    const Drawing& drawing;
    Scene scene;

    void add(Shape shape) { scene.shapes.push_back(std::move(shape)); }

    void line(std::vector<Point> points, Ink ink, double width = 1.0)
    {
        add({ Shape::Kind::Line, std::move(points), 0.0, ink, width, false });
    }

    void polygon(std::vector<Point> points, Ink ink, bool filled, double width = 0.7)
    {
        add({ Shape::Kind::Polygon, std::move(points), 0.0, ink, width, filled });
    }

    void circle(Point centre, double radius, Ink ink, bool filled, double width = 0.7)
    {
        add({ Shape::Kind::Circle, { centre }, radius, ink, width, filled });
    }

    void rect(double left, double bottom, double right, double top, Ink ink, bool filled, double width = 0.7)
    {
        polygon({ { left, bottom }, { right, bottom }, { right, top }, { left, top } }, ink, filled, width);
    }
};

/// Where an anchor is for pose `pose` (followed joints) or for its own frame (fixed props).
Point resolve(const Anchor& anchor, const std::vector<JointPositions>& poses, std::size_t pose, Point fallback)
{
    Point point = fallback;
    if (anchor.point) {
        point = *anchor.point;
    } else if (anchor.joint && !poses.empty()) {
        std::size_t frame = pose;
        if (anchor.frame >= 0)
            frame = std::min(static_cast<std::size_t>(anchor.frame), poses.size() - 1);
        point = at(poses.at(frame), *anchor.joint);
    }
    return point + anchor.offset;
}

bool follows(const Anchor& anchor)
{
    return anchor.joint.has_value() && anchor.frame < 0;
}

/// The box around every joint of every pose (heads included).
Box figureBox(const std::vector<JointPositions>& poses)
{
    Box box { std::numeric_limits<double>::max(), std::numeric_limits<double>::max(),
        std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest() };
    for (const JointPositions& joints : poses) {
        for (const Point& point : joints) {
            box.left = std::min(box.left, point.x);
            box.right = std::max(box.right, point.x);
            box.bottom = std::min(box.bottom, point.y);
            box.top = std::max(box.top, point.y);
        }
        const Point head = at(joints, Joint::Head);
        box.left = std::min(box.left, head.x - kHeadRadius);
        box.right = std::max(box.right, head.x + kHeadRadius);
        box.bottom = std::min(box.bottom, head.y - kHeadRadius);
        box.top = std::max(box.top, head.y + kHeadRadius);
    }
    return box;
}

Point propSize(const Prop& prop, Point fallback)
{
    return { prop.size.x > 0.0 ? prop.size.x : fallback.x, prop.size.y > 0.0 ? prop.size.y : fallback.y };
}

/// Where a pillow is: at its anchor, or by default on the surface under the head, the head sunk into it.
Point pillowCentre(const Drawing& drawing, const Prop& prop, const std::vector<JointPositions>& poses, Point size)
{
    if (prop.at.isSet() || poses.empty())
        return resolve(prop.at, poses, 0, {});
    return { at(poses.front(), Joint::Head).x, restingHeight(drawing) + size.y / 2 };
}

/// Props that stand in the scene behind the figure.
void drawFixedProp(Builder& b, const Prop& prop, const std::vector<JointPositions>& poses, const Box& figure)
{
    const bool above = b.drawing.view == View::Above;
    const double facing = prop.facingLeft ? -1.0 : 1.0;
    switch (prop.kind) {
    case PropKind::Mat: {
        if (above) {
            b.rect(figure.left - 10, figure.bottom - 10, figure.right + 10, figure.top + 10, Ink::PropFill, true);
            b.rect(figure.left - 10, figure.bottom - 10, figure.right + 10, figure.top + 10, Ink::Prop, false);
        } else {
            const double left = prop.at.isSet() ? resolve(prop.at, poses, 0, {}).x : figure.left - 8;
            const double right = prop.at.isSet() ? left + propSize(prop, { 180, 0 }).x : figure.right + 8;
            b.rect(left, 0, right, kMatThickness, Ink::PropFill, true);
            b.rect(left, 0, right, kMatThickness, Ink::Prop, false, 0.3);
        }
        break;
    }
    case PropKind::Chair:
    case PropKind::Stool: {
        Anchor anchor = prop.at;
        if (!anchor.isSet()) {
            anchor.joint = Joint::Pelvis;
            anchor.frame = 0;
        }
        const Point seat = resolve(anchor, poses, 0, {}) + Point { 0, anchor.point ? 0.0 : -kSeatBelowPelvis };
        const double back = seat.x - facing * 14;
        const double front = seat.x + facing * 30;
        b.line({ { back, seat.y }, { front, seat.y } }, Ink::Prop, 0.8);
        b.line({ { back + facing * 2, seat.y }, { back + facing * 2, 0 } }, Ink::Prop, 0.6);
        b.line({ { front - facing * 2, seat.y }, { front - facing * 2, 0 } }, Ink::Prop, 0.6);
        if (prop.kind == PropKind::Chair)
            b.line({ { back, seat.y }, { back - facing * 4, seat.y + 46 } }, Ink::Prop, 0.8);
        break;
    }
    case PropKind::Wall:
    case PropKind::Door: {
        const double x = resolve(prop.at, poses, 0, { figure.right + 10, 0 }).x;
        const double centre = (figure.left + figure.right) / 2;
        const double outward = x >= centre ? 1.0 : -1.0;
        const double top = std::max(figure.top + 12, 190.0);
        if (prop.kind == PropKind::Wall) {
            b.rect(std::min(x, x + outward * 7), 0, std::max(x, x + outward * 7), top, Ink::PropFill, true);
            b.line({ { x, 0 }, { x, top } }, Ink::Prop, 0.8);
        } else {
            b.line({ { x, 0 }, { x, top } }, Ink::Prop, 0.8);
            b.line({ { x + outward * 6, 0 }, { x + outward * 6, top } }, Ink::Prop, 0.5);
        }
        break;
    }
    case PropKind::Step: {
        const Point size = propSize(prop, { 40, 18 });
        const double x = resolve(prop.at, poses, 0, { figure.right + 25, 0 }).x;
        b.rect(x - size.x / 2, 0, x + size.x / 2, size.y, Ink::PropFill, true);
        b.rect(x - size.x / 2, 0, x + size.x / 2, size.y, Ink::Prop, false);
        break;
    }
    case PropKind::Stairs: {
        const Point size = propSize(prop, { 28, 17 });
        const double x = resolve(prop.at, poses, 0, { figure.right + 10, 0 }).x;
        std::vector<Point> outline { { x, 0 } };
        for (int step = 0; step < 3; ++step) {
            outline.push_back({ x + facing * size.x * step, size.y * (step + 1) });
            outline.push_back({ x + facing * size.x * (step + 1), size.y * (step + 1) });
        }
        outline.push_back({ x + facing * size.x * 3, 0 });
        b.polygon(outline, Ink::PropFill, true);
        b.polygon(outline, Ink::Prop, false);
        break;
    }
    case PropKind::Bed: {
        const Point size = propSize(prop, { std::max(190.0, figure.width() + 30), kDefaultBedHeight });
        const double x = resolve(prop.at, poses, 0, { (figure.left + figure.right) / 2, 0 }).x;
        b.rect(x - size.x / 2, size.y - 10, x + size.x / 2, size.y, Ink::PropFill, true);
        b.rect(x - size.x / 2, size.y - 10, x + size.x / 2, size.y, Ink::Prop, false);
        b.line({ { x - size.x / 2 + 6, size.y - 10 }, { x - size.x / 2 + 6, 0 } }, Ink::Prop, 0.7);
        b.line({ { x + size.x / 2 - 6, size.y - 10 }, { x + size.x / 2 - 6, 0 } }, Ink::Prop, 0.7);
        break;
    }
    case PropKind::Table: {
        const Point size = propSize(prop, { 80, 75 });
        const double x = resolve(prop.at, poses, 0, { figure.right + 30, 0 }).x;
        b.line({ { x - size.x / 2, size.y }, { x + size.x / 2, size.y } }, Ink::Prop, 0.9);
        b.line({ { x - size.x / 2 + 5, size.y }, { x - size.x / 2 + 5, 0 } }, Ink::Prop, 0.7);
        b.line({ { x + size.x / 2 - 5, size.y }, { x + size.x / 2 - 5, 0 } }, Ink::Prop, 0.7);
        break;
    }
    case PropKind::Rail: {
        const Point size = propSize(prop, { 120, 0 });
        const Point centre = resolve(prop.at, poses, 0, { (figure.left + figure.right) / 2, 95 });
        const double height = centre.y > 0 ? centre.y : 95;
        b.line({ { centre.x - size.x / 2, height }, { centre.x + size.x / 2, height } }, Ink::Prop, 0.8);
        b.line({ { centre.x - size.x / 2 + 4, height }, { centre.x - size.x / 2 + 4, 0 } }, Ink::Prop, 0.6);
        b.line({ { centre.x + size.x / 2 - 4, height }, { centre.x + size.x / 2 - 4, 0 } }, Ink::Prop, 0.6);
        break;
    }
    case PropKind::Bike: {
        Anchor anchor = prop.at;
        if (!anchor.isSet()) {
            anchor.joint = Joint::Pelvis;
            anchor.frame = 0;
        }
        const Point saddle = resolve(anchor, poses, 0, {}) + Point { 0, anchor.point ? 0.0 : -kSeatBelowPelvis };
        const Point crank { saddle.x + facing * 16, 30 };
        const Point bars { saddle.x + facing * 46, saddle.y + 22 };
        b.line({ { saddle.x - 8, saddle.y }, { saddle.x + 8, saddle.y } }, Ink::Prop, 1.0);
        b.line({ saddle + Point { 0, -2 }, crank }, Ink::Prop, 0.7);
        b.line({ crank, { saddle.x + facing * 40, 4 }, bars, bars + Point { facing * 8, 2 } }, Ink::Prop, 0.7);
        b.line({ { saddle.x - facing * 30, 0 }, { saddle.x + facing * 60, 0 } }, Ink::Prop, 1.0);
        b.line({ { saddle.x - facing * 24, 0 }, crank }, Ink::Prop, 0.7);
        b.circle(crank, 17, Ink::Prop, false, 0.5);
        break;
    }
    case PropKind::Treadmill: {
        const double left = figure.left - 30;
        const double right = figure.right + 30;
        b.rect(left, 0, right, kTreadmillHeight, Ink::PropFill, true);
        b.rect(left, 0, right, kTreadmillHeight, Ink::Prop, false);
        const double front = prop.facingLeft ? left : right;
        b.line(
            { { front, kTreadmillHeight }, { front + facing * 6, 115 }, { front - facing * 20, 112 } }, Ink::Prop, 0.8);
        break;
    }
    case PropKind::Water: {
        const Point level = resolve(prop.at, poses, 0, { 0, 110 });
        const double left = figure.left - 20;
        const double right = figure.right + 20;
        std::vector<Point> wave;
        const int crests = static_cast<int>((right - left) / 10);
        for (int crest = 0; crest <= crests; ++crest)
            wave.push_back({ left + crest * 10.0, level.y + (crest % 2 == 0 ? 1.5 : -1.5) });
        b.rect(left, 0, right, level.y, Ink::PropFill, true);
        b.line(wave, Ink::Prop, 0.6);
        break;
    }
    case PropKind::Pillow: {
        const Point size = propSize(prop, { 34, 9 });
        const Point centre = pillowCentre(b.drawing, prop, poses, size);
        b.rect(centre.x - size.x / 2, centre.y - size.y / 2, centre.x + size.x / 2, centre.y + size.y / 2,
            Ink::PropFill, true);
        b.rect(centre.x - size.x / 2, centre.y - size.y / 2, centre.x + size.x / 2, centre.y + size.y / 2, Ink::Prop,
            false);
        break;
    }
    case PropKind::Ball: {
        if (follows(prop.at) || follows(prop.to))
            break; // Drawn with each pose.
        const double radius = prop.size.x > 0 ? prop.size.x : 11.0;
        const Point centre = resolve(prop.at, poses, 0, { figure.right + 20, radius });
        b.circle(centre, radius, Ink::PropFill, true);
        b.circle(centre, radius, Ink::Prop, false, 0.6);
        break;
    }
    case PropKind::Towel:
        if (!prop.from.isSet() && prop.at.isSet() && !follows(prop.at)) {
            const Point centre = resolve(prop.at, poses, 0, {});
            b.circle(centre, 6, Ink::PropFill, true);
            b.circle(centre, 6, Ink::Prop, false, 0.6);
        }
        break;
    case PropKind::Machine: {
        const Point size = propSize(prop, { 18, 180 });
        const double x = resolve(prop.at, poses, 0, { figure.right + 25, 0 }).x;
        b.rect(x - size.x / 2, 0, x + size.x / 2, size.y, Ink::Prop, false, 0.6);
        for (int plate = 0; plate < 5; ++plate) {
            const double y = 8 + plate * 7.0;
            b.rect(x - size.x / 2 + 3, y, x + size.x / 2 - 3, y + 5, Ink::PropFill, true);
        }
        break;
    }
    case PropKind::Band:
    case PropKind::Cable:
    case PropKind::Dumbbell:
    case PropKind::Kettlebell:
    case PropKind::Bag:
    case PropKind::Cane:
    case PropKind::Poles:
        break; // Drawn with each pose.
    }
}

std::vector<Joint> handsOf(Hands hands)
{
    switch (hands) {
    case Hands::Near:
        return { Joint::NearHand };
    case Hands::Far:
        return { Joint::FarHand };
    case Hands::Both:
        return { Joint::NearHand, Joint::FarHand };
    }
    return {};
}

/// Props carried by or attached to a pose, drawn with that pose's ink.
void drawPoseProp(Builder& b, const Prop& prop, const std::vector<JointPositions>& poses, std::size_t pose, Ink ink)
{
    const JointPositions& joints = poses.at(pose);
    switch (prop.kind) {
    case PropKind::Band:
    case PropKind::Cable:
    case PropKind::Towel: {
        if (!prop.from.isSet() || !prop.to.isSet())
            break;
        if (!follows(prop.from) && !follows(prop.to))
            break;
        const Point from = resolve(prop.from, poses, pose, {});
        const Point to = resolve(prop.to, poses, pose, {});
        const double width = prop.kind == PropKind::Towel ? 0.9 : (prop.kind == PropKind::Band ? 0.45 : 0.25);
        b.line({ from, to }, ink, width);
        if (prop.kind != PropKind::Towel && !follows(prop.from) && pose + 1 == poses.size())
            b.circle(from, prop.kind == PropKind::Cable ? 4.0 : 3.0, Ink::Prop, prop.kind == PropKind::Band, 0.4);
        break;
    }
    case PropKind::Dumbbell:
    case PropKind::Kettlebell:
    case PropKind::Bag:
        for (Joint hand : handsOf(prop.hands)) {
            const Point h = at(joints, hand);
            const Joint elbow = hand == Joint::NearHand ? Joint::NearElbow : Joint::FarElbow;
            const Point along = at(joints, hand) - at(joints, elbow);
            const double len = std::max(length(along), 1e-6);
            const Point unit = along * (1.0 / len);
            const Point across { -unit.y, unit.x };
            if (prop.kind == PropKind::Dumbbell) {
                b.line({ h + across * 7, h - across * 7 }, ink, 0.5);
                b.circle(h + across * 7, 4.0, ink, true);
                b.circle(h - across * 7, 4.0, ink, true);
            } else if (prop.kind == PropKind::Kettlebell) {
                b.circle(h + Point { 0, -10 }, 7.5, ink, true);
                b.line({ h + Point { -4, -4 }, h, h + Point { 4, -4 } }, ink, 0.4);
            } else {
                b.line({ h, h + Point { -5, -8 }, h + Point { 5, -8 }, h }, ink, 0.3);
                b.polygon({ h + Point { -8, -8 }, h + Point { 8, -8 }, h + Point { 8, -26 }, h + Point { -8, -26 } },
                    ink, true);
            }
        }
        break;
    case PropKind::Cane:
        for (Joint hand : handsOf(prop.hands)) {
            const Point h = at(joints, hand);
            b.line({ h + Point { -4, 2 }, h + Point { 1, 3 }, { h.x + 1, 0 } }, ink, 0.5);
        }
        break;
    case PropKind::Poles:
        for (Joint hand : { Joint::NearHand, Joint::FarHand }) {
            const Point h = at(joints, hand);
            b.line({ h + Point { 0, 5 }, { h.x - 0.35 * std::max(h.y, 0.0), 0 } },
                hand == Joint::FarHand && ink == Ink::Body ? Ink::BodyFar : ink, 0.45);
        }
        break;
    case PropKind::Ball: {
        if (!follows(prop.at) && !follows(prop.to))
            break;
        const double radius = prop.size.x > 0 ? prop.size.x : 11.0;
        const Point centre = resolve(follows(prop.to) ? prop.to : prop.at, poses, pose, {});
        b.circle(centre, radius, ink == Ink::Body ? Ink::PropFill : Ink::Ghost, true);
        b.circle(centre, radius, ink, false, 0.5);
        break;
    }
    default:
        break;
    }
}

/// Draws one pose: far limbs, body and head, then near limbs.
void drawPose(Builder& b, const JointPositions& joints, bool end)
{
    const Ink near = end ? Ink::Body : Ink::Ghost;
    const Ink far = end ? (b.drawing.view == View::Side ? Ink::BodyFar : Ink::Body) : Ink::GhostFar;
    const Ink farLimb = b.drawing.view == View::Side ? far : near;
    b.line({ at(joints, Joint::FarHip), at(joints, Joint::FarKnee), at(joints, Joint::FarAnkle),
               at(joints, Joint::FarToe) },
        farLimb);
    b.line({ at(joints, Joint::FarShoulder), at(joints, Joint::FarElbow), at(joints, Joint::FarHand) }, farLimb);
    if (b.drawing.view == View::Side) {
        b.line({ at(joints, Joint::Pelvis), at(joints, Joint::Waist), at(joints, Joint::Neck) }, near);
    } else {
        b.line({ at(joints, Joint::FarHip), at(joints, Joint::NearHip) }, near);
        b.line({ at(joints, Joint::Pelvis), at(joints, Joint::Waist), at(joints, Joint::Neck) }, near);
        b.line({ at(joints, Joint::FarShoulder), at(joints, Joint::NearShoulder) }, near);
    }
    const Point neck = at(joints, Joint::Neck);
    const Point head = at(joints, Joint::Head);
    const Point toHead = head - neck;
    const double len = std::max(length(toHead), 1e-6);
    b.line({ neck, neck + toHead * ((len - kHeadRadius) / len) }, near);
    b.circle(head, kHeadRadius, near, true);
    b.line({ at(joints, Joint::NearHip), at(joints, Joint::NearKnee), at(joints, Joint::NearAnkle),
               at(joints, Joint::NearToe) },
        near);
    b.line({ at(joints, Joint::NearShoulder), at(joints, Joint::NearElbow), at(joints, Joint::NearHand) }, near);
}

/// The root a joint's own movement is measured from.
Joint rootOf(Joint joint)
{
    switch (joint) {
    case Joint::NearHand:
    case Joint::NearElbow:
        return Joint::NearShoulder;
    case Joint::FarHand:
    case Joint::FarElbow:
        return Joint::FarShoulder;
    case Joint::NearAnkle:
    case Joint::NearKnee:
    case Joint::NearToe:
        return Joint::NearHip;
    case Joint::FarAnkle:
    case Joint::FarKnee:
    case Joint::FarToe:
        return Joint::FarHip;
    default:
        return Joint::Pelvis;
    }
}

double pathLength(const std::vector<Point>& path)
{
    double total = 0.0;
    for (std::size_t i = 1; i < path.size(); ++i)
        total += length(path[i] - path[i - 1]);
    return total;
}

/// The path a joint takes through every pose, with in-between poses interpolated.
std::vector<Point> jointPath(
    const Drawing& drawing, const std::vector<JointPositions>& poses, Joint joint, std::optional<Joint> relativeTo)
{
    std::vector<Point> path;
    for (std::size_t frame = 0; frame + 1 < drawing.frames.size(); ++frame) {
        const Angles& from = drawing.frames[frame].angles;
        const Angles& to = drawing.frames[frame + 1].angles;
        // The fixed joint (or else the pelvis) moves in a straight line between the poses; the rest follows.
        const Joint anchor = drawing.fixed.value_or(Joint::Pelvis);
        const Point anchorFrom = at(poses[frame], anchor);
        const Point anchorTo = at(poses[frame + 1], anchor);
        for (int step = frame == 0 ? 0 : 1; step <= kPathSteps; ++step) {
            const double t = static_cast<double>(step) / kPathSteps;
            Angles between {};
            for (std::size_t s = 0; s < kSegmentCount; ++s)
                between.at(s) = lerpAngle(from.at(s), to.at(s), t);
            JointPositions joints = poseJoints(between, drawing.view);
            if (drawing.mirrored) {
                for (Point& point : joints)
                    point.x = -point.x;
            }
            joints = translated(joints, anchorFrom + (anchorTo - anchorFrom) * t - at(joints, anchor));
            Point point = at(joints, joint);
            if (relativeTo)
                point = point - at(joints, *relativeTo);
            path.push_back(point);
        }
    }
    return path;
}

/// Cuts `distance` off the start and the end of a path.
std::vector<Point> trimmed(const std::vector<Point>& path, double startCut, double endCut)
{
    std::vector<Point> forward;
    double walked = 0.0;
    for (std::size_t i = 1; i < path.size(); ++i) {
        const double segment = length(path[i] - path[i - 1]);
        if (walked + segment > startCut && forward.empty())
            forward.push_back(path[i - 1] + (path[i] - path[i - 1]) * ((startCut - walked) / std::max(segment, 1e-9)));
        if (!forward.empty())
            forward.push_back(path[i]);
        walked += segment;
    }
    std::vector<Point> result;
    walked = 0.0;
    for (std::size_t i = forward.size(); i-- > 1;) {
        const double segment = length(forward[i] - forward[i - 1]);
        if (walked + segment > endCut) {
            const double keep = (walked + segment - endCut) / std::max(segment, 1e-9);
            result.assign(forward.begin(), forward.begin() + static_cast<std::ptrdiff_t>(i));
            result.push_back(forward[i - 1] + (forward[i] - forward[i - 1]) * keep);
            return result;
        }
        walked += segment;
    }
    return result;
}

std::vector<Joint> chooseArrows(const Drawing& drawing, const std::vector<JointPositions>& poses)
{
    if (!drawing.arrows.empty())
        return drawing.arrows;
    struct Candidate {
        Joint joint;
        double motion;
    };
    std::vector<Candidate> candidates;
    for (Joint joint :
        { Joint::NearHand, Joint::FarHand, Joint::NearAnkle, Joint::FarAnkle, Joint::Pelvis, Joint::Head }) {
        std::optional<Joint> root;
        if (joint != Joint::Pelvis)
            root = rootOf(joint);
        const double motion = pathLength(jointPath(drawing, poses, joint, root));
        double travel = 0.0;
        for (std::size_t frame = 1; frame < poses.size(); ++frame)
            travel += length(at(poses[frame], joint) - at(poses[frame - 1], joint));
        if (motion >= kMinArrowPath && travel >= kMinArrowPath)
            candidates.push_back({ joint, motion });
    }
    auto has = [&](Joint joint) {
        return std::any_of(
            candidates.begin(), candidates.end(), [joint](const Candidate& c) { return c.joint == joint; });
    };
    // In the side view, far limbs that move like the near ones need no arrow of their own.
    auto sameMotion = [&](Joint a, Joint b) {
        const auto pathA = jointPath(drawing, poses, a, std::nullopt);
        const auto pathB = jointPath(drawing, poses, b, std::nullopt);
        for (std::size_t i = 0; i < pathA.size(); ++i) {
            if (length(pathA[i] - pathB[i]) > 8.0)
                return false;
        }
        return true;
    };
    std::vector<Candidate> kept;
    for (const Candidate& candidate : candidates) {
        if (candidate.joint == Joint::FarHand && has(Joint::NearHand) && sameMotion(Joint::NearHand, Joint::FarHand))
            continue;
        if (candidate.joint == Joint::FarAnkle && has(Joint::NearAnkle)
            && sameMotion(Joint::NearAnkle, Joint::FarAnkle))
            continue;
        kept.push_back(candidate);
    }
    std::stable_sort(
        kept.begin(), kept.end(), [](const Candidate& a, const Candidate& b) { return a.motion > b.motion; });
    std::vector<Joint> joints;
    for (const Candidate& candidate : kept) {
        if (joints.size() < kMaxArrows)
            joints.push_back(candidate.joint);
    }
    return joints;
}

void drawArrow(Builder& b, const std::vector<JointPositions>& poses, Joint joint)
{
    const std::vector<Point> path = jointPath(b.drawing, poses, joint, std::nullopt);
    const double total = pathLength(path);
    if (total < 6.0)
        return;
    const double cut = std::min(9.0, total * 0.2);
    std::vector<Point> shaft = trimmed(path, cut, cut + 2.0);
    if (shaft.size() < 2)
        return;
    b.add({ Shape::Kind::Arrow, std::move(shaft), 0.0, Ink::Arrow, 0.55, false });
}

void drawHoldMarker(Builder& b, const Box& box)
{
    const Point centre { box.right + 16, box.top - 8 };
    b.circle(centre, 9, Ink::Arrow, false, 0.5);
    b.line({ centre + Point { 0, 9 }, centre + Point { 0, 13 } }, Ink::Arrow, 0.5);
    b.line({ centre + Point { -3, 14 }, centre + Point { 3, 14 } }, Ink::Arrow, 0.5);
    b.line({ centre, centre + Point { 0, 6 } }, Ink::Arrow, 0.45);
    b.line({ centre, centre + Point { 4, -2 } }, Ink::Arrow, 0.45);
}

void extend(Box& box, Point point, double pad)
{
    box.left = std::min(box.left, point.x - pad);
    box.right = std::max(box.right, point.x + pad);
    box.bottom = std::min(box.bottom, point.y - pad);
    box.top = std::max(box.top, point.y + pad);
}

Box shapesBox(const std::vector<Shape>& shapes)
{
    Box box { std::numeric_limits<double>::max(), std::numeric_limits<double>::max(),
        std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest() };
    for (const Shape& shape : shapes) {
        const double pad = shape.width * kStrokeWidth / 2 + (shape.kind == Shape::Kind::Circle ? shape.radius : 0.0)
            + (shape.kind == Shape::Kind::Arrow ? 4.0 : 0.0);
        for (const Point& point : shape.points)
            extend(box, point, pad);
    }
    return box;
}

} // namespace

JointPositions poseJoints(const Angles& angles, View view)
{
    JointPositions joints {};
    auto step = [&](Joint from, Segment segment, Joint to) {
        at(joints, to) = at(joints, from) + direction(angleOf(angles, segment)) * segmentLength(segment, view);
    };
    at(joints, Joint::Pelvis) = { 0, 0 };
    step(Joint::Pelvis, Segment::Trunk, Joint::Waist);
    step(Joint::Waist, Segment::Chest, Joint::Neck);
    step(Joint::Neck, Segment::Head, Joint::Head);
    const bool side = view == View::Side;
    const Point hipOffset = side ? Point {} : direction(angleOf(angles, Segment::Trunk) + 90.0) * kHalfHipWidth;
    const Point shoulderOffset
        = side ? Point {} : direction(angleOf(angles, Segment::Chest) + 90.0) * kHalfShoulderWidth;
    at(joints, Joint::NearHip) = at(joints, Joint::Pelvis) + hipOffset;
    at(joints, Joint::FarHip) = at(joints, Joint::Pelvis) - hipOffset;
    const Point shoulderBase = at(joints, Joint::Neck) + direction(angleOf(angles, Segment::Chest)) * -3.0;
    at(joints, Joint::NearShoulder) = shoulderBase + shoulderOffset;
    at(joints, Joint::FarShoulder) = shoulderBase - shoulderOffset;
    step(Joint::NearHip, Segment::NearThigh, Joint::NearKnee);
    step(Joint::NearKnee, Segment::NearShin, Joint::NearAnkle);
    step(Joint::NearAnkle, Segment::NearFoot, Joint::NearToe);
    step(Joint::FarHip, Segment::FarThigh, Joint::FarKnee);
    step(Joint::FarKnee, Segment::FarShin, Joint::FarAnkle);
    step(Joint::FarAnkle, Segment::FarFoot, Joint::FarToe);
    step(Joint::NearShoulder, Segment::NearUpperArm, Joint::NearElbow);
    step(Joint::NearElbow, Segment::NearForearm, Joint::NearHand);
    step(Joint::FarShoulder, Segment::FarUpperArm, Joint::FarElbow);
    step(Joint::FarElbow, Segment::FarForearm, Joint::FarHand);
    return joints;
}

double lowestPoint(const JointPositions& joints)
{
    double lowest = at(joints, Joint::Head).y - kHeadRadius;
    for (const Point& point : joints)
        lowest = std::min(lowest, point.y);
    return lowest;
}

double restingHeight(const Drawing& drawing)
{
    double height = 0.0;
    for (const Prop& prop : drawing.props) {
        if (prop.kind == PropKind::Bed)
            return prop.size.y > 0 ? prop.size.y : kDefaultBedHeight;
        if (prop.kind == PropKind::Mat && drawing.view != View::Above)
            height = std::max(height, kMatThickness);
        if (prop.kind == PropKind::Treadmill)
            height = std::max(height, kTreadmillHeight);
    }
    return height;
}

std::vector<Surface> supportSurfaces(const Drawing& drawing, const std::vector<JointPositions>& poses)
{
    constexpr double kWide = 1e6;
    std::vector<Surface> surfaces;
    if (drawing.view == View::Above)
        return { { -kWide, kWide, 0.0 } };
    surfaces.push_back({ -kWide, kWide, 0.0 });
    const Box figure = poses.empty() ? Box {} : figureBox(poses);
    for (const Prop& prop : drawing.props) {
        const double facing = prop.facingLeft ? -1.0 : 1.0;
        switch (prop.kind) {
        case PropKind::Mat:
        case PropKind::Treadmill:
            surfaces.push_back({ -kWide, kWide, restingHeight(drawing) });
            break;
        case PropKind::Bed:
            surfaces.push_back({ -kWide, kWide, prop.size.y > 0 ? prop.size.y : kDefaultBedHeight });
            break;
        case PropKind::Chair:
        case PropKind::Stool:
        case PropKind::Bike: {
            Anchor anchor = prop.at;
            if (!anchor.isSet()) {
                anchor.joint = Joint::Pelvis;
                anchor.frame = 0;
            }
            const Point seat = resolve(anchor, poses, 0, {}) + Point { 0, anchor.point ? 0.0 : -kSeatBelowPelvis };
            surfaces.push_back({ std::min(seat.x - facing * 14, seat.x + facing * 30),
                std::max(seat.x - facing * 14, seat.x + facing * 30), seat.y });
            break;
        }
        case PropKind::Step: {
            const Point size = propSize(prop, { 40, 18 });
            const double x = resolve(prop.at, poses, 0, { figure.right + 25, 0 }).x;
            surfaces.push_back({ x - size.x / 2, x + size.x / 2, size.y });
            break;
        }
        case PropKind::Stairs: {
            const Point size = propSize(prop, { 28, 17 });
            const double x = resolve(prop.at, poses, 0, { figure.right + 10, 0 }).x;
            for (int step = 0; step < 3; ++step) {
                const double a = x + facing * size.x * step;
                const double c = x + facing * size.x * (step + 1);
                surfaces.push_back({ std::min(a, c), std::max(a, c), size.y * (step + 1) });
            }
            break;
        }
        case PropKind::Table: {
            const Point size = propSize(prop, { 80, 75 });
            const double x = resolve(prop.at, poses, 0, { figure.right + 30, 0 }).x;
            surfaces.push_back({ x - size.x / 2, x + size.x / 2, size.y });
            break;
        }
        case PropKind::Ball: {
            if (follows(prop.at) || follows(prop.to))
                break;
            const double radius = prop.size.x > 0 ? prop.size.x : 11.0;
            const Point centre = resolve(prop.at, poses, 0, { figure.right + 20, radius });
            surfaces.push_back({ centre.x - radius / 2, centre.x + radius / 2, centre.y + radius });
            break;
        }
        case PropKind::Water: {
            const Point level = resolve(prop.at, poses, 0, { 0, 110 });
            // Under water the body is carried at any depth: a surface every 5 cm.
            const int layers = static_cast<int>(level.y / 5);
            for (int layer = 0; layer <= layers; ++layer)
                surfaces.push_back({ -kWide, kWide, layer * 5.0 });
            break;
        }
        case PropKind::Pillow: {
            const Point size = propSize(prop, { 34, 9 });
            const Point centre = pillowCentre(drawing, prop, poses, size);
            surfaces.push_back({ centre.x - size.x / 2, centre.x + size.x / 2, centre.y + size.y / 2 });
            break;
        }
        default:
            break;
        }
    }
    return surfaces;
}

Scene composeScene(const Drawing& drawing)
{
    Builder b { drawing, {} };
    Scene& scene = b.scene;
    scene.hasFloor = drawing.view != View::Above;
    const double ground = restingHeight(drawing);
    // Place the poses.
    for (std::size_t frame = 0; frame < drawing.frames.size(); ++frame) {
        const Keyframe& keyframe = drawing.frames[frame];
        JointPositions joints = poseJoints(keyframe.angles, drawing.view);
        Point pelvis;
        if (keyframe.pelvis) {
            pelvis = *keyframe.pelvis;
        } else if (frame > 0 && drawing.fixed) {
            pelvis = at(scene.poses.front(), *drawing.fixed) - at(joints, *drawing.fixed);
        } else {
            const double x = frame == 0 ? 0.0 : at(scene.poses.front(), Joint::Pelvis).x;
            pelvis = { x, drawing.view == View::Above ? 0.0 : ground - lowestPoint(joints) };
        }
        scene.poses.push_back(translated(joints, pelvis));
    }
    if (drawing.mirrored) {
        for (JointPositions& joints : scene.poses) {
            for (Point& point : joints)
                point.x = -point.x;
        }
    }
    if (scene.poses.empty())
        return scene;
    const Box figure = figureBox(scene.poses);
    // Props behind the figure, then the poses (start faint, end solid) with what they carry, then the arrows.
    Drawing mirroredProps = drawing;
    for (Prop& prop : mirroredProps.props) {
        if (drawing.mirrored) {
            prop.facingLeft = !prop.facingLeft;
            for (Anchor* anchor : { &prop.at, &prop.from, &prop.to }) {
                if (anchor->point)
                    anchor->point->x = -anchor->point->x;
                anchor->offset.x = -anchor->offset.x;
            }
        }
    }
    for (const Prop& prop : mirroredProps.props)
        drawFixedProp(b, prop, scene.poses, figure);
    for (std::size_t frame = 0; frame < scene.poses.size(); ++frame) {
        const bool end = frame + 1 == scene.poses.size();
        drawPose(b, scene.poses[frame], end);
        for (const Prop& prop : mirroredProps.props)
            drawPoseProp(b, prop, scene.poses, frame, end ? Ink::Body : Ink::Ghost);
    }
    if (scene.poses.size() > 1) {
        scene.arrowJoints = chooseArrows(drawing, scene.poses);
        for (Joint joint : scene.arrowJoints)
            drawArrow(b, scene.poses, joint);
    }
    Box box = shapesBox(scene.shapes);
    if (scene.poses.size() == 1) {
        scene.holdMarker = true;
        drawHoldMarker(b, box);
        box = shapesBox(scene.shapes);
    }
    if (scene.hasFloor) {
        box.bottom = std::min(box.bottom, 0.0);
        scene.shapes.insert(scene.shapes.begin(),
            Shape { Shape::Kind::Line, { { box.left - 6, 0 }, { box.right + 6, 0 } }, 0.0, Ink::Floor, 0.6, false });
        box.left -= 6;
        box.right += 6;
    }
    const double margin = 6.0;
    scene.bounds = { box.left - margin, std::min(box.bottom, 0.0) - margin, box.right + margin, box.top + margin };
    if (scene.hasFloor)
        scene.bounds.bottom = std::min(box.bottom, -kStrokeWidth) - margin / 2;
    return scene;
}

} // namespace paceplan::core::drawing
