// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/patient/Patient.h"

#include <vector>

namespace paceplan::storage {

class Database;

/// The fictional patients of the demo clinic, one or more for every primary condition.
std::vector<core::Patient> demoPatients();

/// Seeds the demo clinic into `database` once; returns how many patients were added (0 when it was
/// seeded before). The whole seed is one transaction.
core::Result<int> seedDemoClinic(Database& database);

/// True when the demo clinic was seeded into this database.
bool hasDemoClinic(Database& database);

} // namespace paceplan::storage
