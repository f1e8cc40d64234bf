// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paceplan::core::drawing {

/// How the figure is seen: from the side (facing right), from the front, or from above.
enum class View { Side, Front, Above };

/// The body segments of the figure, each a straight stroke from its inner joint. "Near" limbs are the ones
/// closer to the viewer (in the front view: the limbs on the right of the picture); "far" limbs are drawn lighter
/// in the side view.
enum class Segment {
    Trunk, ///< Pelvis to waist.
    Chest, ///< Waist to the base of the neck.
    Head, ///< Base of the neck to the centre of the head.
    NearThigh,
    NearShin,
    NearFoot, ///< Ankle to toes.
    NearUpperArm,
    NearForearm, ///< Elbow to the hand.
    FarThigh,
    FarShin,
    FarFoot,
    FarUpperArm,
    FarForearm,
};
inline constexpr std::size_t kSegmentCount = 13;

/// The points of the figure: joints and the ends of the segments.
enum class Joint {
    Pelvis,
    Waist,
    Neck,
    Head, ///< The centre of the head.
    NearHip,
    NearKnee,
    NearAnkle,
    NearToe,
    NearShoulder,
    NearElbow,
    NearHand,
    FarHip,
    FarKnee,
    FarAnkle,
    FarToe,
    FarShoulder,
    FarElbow,
    FarHand,
};
inline constexpr std::size_t kJointCount = 18;

/// A point in figure space: centimetres, x to the right, y up, the floor at y = 0.
struct Point {
    double x = 0.0;
    double y = 0.0;

    friend bool operator==(const Point&, const Point&) = default;
};

/// The direction of every segment in degrees, measured clockwise from straight up: 0 points up, 90 points the
/// way the figure faces (right in the picture), 180 points down and 270 points back.
using Angles = std::array<double, kSegmentCount>;

/// One pose of a movement: the segment angles, and optionally where the pelvis is.
struct Keyframe {
    Angles angles {};
    std::optional<Point> pelvis; ///< Where the pelvis is; unset: placed by the drawing's rule (see Drawing).

    friend bool operator==(const Keyframe&, const Keyframe&) = default;
};

/// The kinds of props a drawing can show.
enum class PropKind {
    Mat, ///< An exercise mat on the floor under the figure.
    Chair, ///< A chair whose seat is at `at`; `facing` says where its front is.
    Stool, ///< A chair without a back.
    Wall, ///< A wall: a vertical line at `at`.x.
    Door, ///< A door frame: a vertical line at `at`.x, for band anchors.
    Step, ///< A step box standing on the floor, centred on `at`.x; `size` is width by height.
    Stairs, ///< Three steps rising away from `at`.x.
    Bed, ///< A bed or plinth centred on `at`.x; `size` is length by height.
    Table, ///< A table centred on `at`.x; `size` is width by height.
    Rail, ///< A hand rail at height `at`.y, centred on `at`.x, `size`.x long.
    Band, ///< An elastic band from `from` to `to` (points or joints), drawn in every pose.
    Towel, ///< A rolled towel from `from` to `to`, or under `at` when only `at` is set.
    Dumbbell, ///< A dumbbell in a hand (`hand`), drawn in every pose.
    Kettlebell, ///< A kettlebell in a hand.
    Bag, ///< A shopping bag in a hand.
    Cane, ///< A walking stick from a hand down to the floor.
    Poles, ///< Walking poles, one from each hand to the floor.
    Ball, ///< A ball at `at` with radius `size`.x; with `to`, held at a joint.
    Pillow, ///< A pillow at `at` (usually under the head or knees).
    Bike, ///< An exercise bike whose saddle is at `at`.
    Treadmill, ///< A treadmill belt under the figure.
    Water, ///< Pool water up to height `at`.y.
    Machine, ///< A gym machine's weight stack: an upright frame at `at`.x, `size`.y high.
    Cable, ///< A machine cable from a pulley (`from`) to a hand or foot (`to`), drawn in every pose.
};

