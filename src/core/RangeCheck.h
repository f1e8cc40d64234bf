// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <string>
#include <vector>

namespace paceplan::core {

/// Adds an OutOfRange error for `field` when `value` lies outside low..high, detailed as "12 not in 0-10".
void checkInRange(std::vector<Error>& errors, int value, int low, int high, const std::string& field);

} // namespace paceplan::core
