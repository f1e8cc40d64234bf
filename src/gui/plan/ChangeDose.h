// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library/Exercise.h"

#include <QUndoCommand>

#include <string>

namespace paceplan::gui {

class PlanDocument;

/// Changes the dose of an item.
class ChangeDose : public QUndoCommand {
public:
    /// `part` names the edited part (a field name); consecutive edits of the same item and part merge.
    ChangeDose(PlanDocument& document, const std::string& key, core::Dose value, const QString& part);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const core::Dose& value);

    PlanDocument& m_document;
    std::string m_key;
    QString m_part;
    core::Dose m_before;
    core::Dose m_after;
};

} // namespace paceplan::gui
