// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/IntensityTarget.h"

#include <QUndoCommand>

#include <string>

namespace paceplan::gui {

class PlanDocument;

/// Changes the intensity target of an item.
class ChangeIntensity : public QUndoCommand {
public:
    /// `part` names the edited part (a field name); consecutive edits of the same item and part merge.
    ChangeIntensity(PlanDocument& document, const std::string& key, core::IntensityTarget value, const QString& part);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const core::IntensityTarget& value);

    PlanDocument& m_document;
    std::string m_key;
    QString m_part;
    core::IntensityTarget m_before;
    core::IntensityTarget m_after;
};

} // namespace paceplan::gui
