// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcomes/Instrument.h"

#include <vector>

namespace paceplan::core {

/// The definitions of TSK-11, TSK-17, PSEQ-10, PSEQ-2 and STarT Back (reference §1 and §10).
std::vector<Instrument> beliefInstruments();

} // namespace paceplan::core
