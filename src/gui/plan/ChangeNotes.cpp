// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/ChangeNotes.h"

#include "gui/plan/PlanCommandIds.h"
#include "gui/plan/PlanDocument.h"

#include <QCoreApplication>

namespace paceplan::gui {

ChangeNotes::ChangeNotes(PlanDocument& document, const std::string& key, std::string value, const QString& part)
    : m_document(document), m_key(key), m_part(part), m_after(std::move(value))
{
    if (const auto* item = document.plan().findItem(key))
        m_before = item->notes;
    setText(QCoreApplication::translate("PlanCommands", "change %1").arg(part));
}

void ChangeNotes::apply(const std::string& value)
{
    if (auto* item = m_document.editablePlan().findItem(m_key)) {
        item->notes = value;
        m_document.planEdited();
        m_document.selectItem(m_key);
    }
}

void ChangeNotes::redo()
{
    apply(m_after);
}

void ChangeNotes::undo()
{
    apply(m_before);
}

int ChangeNotes::id() const
{
    return kChangeNotesId;
}

bool ChangeNotes::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeNotes*>(other);
    if (next->m_key != m_key || next->m_part != m_part)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace paceplan::gui
