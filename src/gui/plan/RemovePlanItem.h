// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Plan.h"

#include <QUndoCommand>

namespace paceplan::gui {

class PlanDocument;

/// Removes an item from its day; undo puts it back in the same place.
class RemovePlanItem : public QUndoCommand {
public:
    RemovePlanItem(PlanDocument& document, const std::string& key, const QString& exerciseName);

    void redo() override;
    void undo() override;

private:
    PlanDocument& m_document;
    std::string m_key;
    int m_weekday = 0;
    int m_index = 0;
    core::PlanItem m_item;
};

} // namespace paceplan::gui
