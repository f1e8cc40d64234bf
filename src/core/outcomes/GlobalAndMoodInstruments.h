// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcomes/Instrument.h"

#include <vector>

namespace paceplan::core {

/// The definitions of PGIC, GRC, PHQ-9, GAD-7 and WHO-5 (reference §1 and §10).
std::vector<Instrument> globalAndMoodInstruments();

} // namespace paceplan::core
