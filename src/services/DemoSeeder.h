// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

namespace paceplan::services {

class Clinic;

/// What seeding the demo clinic added.
struct DemoSeedResult {
    int patients = 0;
    int plans = 0;
    int historyRecords = 0;
};

/// Seeds the whole demo clinic once: fictional patients, plans from the shipped templates with a few
/// revisions, and months of outcomes and session logs. Does nothing when the clinic was seeded before.
core::Result<DemoSeedResult> seedDemoClinic(Clinic& clinic);

} // namespace paceplan::services
