// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Plan.h"

#include <QUndoCommand>

namespace paceplan::gui {

class PlanDocument;

/// Changes the type of one day of the weekly template (aerobic, strength, mixed, active recovery, rest).
class ChangeDayType : public QUndoCommand {
public:
    ChangeDayType(PlanDocument& document, int weekday, core::DayType type);

    void redo() override;
    void undo() override;

private:
    PlanDocument& m_document;
    int m_weekday;
    core::DayType m_before;
    core::DayType m_after;
};

} // namespace paceplan::gui
