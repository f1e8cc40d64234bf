// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Date.h"
#include "core/Id.h"

#include <optional>
#include <string>

namespace paceplan::storage {

/// Where a plan revision stands. Active and printed revisions are locked: edits make a new revision.
enum class RevisionState { Draft, Active, Superseded, Completed };

const char* revisionStateCode(RevisionState state);

/// One revision of a plan, without its content.
struct RevisionInfo {
    core::PlanRevisionId id;
    std::string uuid;
    int revision = 0;
    RevisionState state = RevisionState::Draft;
    bool locked = false;
    bool printed = false;
    std::string title;
    core::Date startDate;
    int lengthWeeks = 0;
    std::string createdAt;
    std::string activatedAt;
    std::string printedAt;
    std::string overrideReason; ///< Why activation went ahead despite a screening block; empty when none.
};

/// A plan of a patient with its newest revision and, when there is one, its active revision.
struct PlanSummary {
    core::PlanId id;
    std::string uuid;
    core::PatientId patientId;
    RevisionInfo latest;
    std::optional<RevisionInfo> active;
};

} // namespace paceplan::storage
