// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcomes/Instrument.h"

#include <vector>

namespace paceplan::core {

/// The definitions of FABQ and PCS (reference §1 and §10).
std::vector<Instrument> fearAvoidanceInstruments();

} // namespace paceplan::core
