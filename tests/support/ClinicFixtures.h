// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "services/Clinic.h"
#include "services/DemoSeeder.h"
#include "support/StorageFixtures.h"

#include <memory>
#include <stdexcept>
#include <string>

namespace paceplan::test {

/// The one way the services, GUI and CLI suites open a test clinic: the file at `path`, as `user`, on `clock`.
/// (When clinics gain sign-in and encryption, this is the place that changes.)
inline std::unique_ptr<services::Clinic> openTestClinic(const std::string& path,
    std::shared_ptr<const core::Clock> clock, bool create = true, const std::string& user = kTestUser)
{
    services::OpenRequest request;
    request.path = path;
    request.create = create;
    request.user = user;
    request.clock = std::move(clock);
    request.requireShippedContent = true;
    auto opened = services::Clinic::open(std::move(request));
    if (!opened)
        throw std::runtime_error("cannot open test clinic: " + opened.error().detail);
    return std::move(opened).value();
}

/// A temporary folder with a fresh clinic opened through the services (shipped content merged) and a fixed
/// clock (kTestToday).
class ClinicFixture {
public:
    ClinicFixture()
        : clock(std::make_shared<core::FixedClock>(kTestToday)), path(dir.file("clinic.db")),
          clinic(openTestClinic(path, clock))
    {
    }

    /// Opens the same clinic file again, as a second desk would.
    std::unique_ptr<services::Clinic> reopen() const { return openTestClinic(path, clock, false); }

    TempDir dir;
    std::shared_ptr<core::FixedClock> clock;
    std::string path;
    std::unique_ptr<services::Clinic> clinic;
};

/// A clinic seeded with the whole demo clinic (patients, plans, months of history) by the services.
class DemoClinicFixture : public ClinicFixture {
public:
    DemoClinicFixture()
    {
        auto seeded = services::seedDemoClinic(*clinic);
        if (!seeded || seeded->patients == 0)
            throw std::runtime_error("cannot seed the demo clinic");
    }
};

} // namespace paceplan::test
