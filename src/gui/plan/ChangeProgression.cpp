// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/ChangeProgression.h"

#include "gui/plan/PlanCommandIds.h"
#include "gui/plan/PlanDocument.h"

#include <QCoreApplication>

namespace paceplan::gui {

ChangeProgression::ChangeProgression(
    PlanDocument& document, const std::string& key, core::ProgressionRule value, const QString& part)
    : m_document(document), m_key(key), m_part(part), m_after(value)
{
    if (const auto* item = document.plan().findItem(key))
        m_before = item->progression;
    setText(QCoreApplication::translate("PlanCommands", "change %1").arg(part));
}

void ChangeProgression::apply(const core::ProgressionRule& value)
{
    if (auto* item = m_document.editablePlan().findItem(m_key)) {
        item->progression = value;
        m_document.planEdited();
        m_document.selectItem(m_key);
    }
}

void ChangeProgression::redo()
{
    apply(m_after);
}

void ChangeProgression::undo()
{
    apply(m_before);
}

int ChangeProgression::id() const
{
    return kChangeProgressionId;
}

bool ChangeProgression::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeProgression*>(other);
    if (next->m_key != m_key || next->m_part != m_part)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace paceplan::gui
