// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/ScoreResult.h"

#include <algorithm>

namespace paceplan::core {

bool ScoreResult::hasFlag(const std::string& flag) const
{
    return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

} // namespace paceplan::core
