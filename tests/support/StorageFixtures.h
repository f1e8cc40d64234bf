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

namespace paceplan::test {

/// A temporary folder with a fresh, migrated database and a fixed clock (2026-11-21).
class DatabaseFixture {
public:
    DatabaseFixture() : clock(std::make_shared<core::FixedClock>(core::Date(2026, 11, 21))), path(dir.file("clinic.db"))
    {
        storage::OpenOptions options;
        options.user = "test-clinician";
        options.clock = clock;
        auto opened = storage::Database::open(path, options);
        if (!opened)
            throw std::runtime_error("cannot open test database: " + opened.error().detail);
        db = std::move(opened).value();
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
