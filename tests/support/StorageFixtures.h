// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/DemoClinic.h"
#include "support/CatchPrinters.h"
#include "support/TempDir.h"

#include <memory>
#include <stdexcept>
#include <string>

namespace paceplan::test {

/// The day every test clinic lives on, and who its audit log names.
inline const core::Date kTestToday(2026, 11, 21);
inline const std::string kTestUser = "test-clinician";

/// The one way the storage suites open a test database (the services' fixtures in ClinicFixtures.h use the same
/// user and clock): the file at `path`, created when missing.
inline std::unique_ptr<storage::Database> openTestDatabase(
    const std::string& path, std::shared_ptr<const core::Clock> clock, bool create = true)
{
    storage::OpenOptions options;
    options.create = create;
    options.user = kTestUser;
    options.clock = std::move(clock);
    auto opened = storage::Database::open(path, options);
    if (!opened)
        throw std::runtime_error("cannot open test database: " + opened.error().detail);
    return std::move(opened).value();
}

/// A temporary folder with a fresh, migrated database and a fixed clock (kTestToday).
class DatabaseFixture {
public:
    DatabaseFixture()
        : clock(std::make_shared<core::FixedClock>(kTestToday)), path(dir.file("clinic.db")),
          db(openTestDatabase(path, clock))
    {
    }

    TempDir dir;
    std::shared_ptr<core::FixedClock> clock;
    std::string path;
    std::unique_ptr<storage::Database> db;
};

/// A fresh database seeded with the demo clinic.
class SeededClinicFixture : public DatabaseFixture {
public:
    SeededClinicFixture()
    {
        if (!storage::seedDemoClinic(*db))
            throw std::runtime_error("cannot seed the demo clinic");
    }
};

} // namespace paceplan::test
