// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DocumentCodec.h"
#include "core/Result.h"
#include "core/plan/Plan.h"
#include "core/plan/PreExerciseScreening.h"
#include "storage/PlanRecords.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paceplan::storage {

class Database;

/// Stores exercise plans as numbered revisions; a locked revision is never changed in place.
class PlanRepository {
public:
    PlanRepository(Database& database, const core::DocumentCodec& codec);

    /// Stores a new plan for a patient as its draft revision 1.
    core::Result<core::Plan> create(core::PatientId patient, core::Plan plan);
    /// Stores edits. The plan's revision is changed in place while it is an unlocked draft and the newest;
    /// otherwise the edits become a new draft revision. Returns the plan as stored.
    core::Result<core::Plan> save(core::Plan plan);
    /// Activates a revision after pre-exercise screening (decided by core::decideActivation); stores the
    /// screening and any override reason, locks the revision and supersedes the previously active one.
    core::Status activate(core::PlanId plan, int revision, const core::PreExerciseScreening& screening);
    /// Records that a revision was printed or saved as PDF; it is locked from then on.
    core::Status markPrinted(core::PlanId plan, int revision);
    /// Records in one step that a revision was handed out (`how` says where: "printer" or "pdf"): an audit entry
    /// always, and when `lock` is true (not a draft) the revision is marked printed and locked.
    core::Status recordHandout(core::PlanId plan, int revision, bool lock, std::string_view how);
    /// Marks the active revision completed (the plan ended).
    core::Status complete(core::PlanId plan);
    core::Status remove(core::PlanId plan);

    core::Result<core::Plan> revision(core::PlanId plan, int revision);
    core::Result<core::Plan> latest(core::PlanId plan);
    core::Result<std::vector<RevisionInfo>> revisions(core::PlanId plan);
    core::Result<std::vector<PlanSummary>> plansOf(core::PatientId patient);
    core::Result<PlanSummary> summary(core::PlanId plan);
    /// The screening stored when the revision was activated, or nothing.
    core::Result<std::optional<core::PreExerciseScreening>> screening(core::PlanId plan, int revision);

private:
    Database& m_db;
    const core::DocumentCodec& m_codec;
};

} // namespace paceplan::storage
