// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/Clinic.h"
#include "services/DemoSeeder.h"
#include "support/StorageFixtures.h"

#include <memory>
#include <stdexcept>

namespace paceplan::test {

/// The whole demo clinic (patients, plans, outcome history, session logs) as an open services::Clinic, on the
/// fixed clock of DatabaseFixture (2026-11-21).
class DemoClinicFixture {
public:
    DemoClinicFixture()
    {
        clinic = services::Clinic::adopt(std::move(files.db));
        if (!services::seedDemoClinic(*clinic))
            throw std::runtime_error("cannot seed the demo clinic");
    }

    DatabaseFixture files;
    std::unique_ptr<services::Clinic> clinic;
};

} // namespace paceplan::test
