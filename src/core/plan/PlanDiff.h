// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Plan.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paceplan::core {

class ExerciseCatalog;

/// What one change between two plan revisions is about; stored by its stable code.
enum class ChangeKind {
    TitleChanged,
    GoalsChanged,
    StartDateChanged,
    LengthChanged,
    StatusChanged,
    PhaseAdded,
    PhaseRemoved,
    PhaseChanged,
    TopicAdded,
    TopicRemoved,
    DayTypeChanged,
    ItemAdded,
    ItemRemoved,
    ItemMoved,
    ExerciseChanged,
    DoseChanged,
    IntensityChanged,
    NotesChanged,
    RuleChanged,
};

/// One change between two revisions of a plan, with a plain-language sentence for people.
struct PlanChange {
    ChangeKind kind = ChangeKind::TitleChanged;
    std::string itemKey; ///< The item concerned; empty for plan-level changes.
    int weekday = -1; ///< The day concerned (the new day for moves), or -1.
    std::string field; ///< For DoseChanged: the dose field code, or "load"; for phases: the phase's first week.
    std::string before; ///< The old value in plain words; empty when there was none.
    std::string after; ///< The new value in plain words; empty when there is none.
    std::string sentence; ///< For example "Walking: raised from 10 to 15 minutes."

    friend bool operator==(const PlanChange&, const PlanChange&) = default;
};

/// Stable codes for storage and JSON; the FromCode functions give nothing for an unknown code.
const char* changeKindCode(ChangeKind kind);
std::optional<ChangeKind> changeKindFromCode(std::string_view code);

/// What changed from `before` to `after`: plan fields first, then day types, then items by their stable
/// key in the new plan's order, then removed items. Identical plans give an empty list.
std::vector<PlanChange> diffPlans(const Plan& before, const Plan& after, const ExerciseCatalog& catalog);

} // namespace paceplan::core
