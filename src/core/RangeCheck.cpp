// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RangeCheck.h"

namespace paceplan::core {

void checkInRange(std::vector<Error>& errors, int value, int low, int high, const std::string& field)
{
    if (value < low || value > high)
        errors.push_back(makeError(ErrorCode::OutOfRange, field,
            std::to_string(value) + " not in " + std::to_string(low) + "-" + std::to_string(high)));
}

} // namespace paceplan::core
