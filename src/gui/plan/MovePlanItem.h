// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include <string>

namespace paceplan::gui {

class PlanDocument;

/// Moves an item to the end of another day of the weekly template.
class MovePlanItem : public QUndoCommand {
public:
    MovePlanItem(PlanDocument& document, const std::string& key, int toWeekday, const QString& exerciseName);

    void redo() override;
    void undo() override;

private:
    void move(int from, int to, int index);

    PlanDocument& m_document;
    std::string m_key;
    int m_fromWeekday = 0;
    int m_fromIndex = 0;
    int m_toWeekday = 0;
};

} // namespace paceplan::gui
