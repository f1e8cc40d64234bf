// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/drawing/Drawing.h"

#include <nlohmann/json.hpp>

#include <string>

namespace paceplan::interop {

/// Reads the "drawing" object of an exercise (docs/drawings.md): a view, props and one to three poses, each
/// built on a named posture and the previous pose. Errors name the position inside the object in `field`
/// ("frames[1].near_thigh") and say what is wrong in `detail`.
core::Result<core::drawing::Drawing> drawingFromJson(const nlohmann::json& json);

/// A drawing as JSON that drawingFromJson reads back to the same drawing: every pose with all its angles.
nlohmann::ordered_json drawingToJson(const core::drawing::Drawing& drawing);

/// drawingFromJson of a JSON text (for files and database columns); a syntax error is a ParseError.
core::Result<core::drawing::Drawing> parseDrawing(const std::string& text);

} // namespace paceplan::interop
