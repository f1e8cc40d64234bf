// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/plan/PlanDetails.h"

#include <QUndoCommand>

namespace paceplan::gui {

class PlanDocument;

/// Changes the plan-level details; consecutive edits of the same part (such as typing a title) merge.
class ChangePlanDetails : public QUndoCommand {
public:
    ChangePlanDetails(PlanDocument& document, PlanDetails details, const QString& part);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    PlanDocument& m_document;
    QString m_part;
    PlanDetails m_before;
    PlanDetails m_after;
};

} // namespace paceplan::gui
