// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drawing/Drawing.h"

#include <algorithm>
#include <utility>

namespace paceplan::core::drawing {

namespace {

constexpr std::array<std::string_view, kSegmentCount> kSegmentNames
    = { "trunk", "chest", "head", "near_thigh", "near_shin", "near_foot", "near_arm", "near_forearm", "far_thigh",
          "far_shin", "far_foot", "far_arm", "far_forearm" };

constexpr std::array<std::string_view, kJointCount> kJointNames = { "pelvis", "waist", "neck", "head", "near_hip",
    "near_knee", "near_ankle", "near_toe", "near_shoulder", "near_elbow", "near_hand", "far_hip", "far_knee",
    "far_ankle", "far_toe", "far_shoulder", "far_elbow", "far_hand" };

constexpr std::array<std::pair<PropKind, std::string_view>, 24> kPropNames = { {
    { PropKind::Mat, "mat" },
    { PropKind::Chair, "chair" },
    { PropKind::Stool, "stool" },
    { PropKind::Wall, "wall" },
    { PropKind::Door, "door" },
    { PropKind::Step, "step" },
    { PropKind::Stairs, "stairs" },
    { PropKind::Bed, "bed" },
    { PropKind::Table, "table" },
    { PropKind::Rail, "rail" },
    { PropKind::Band, "band" },
    { PropKind::Towel, "towel" },
    { PropKind::Dumbbell, "dumbbell" },
    { PropKind::Kettlebell, "kettlebell" },
    { PropKind::Bag, "bag" },
    { PropKind::Cane, "cane" },
    { PropKind::Poles, "poles" },
    { PropKind::Ball, "ball" },
    { PropKind::Pillow, "pillow" },
    { PropKind::Bike, "bike" },
    { PropKind::Treadmill, "treadmill" },
    { PropKind::Water, "water" },
    { PropKind::Machine, "machine" },
    { PropKind::Cable, "cable" },
} };

constexpr std::array<std::pair<View, std::string_view>, 3> kViewNames
    = { { { View::Side, "side" }, { View::Front, "front" }, { View::Above, "above" } } };

/// Angles in segment order: trunk, chest, head, near thigh, shin, foot, arm, forearm, far thigh, shin, foot,
/// arm, forearm.
constexpr Angles angles(double trunk, double chest, double head, double thigh, double shin, double foot, double arm,
    double forearm, double farThigh, double farShin, double farFoot, double farArm, double farForearm)
{
    return { trunk, chest, head, thigh, shin, foot, arm, forearm, farThigh, farShin, farFoot, farArm, farForearm };
}

struct Base {
    std::string_view name;
    Angles angles;
};

const std::array<Base, 12>& bases()
{
    static const std::array<Base, 12> all = { {
        { "stand", angles(0, 0, 0, 180, 180, 90, 182, 178, 180, 180, 90, 178, 182) },
        { "sit", angles(0, 0, 0, 90, 180, 90, 170, 110, 90, 180, 90, 170, 110) },
        { "supine", angles(270, 270, 270, 90, 90, 0, 90, 90, 90, 90, 0, 90, 90) },
        { "hook-lying", angles(270, 270, 270, 45, 135, 90, 90, 90, 45, 135, 90, 90, 90) },
        { "prone", angles(90, 90, 90, 270, 270, 180, 270, 270, 270, 270, 180, 270, 270) },
        { "side-lying", angles(270, 270, 270, 92, 90, 180, 100, 90, 88, 90, 180, 100, 90) },
        { "four-point", angles(90, 90, 100, 180, 270, 270, 180, 180, 180, 270, 270, 180, 180) },
        { "kneel", angles(0, 0, 0, 180, 270, 270, 180, 180, 180, 270, 270, 180, 180) },
        { "half-kneel", angles(0, 0, 0, 90, 180, 90, 180, 180, 180, 270, 270, 180, 180) },
        { "long-sit", angles(0, 0, 0, 90, 90, 0, 160, 170, 90, 90, 0, 160, 170) },
        { "stand-front", angles(0, 0, 0, 178, 180, 150, 172, 178, 182, 180, 210, 188, 182) },
        { "supine-above", angles(270, 270, 270, 88, 90, 90, 100, 92, 92, 90, 90, 80, 88) },
    } };
    return all;
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::array<std::pair<Enum, std::string_view>, N>& table, std::string_view name)
{
    const auto* found
        = std::find_if(table.begin(), table.end(), [name](const auto& entry) { return entry.second == name; });
    if (found == table.end())
        return std::nullopt;
    return found->first;
}

template <typename Enum, std::size_t N>
std::string_view toName(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value)
{
    const auto* found
        = std::find_if(table.begin(), table.end(), [value](const auto& entry) { return entry.first == value; });
    return found == table.end() ? std::string_view() : found->second;
}

} // namespace

double segmentLength(Segment segment, View view)
{
    switch (segment) {
    case Segment::Trunk:
        return 24.0;
    case Segment::Chest:
        return 28.0;
    case Segment::Head:
        return 8.0 + kHeadRadius;
    case Segment::NearThigh:
    case Segment::FarThigh:
        return 44.0;
    case Segment::NearShin:
    case Segment::FarShin:
        return 43.0;
    case Segment::NearFoot:
    case Segment::FarFoot:
        return view == View::Side ? 17.0 : 9.0;
    case Segment::NearUpperArm:
    case Segment::FarUpperArm:
        return 29.0;
    case Segment::NearForearm:
    case Segment::FarForearm:
        return 31.0;
    }
    return 0.0;
}

std::string_view segmentName(Segment segment)
{
    return kSegmentNames.at(static_cast<std::size_t>(segment));
}

std::string_view jointName(Joint joint)
{
    return kJointNames.at(static_cast<std::size_t>(joint));
}

std::string_view propKindName(PropKind kind)
{
    return toName(kPropNames, kind);
}

std::string_view viewName(View view)
{
    return toName(kViewNames, view);
}

std::optional<Segment> segmentFromName(std::string_view name)
{
    const auto* found = std::find(kSegmentNames.begin(), kSegmentNames.end(), name);
    if (found == kSegmentNames.end())
        return std::nullopt;
    return static_cast<Segment>(found - kSegmentNames.begin());
}

std::optional<Joint> jointFromName(std::string_view name)
{
    const auto* found = std::find(kJointNames.begin(), kJointNames.end(), name);
    if (found == kJointNames.end())
        return std::nullopt;
    return static_cast<Joint>(found - kJointNames.begin());
}

std::optional<PropKind> propKindFromName(std::string_view name)
{
    return fromName(kPropNames, name);
}

std::optional<View> viewFromName(std::string_view name)
{
    return fromName(kViewNames, name);
}

std::optional<Angles> basePosture(std::string_view name)
{
    for (const Base& base : bases()) {
        if (base.name == name)
            return base.angles;
    }
    return std::nullopt;
}

std::vector<std::string_view> basePostureNames()
{
    std::vector<std::string_view> names;
    for (const Base& base : bases())
        names.push_back(base.name);
    return names;
}

void setAngle(Angles& angles, Segment segment, double degrees)
{
    auto& slot = angles.at(static_cast<std::size_t>(segment));
    const double delta = degrees - slot;
    slot = degrees;
    if (segment == Segment::Trunk) {
        angles.at(static_cast<std::size_t>(Segment::Chest)) += delta;
        angles.at(static_cast<std::size_t>(Segment::Head)) += delta;
    } else if (segment == Segment::Chest) {
        angles.at(static_cast<std::size_t>(Segment::Head)) += delta;
    }
}

} // namespace paceplan::core::drawing
