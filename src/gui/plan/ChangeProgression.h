// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/ProgressionRule.h"

#include <QUndoCommand>

#include <string>

namespace paceplan::gui {

class PlanDocument;

/// Changes the progression rule of an item.
class ChangeProgression : public QUndoCommand {
public:
    /// `part` names the edited part (a field name); consecutive edits of the same item and part merge.
    ChangeProgression(PlanDocument& document, const std::string& key, core::ProgressionRule value, const QString& part);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const core::ProgressionRule& value);

    PlanDocument& m_document;
    std::string m_key;
    QString m_part;
    core::ProgressionRule m_before;
    core::ProgressionRule m_after;
};

} // namespace paceplan::gui