/// Where a prop sits: a fixed point, or a joint of one of the poses.
struct Anchor {
    std::optional<Point> point; ///< A fixed point in figure space.
    std::optional<Joint> joint; ///< A joint, followed in every pose (for bands, weights) or taken from `frame`.
    int frame = -1; ///< With `joint` for a fixed prop: which pose the joint is taken from (-1: the first).
    Point offset; ///< Added to the anchor point.

    bool isSet() const { return point.has_value() || joint.has_value(); }

    friend bool operator==(const Anchor&, const Anchor&) = default;
};

/// Which hand(s) hold a prop.
enum class Hands { Near, Far, Both };

/// One prop of a drawing.
struct Prop {
    PropKind kind = PropKind::Mat;
    Anchor at; ///< Where it is (see PropKind for what the point means).
    Anchor from; ///< Bands and towels: one end.
    Anchor to; ///< Bands and towels: the other end; balls: the joint that holds it.
    Hands hands = Hands::Near; ///< Weights, canes, poles: which hand holds it.
    Point size; ///< Width and height (or length and height; balls: radius in x); zero: the kind's default.
    bool facingLeft = false; ///< Chairs, bikes and stairs: the front faces left instead of right.

    friend bool operator==(const Prop&, const Prop&) = default;
};

/// A drawing of an exercise: a view, one to three poses and props.
///
/// Placement of each pose: a pose with `pelvis` set goes there. Otherwise, the first pose (and every pose when
/// `fixed` is unset) is lowered until its lowest point rests on the surface under it (the mat, bed or floor),
/// with the pelvis at x = 0 (later poses: the first pose's x). With `fixed` set, later poses are moved so that
/// joint stays where it is in the first pose (the feet of a squat, the hands of a wall push-up).
struct Drawing {
    View view = View::Side;
    std::vector<Keyframe> frames; ///< One pose: a position or hold (drawn with a hold marker); 2-3: a movement.
    std::vector<Prop> props;
    std::optional<Joint> fixed; ///< The joint that stays put between poses.
    std::vector<Joint> arrows; ///< The joints whose paths get arrows; empty: chosen from what moves most.
    bool mirrored = false; ///< Drawn facing left (the other side).
    std::string sameAs; ///< A documented variant: this exercise shows the drawing of that exercise id.

    friend bool operator==(const Drawing&, const Drawing&) = default;
};

/// Segment lengths and the head radius in centimetres (a figure about 170 cm tall).
double segmentLength(Segment segment, View view);
inline constexpr double kHeadRadius = 11.0;
/// Half the distance between the hips and between the shoulders in the front and top views.
inline constexpr double kHalfHipWidth = 9.0;
inline constexpr double kHalfShoulderWidth = 17.0;

/// The stable names used in files: "near_thigh", "pelvis", "dumbbell", "side" ...
std::string_view segmentName(Segment segment);
std::string_view jointName(Joint joint);
std::string_view propKindName(PropKind kind);
std::string_view viewName(View view);
std::optional<Segment> segmentFromName(std::string_view name);
std::optional<Joint> jointFromName(std::string_view name);
std::optional<PropKind> propKindFromName(std::string_view name);
std::optional<View> viewFromName(std::string_view name);

/// The named starting postures that a pose can build on: "stand", "sit", "supine", "hook-lying", "prone",
/// "side-lying", "four-point", "kneel", "half-kneel", "long-sit", "stand-front", "supine-above".
std::optional<Angles> basePosture(std::string_view name);
std::vector<std::string_view> basePostureNames();

/// Sets a segment's angle; moving the trunk or chest carries the segments above it along, so their bend
/// relative to it stays the same, unless they are set afterwards.
void setAngle(Angles& angles, Segment segment, double degrees);

} // namespace paceplan::core::drawing
