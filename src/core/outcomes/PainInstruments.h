// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcomes/Instrument.h"

#include <vector>

namespace paceplan::core {

/// The definitions of NPRS, VAS, PEG-3 and BPI-SF (reference §1 and §10).
std::vector<Instrument> painInstruments();

} // namespace paceplan::core
