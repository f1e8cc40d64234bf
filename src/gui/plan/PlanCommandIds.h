// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace paceplan::gui {

/// The QUndoCommand ids of the mergeable plan edits (consecutive edits of the same field merge).
enum PlanCommandId {
    kChangeDoseId = 3101,
    kChangeNotesId = 3102,
    kChangePlanDetailsId = 3103,
    kChangeIntensityId = 3104,
    kChangeProgressionId = 3105
};

} // namespace paceplan::gui
