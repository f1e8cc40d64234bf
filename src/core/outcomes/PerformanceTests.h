// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcomes/Instrument.h"

#include <optional>
#include <vector>

namespace paceplan::core {

/// The definitions of 6MWT, 30s-CST, TUG and 5xSTS (reference §1 and §10).
std::vector<Instrument> performanceTests();

/// The Enright & Sherrill 1998 predicted six-minute walk distance in metres, or nullopt outside ages 40-80,
/// without a male or female equation, or when the prediction is not positive (reference §10.1).
std::optional<double> sixMinuteWalkPredictedEnright1998(Sex sex, double ageYears, double heightCm, double weightKg);

} // namespace paceplan::core
