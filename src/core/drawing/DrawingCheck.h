// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drawing/Drawing.h"
#include "core/drawing/Scene.h"

#include <string>
#include <vector>

namespace paceplan::core::drawing {

/// How close (cm) a body point must be to a surface to rest on it, and how far below the floor is too far.
inline constexpr double kRestTolerance = 4.0;
/// The least a moving drawing must move some joint (cm) between its first and last pose.
inline constexpr double kMinMovement = 5.0;

/// The problems of one drawing in plain words, empty when it is sound: pose count, angles that are not numbers,
/// props without their ends, a body below the floor or resting on nothing, and a movement that does not move.
/// A `sameAs` drawing is checked where it points, not here.
std::vector<std::string> checkDrawing(const Drawing& drawing);

/// The length of every segment of a placed pose, in segment order (for tests of constant limb lengths).
std::vector<double> segmentLengths(const JointPositions& joints);

} // namespace paceplan::core::drawing
