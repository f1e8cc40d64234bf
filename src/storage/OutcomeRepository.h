// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Date.h"
#include "core/Id.h"
#include "core/Result.h"
#include "core/outcomes/ScoreResult.h"
#include "storage/OutcomeRecord.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paceplan::storage {

class Database;

/// Stores outcome measurements; every write is checked by the scoring code and recorded in the audit log.
class OutcomeRepository {
public:
    explicit OutcomeRepository(Database& database);

    /// Stores a new measurement; refuses unknown instruments, bad answers, future dates and unknown patients.
    core::Result<OutcomeRecord> add(OutcomeRecord record);
    /// Replaces the answers, date, setup, total and notes of a stored measurement (patient and instrument stay).
    core::Result<OutcomeRecord> update(OutcomeRecord record);
    /// Deletes a measurement for good.
    core::Status remove(core::OutcomeId id);

    core::Result<OutcomeRecord> get(core::OutcomeId id);
    /// A patient's measurements from `from` to `to` (inclusive; open ends when empty), oldest first;
    /// `instrument` filters by code when not empty.
    core::Result<std::vector<OutcomeRecord>> list(core::PatientId patient, std::optional<core::Date> from = {},
        std::optional<core::Date> to = {}, std::string_view instrument = {});

private:
    Database& m_db;
};

} // namespace paceplan::storage
