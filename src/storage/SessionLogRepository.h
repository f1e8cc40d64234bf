// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Date.h"
#include "core/Id.h"
#include "core/Result.h"
#include "core/monitoring/SessionLog.h"

#include <optional>
#include <vector>

namespace paceplan::storage {

class Database;

/// Stores the session diary: one log per patient, plan and day, checked by core::validateSessionLog and audited.
/// A log normally belongs to a plan; a log without a plan (planId invalid, revision 0) records a day before
/// any plan was stored, and counts for the pain-monitoring advice but not for adherence.
class SessionLogRepository {
public:
    explicit SessionLogRepository(Database& database);

    /// Stores a new log. With a plan and revision 0 the revision in force is filled in (the active one, else the
    /// newest). Refuses invalid logs, a plan of another patient and a second log for the same plan and day.
    core::Result<core::SessionLog> add(core::SessionLog log);
    /// Replaces the status, ratings, minutes and notes of a stored log (patient, plan and date stay).
    core::Result<core::SessionLog> update(core::SessionLog log);
    /// Deletes a log for good.
    core::Status remove(core::SessionLogId id);

    core::Result<core::SessionLog> get(core::SessionLogId id);
    /// A patient's logs from `from` to `to` (inclusive; open ends when empty), oldest first.
    core::Result<std::vector<core::SessionLog>> list(
        core::PatientId patient, std::optional<core::Date> from = {}, std::optional<core::Date> to = {});
    /// The logs of one plan, oldest first.
    core::Result<std::vector<core::SessionLog>> listForPlan(core::PlanId plan);

private:
    Database& m_db;
};

} // namespace paceplan::storage
