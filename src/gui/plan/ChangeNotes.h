// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include <string>

namespace paceplan::gui {

class PlanDocument;

/// Changes the notes of an item.
class ChangeNotes : public QUndoCommand {
public:
    /// `part` names the edited part (a field name); consecutive edits of the same item and part merge.
    ChangeNotes(PlanDocument& document, const std::string& key, std::string value, const QString& part);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const std::string& value);

    PlanDocument& m_document;
    std::string m_key;
    QString m_part;
    std::string m_before;
    std::string m_after;
};

} // namespace paceplan::gui
