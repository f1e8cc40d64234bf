// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/library/DrawingJson.h"

#include <cmath>
#include <string_view>

namespace paceplan::interop {

using core::ErrorCode;
using core::makeError;
using json = nlohmann::json;
namespace dr = core::drawing;

namespace {

struct Failure {
    std::string field;
    std::string detail;
};

[[noreturn]] void fail(const std::string& field, const std::string& detail)
{
    throw Failure { field, detail };
}

/// The position of `key` inside the object at `field` ("frames[1]" and "trunk" give "frames[1].trunk").
std::string child(const std::string& field, std::string_view key)
{
    std::string path = field;
    if (!path.empty())
        path += '.';
    path += key;
    return path;
}

/// The message for a key the format does not have.
std::string unknownKey(const std::string& key)
{
    std::string message = "unknown key \"";
    message += key;
    message += '"';
    return message;
}

double number(const json& value, const std::string& field)
{
    if (!value.is_number())
        fail(field, "expected a number");
    const double result = value.get<double>();
    if (!std::isfinite(result))
        fail(field, "expected a finite number");
    return result;
}

dr::Point point(const json& value, const std::string& field)
{
    if (!value.is_array() || value.size() != 2)
        fail(field, "expected a point [x, y]");
    return { number(value[0], field + "[0]"), number(value[1], field + "[1]") };
}

dr::Joint joint(const json& value, const std::string& field)
{
    if (!value.is_string())
        fail(field, "expected a joint name");
    const auto parsed = dr::jointFromName(value.get<std::string>());
    if (!parsed)
        fail(field, "unknown joint \"" + value.get<std::string>() + "\"");
    return *parsed;
}

/// An anchor: [x, y], "joint", or {"joint"|"point", "frame", "offset"}.
dr::Anchor anchor(const json& value, const std::string& field)
{
    dr::Anchor result;
    if (value.is_array()) {
        result.point = point(value, field);
    } else if (value.is_string()) {
        result.joint = joint(value, field);
    } else if (value.is_object()) {
        for (const auto& item : value.items()) {
            const std::string& key = item.key();
            if (key == "joint")
                result.joint = joint(item.value(), field + ".joint");
            else if (key == "point")
                result.point = point(item.value(), field + ".point");
            else if (key == "frame") {
                if (!item.value().is_number_integer() || item.value().get<int>() < 0 || item.value().get<int>() > 2)
                    fail(field + ".frame", "expected a pose number 0, 1 or 2");
                result.frame = item.value().get<int>();
            } else if (key == "offset")
                result.offset = point(item.value(), field + ".offset");
            else
                fail(child(field, key), unknownKey(key));
        }
        if (!result.isSet())
            fail(field, "needs a joint or a point");
    } else {
        fail(field, "expected a point [x, y], a joint name or an object");
    }
    return result;
}

using ojson = nlohmann::ordered_json;

ojson anchorToJson(const dr::Anchor& anchor)
{
    const bool plain = anchor.frame < 0 && anchor.offset == dr::Point {};
    if (plain && anchor.point)
        return ojson::array({ anchor.point->x, anchor.point->y });
    if (plain && anchor.joint)
        return std::string(dr::jointName(*anchor.joint));
    ojson object = ojson::object();
    if (anchor.joint)
        object["joint"] = std::string(dr::jointName(*anchor.joint));
    if (anchor.point)
        object["point"] = ojson::array({ anchor.point->x, anchor.point->y });
    if (anchor.frame >= 0)
        object["frame"] = anchor.frame;
    if (!(anchor.offset == dr::Point {}))
        object["offset"] = ojson::array({ anchor.offset.x, anchor.offset.y });
    return object;
}

dr::Prop prop(const json& value, const std::string& field)
{
    if (!value.is_object())
        fail(field, "expected an object");
    dr::Prop result;
    const auto kind = value.find("kind");
    if (kind == value.end() || !kind->is_string())
        fail(field + ".kind", "every prop needs a kind");
    const auto parsed = dr::propKindFromName(kind->get<std::string>());
    if (!parsed)
        fail(field + ".kind", "unknown prop \"" + kind->get<std::string>() + "\"");
    result.kind = *parsed;
    for (const auto& item : value.items()) {
        const std::string& key = item.key();
        const std::string at = child(field, key);
        if (key == "kind")
            continue;
        if (key == "at")
            result.at = anchor(item.value(), at);
        else if (key == "from")
            result.from = anchor(item.value(), at);
        else if (key == "to")
            result.to = anchor(item.value(), at);
        else if (key == "hands") {
            const std::string hands = item.value().is_string() ? item.value().get<std::string>() : std::string();
            if (hands == "near")
                result.hands = dr::Hands::Near;
            else if (hands == "far")
                result.hands = dr::Hands::Far;
            else if (hands == "both")
                result.hands = dr::Hands::Both;
            else
                fail(at, "expected \"near\", \"far\" or \"both\"");
        } else if (key == "size") {
            if (item.value().is_number())
                result.size = { number(item.value(), at), 0.0 };
            else
                result.size = point(item.value(), at);
            if (result.size.x < 0 || result.size.y < 0)
                fail(at, "sizes cannot be negative");
        } else if (key == "facing") {
            const std::string facing = item.value().is_string() ? item.value().get<std::string>() : std::string();
            if (facing != "left" && facing != "right")
                fail(at, "expected \"left\" or \"right\"");
            result.facingLeft = facing == "left";
        } else {
            fail(at, unknownKey(key));
        }
    }
    return result;
}

ojson propToJson(const dr::Prop& prop)
{
    ojson object = ojson::object();
    object["kind"] = std::string(dr::propKindName(prop.kind));
    if (prop.at.isSet())
        object["at"] = anchorToJson(prop.at);
    if (prop.from.isSet())
        object["from"] = anchorToJson(prop.from);
    if (prop.to.isSet())
        object["to"] = anchorToJson(prop.to);
    if (prop.hands != dr::Hands::Near)
        object["hands"] = prop.hands == dr::Hands::Both ? "both" : "far";
    if (!(prop.size == dr::Point {}))
        object["size"] = ojson::array({ prop.size.x, prop.size.y });
    if (prop.facingLeft)
        object["facing"] = "left";
    return object;
}

/// The segments a "both sides" key sets.
std::vector<dr::Segment> pair(std::string_view key)
{
    if (key == "thigh")
        return { dr::Segment::NearThigh, dr::Segment::FarThigh };
    if (key == "shin")
        return { dr::Segment::NearShin, dr::Segment::FarShin };
    if (key == "foot")
        return { dr::Segment::NearFoot, dr::Segment::FarFoot };
    if (key == "arm")
        return { dr::Segment::NearUpperArm, dr::Segment::FarUpperArm };
    if (key == "forearm")
        return { dr::Segment::NearForearm, dr::Segment::FarForearm };
    return {};
}

dr::Keyframe frame(const json& value, const std::string& field, const dr::Keyframe* previous)
{
    if (!value.is_object())
        fail(field, "expected an object");
    dr::Keyframe result;
    if (const auto base = value.find("base"); base != value.end()) {
        const auto angles = base->is_string() ? dr::basePosture(base->get<std::string>()) : std::nullopt;
        if (!angles)
            fail(field + ".base",
                "unknown posture; use one of stand, sit, supine, hook-lying, prone, side-lying, "
                "four-point, kneel, half-kneel, long-sit, stand-front, supine-above");
        result.angles = *angles;
    } else if (previous != nullptr) {
        result.angles = previous->angles;
    } else {
        fail(field, "the first pose needs a base posture");
    }
    // Both-sides keys first, then one side, then the spine (which carries the segments above it).
    for (const auto& item : value.items()) {
        for (dr::Segment segment : pair(item.key()))
            result.angles.at(static_cast<std::size_t>(segment)) = number(item.value(), child(field, item.key()));
    }
    for (const auto& item : value.items()) {
        const std::string& key = item.key();
        if (key == "base" || !pair(key).empty() || key == "trunk" || key == "chest" || key == "head")
            continue;
        if (key == "pelvis") {
            result.pelvis = point(item.value(), field + ".pelvis");
            continue;
        }
        const auto segment = dr::segmentFromName(key);
        if (!segment)
            fail(child(field, key), unknownKey(key));
        result.angles.at(static_cast<std::size_t>(*segment)) = number(item.value(), child(field, key));
    }
    for (const char* spine : { "trunk", "chest", "head" }) {
        if (const auto it = value.find(spine); it != value.end())
            dr::setAngle(result.angles, *dr::segmentFromName(spine), number(*it, child(field, spine)));
    }
    return result;
}

dr::Drawing readDrawing(const json& value)
{
    if (!value.is_object())
        fail({}, "expected an object");
    dr::Drawing drawing;
    for (const auto& item : value.items()) {
        const std::string& key = item.key();
        const json& v = item.value();
        if (key == "view") {
            const auto view = v.is_string() ? dr::viewFromName(v.get<std::string>()) : std::nullopt;
            if (!view)
                fail(key, "expected \"side\", \"front\" or \"above\"");
            drawing.view = *view;
        } else if (key == "same_as") {
            if (!v.is_string() || v.get<std::string>().empty())
                fail(key, "expected an exercise id");
            drawing.sameAs = v.get<std::string>();
        } else if (key == "mirrored") {
            if (!v.is_boolean())
                fail(key, "expected true or false");
            drawing.mirrored = v.get<bool>();
        } else if (key == "fixed") {
            drawing.fixed = joint(v, key);
        } else if (key == "arrows") {
            if (!v.is_array())
                fail(key, "expected a list of joint names");
            for (std::size_t i = 0; i < v.size(); ++i)
                drawing.arrows.push_back(joint(v[i], key + "[" + std::to_string(i) + "]"));
        } else if (key == "props") {
            if (!v.is_array())
                fail(key, "expected a list of props");
            for (std::size_t i = 0; i < v.size(); ++i)
                drawing.props.push_back(prop(v[i], "props[" + std::to_string(i) + "]"));
        } else if (key == "frames") {
            if (!v.is_array())
                fail(key, "expected a list of poses");
            for (std::size_t i = 0; i < v.size(); ++i)
                drawing.frames.push_back(frame(v[i], "frames[" + std::to_string(i) + "]",
                    drawing.frames.empty() ? nullptr : &drawing.frames.back()));
        } else {
            fail(key, unknownKey(key));
        }
    }
    if (drawing.sameAs.empty() && (drawing.frames.empty() || drawing.frames.size() > 3))
        fail("frames", "a drawing has one to three poses");
    if (!drawing.sameAs.empty() && !drawing.frames.empty())
        fail("same_as", "a drawing that shows another exercise's drawing has no poses of its own");
    return drawing;
}

} // namespace

core::Result<dr::Drawing> drawingFromJson(const json& value)
{
    try {
        return readDrawing(value);
    } catch (const Failure& failure) {
        return makeError(ErrorCode::InvalidValue, failure.field, failure.detail);
    }
}

core::Result<dr::Drawing> parseDrawing(const std::string& text)
{
    json value;
    try {
        value = json::parse(text);
    } catch (const json::parse_error& e) {
        return makeError(ErrorCode::ParseError, "drawing", e.what());
    }
    return drawingFromJson(value);
}

nlohmann::ordered_json drawingToJson(const dr::Drawing& drawing)
{
    nlohmann::ordered_json out;
    if (!drawing.sameAs.empty()) {
        out["same_as"] = drawing.sameAs;
        if (drawing.mirrored)
            out["mirrored"] = true;
        return out;
    }
    out["view"] = std::string(dr::viewName(drawing.view));
    if (drawing.mirrored)
        out["mirrored"] = true;
    if (drawing.fixed)
        out["fixed"] = std::string(dr::jointName(*drawing.fixed));
    if (!drawing.arrows.empty()) {
        auto arrows = nlohmann::ordered_json::array();
        for (dr::Joint joint : drawing.arrows)
            arrows.push_back(std::string(dr::jointName(joint)));
        out["arrows"] = arrows;
    }
    if (!drawing.props.empty()) {
        auto props = nlohmann::ordered_json::array();
        for (const dr::Prop& prop : drawing.props)
            props.push_back(propToJson(prop));
        out["props"] = props;
    }
    auto frames = nlohmann::ordered_json::array();
    for (const dr::Keyframe& keyframe : drawing.frames) {
        // The spine is written first and the limbs after it: reading applies the spine last, and the spine
        // would carry the head, so every pose lists trunk, chest and head as they are.
        nlohmann::ordered_json pose;
        pose["base"] = "stand";
        for (std::size_t s = 0; s < dr::kSegmentCount; ++s)
            pose[std::string(dr::segmentName(static_cast<dr::Segment>(s)))] = keyframe.angles.at(s);
        if (keyframe.pelvis)
            pose["pelvis"] = nlohmann::ordered_json::array({ keyframe.pelvis->x, keyframe.pelvis->y });
        frames.push_back(pose);
    }
    out["frames"] = frames;
    return out;
}

} // namespace paceplan::interop
