// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/patient/Patient.h"
#include "storage/PatientQuery.h"

#include <string>
#include <string_view>
#include <vector>

namespace paceplan::storage {

class Database;

/// Stores and finds patients; every write is audited.
class PatientRepository {
public:
    explicit PatientRepository(Database& database);

    /// Validates and stores a new patient; returns it with id, uuid and timestamps set.
    core::Result<core::Patient> create(core::Patient patient);
    /// Validates and stores changes to an existing patient (matched by id).
    core::Result<core::Patient> update(core::Patient patient);
    core::Status setArchived(core::PatientId id, bool archived);
    /// Deletes the patient and everything recorded for them, for an erasure request.
    core::Status remove(core::PatientId id);

    core::Result<core::Patient> get(core::PatientId id);
    core::Result<core::Patient> getByUuid(std::string_view uuid);
    core::Result<std::vector<core::Patient>> list(const PatientQuery& query);
    core::Result<int> count(const PatientQuery& query);

    /// The SQL plan SQLite chooses for a name search, for tests that make sure an index is used.
    core::Result<std::string> explainSearch(const PatientQuery& query);

private:
    Database& m_db;
};

} // namespace paceplan::storage
