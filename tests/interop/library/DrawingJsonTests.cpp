// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/library/DrawingJson.h"

#include <catch2/catch.hpp>

using namespace paceplan;
using namespace paceplan::core::drawing;
using nlohmann::json;

namespace {

double angle(const Keyframe& frame, Segment segment)
{
    return frame.angles.at(static_cast<std::size_t>(segment));
}

} // namespace

TEST_CASE("A drawing reads its view, props and poses built on the pose before", "[interop][drawing]")
{
    const auto parsed = interop::parseDrawing(R"({
        "view": "side",
        "props": [{"kind": "mat"}, {"kind": "band", "from": [80, 100], "to": "near_hand"},
                  {"kind": "wall", "at": {"joint": "near_hand", "frame": 1, "offset": [4, 0]}},
                  {"kind": "dumbbell", "hands": "both"}, {"kind": "ball", "size": 30}],
        "fixed": "near_ankle",
        "arrows": ["pelvis"],
        "frames": [{"base": "hook-lying"}, {"trunk": 250, "thigh": 70, "near_shin": 155}]
    })");
    REQUIRE(parsed);
    const Drawing& drawing = *parsed;
    CHECK(drawing.view == View::Side);
    REQUIRE(drawing.props.size() == 5);
    CHECK(drawing.props[1].kind == PropKind::Band);
    CHECK(drawing.props[1].from.point == Point { 80, 100 });
    CHECK(drawing.props[1].to.joint == Joint::NearHand);
    CHECK(drawing.props[2].at.frame == 1);
    CHECK(drawing.props[2].at.offset == Point { 4, 0 });
    CHECK(drawing.props[3].hands == Hands::Both);
    CHECK(drawing.props[4].size.x == 30);
    CHECK(drawing.fixed == Joint::NearAnkle);
    CHECK(drawing.arrows == std::vector<Joint> { Joint::Pelvis });
    REQUIRE(drawing.frames.size() == 2);
    // The second pose starts from the first: both thighs move, only the near shin, and the head turns with the trunk.
    CHECK(angle(drawing.frames[1], Segment::NearThigh) == 70);
    CHECK(angle(drawing.frames[1], Segment::FarThigh) == 70);
    CHECK(angle(drawing.frames[1], Segment::NearShin) == 155);
    CHECK(angle(drawing.frames[1], Segment::FarShin) == 135);
    CHECK(angle(drawing.frames[1], Segment::Head) == 250);
}

TEST_CASE("A drawing written and read back is the same drawing", "[interop][drawing]")
{
    const auto parsed = interop::parseDrawing(R"({"view": "front", "mirrored": true,
        "props": [{"kind": "chair", "facing": "left"}, {"kind": "cable", "from": [60, 150], "to": "far_hand"}],
        "frames": [{"base": "stand-front", "pelvis": [3, 90]}, {"near_arm": 40, "chest": 10}]})");
    REQUIRE(parsed);
    const auto again = interop::drawingFromJson(json::parse(interop::drawingToJson(*parsed).dump()));
    REQUIRE(again);
    CHECK(*again == *parsed);

    Drawing variant;
    variant.sameAs = "walk";
    const auto variantAgain = interop::drawingFromJson(json::parse(interop::drawingToJson(variant).dump()));
    REQUIRE(variantAgain);
    CHECK(*variantAgain == variant);
}

TEST_CASE("Drawing errors name the place and the problem", "[interop][drawing]")
{
    struct Case {
        const char* text;
        const char* field;
    };
    for (const Case& c : {
             Case { R"({"frames": []})", "frames" },
             Case { R"({"frames": [{"trunk": 10}]})", "frames[0]" },
             Case { R"({"frames": [{"base": "cartwheel"}]})", "frames[0].base" },
             Case { R"({"frames": [{"base": "stand", "elbow": 3}]})", "frames[0].elbow" },
             Case { R"({"frames": [{"base": "stand", "trunk": "up"}]})", "frames[0].trunk" },
             Case { R"({"view": "sideways", "frames": [{"base": "stand"}]})", "view" },
             Case { R"({"props": [{"kind": "trampoline"}], "frames": [{"base": "stand"}]})", "props[0].kind" },
             Case { R"({"props": [{"kind": "band", "to": "elbow"}], "frames": [{"base": "stand"}]})", "props[0].to" },
             Case { R"({"fixed": "tail", "frames": [{"base": "stand"}]})", "fixed" },
             Case { R"({"same_as": "walk", "frames": [{"base": "stand"}]})", "same_as" },
             Case { R"({"colour": "red", "frames": [{"base": "stand"}]})", "colour" },
         }) {
        CAPTURE(c.text);
        const auto parsed = interop::parseDrawing(c.text);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().field == c.field);
        CHECK_FALSE(parsed.error().detail.empty());
    }
    CHECK(interop::parseDrawing("{").error().code == core::ErrorCode::ParseError);
}
