// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Plan.h"

#include <QUndoCommand>

namespace paceplan::gui {

class PlanDocument;

/// Adds an item to a day of the weekly template.
class AddPlanItem : public QUndoCommand {
public:
    AddPlanItem(PlanDocument& document, int weekday, core::PlanItem item, const QString& exerciseName);

    void redo() override;
    void undo() override;

private:
    PlanDocument& m_document;
    int m_weekday;
    core::PlanItem m_item;
};

} // namespace paceplan::gui
