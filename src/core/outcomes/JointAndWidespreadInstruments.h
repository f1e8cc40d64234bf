// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcomes/Instrument.h"

#include <vector>

namespace paceplan::core {

/// The definitions of KOOS-12, HOOS-12, FIQR and PROMIS PI 4a (reference §1 and §10).
std::vector<Instrument> jointAndWidespreadInstruments();

} // namespace paceplan::core
