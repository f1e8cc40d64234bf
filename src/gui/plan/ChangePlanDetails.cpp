// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/ChangePlanDetails.h"

#include "gui/plan/PlanCommandIds.h"
#include "gui/plan/PlanDocument.h"

#include <QCoreApplication>

namespace paceplan::gui {

ChangePlanDetails::ChangePlanDetails(PlanDocument& document, PlanDetails details, const QString& part)
    : m_document(document), m_part(part), m_before(PlanDetails::of(document.plan())), m_after(std::move(details))
{
    setText(QCoreApplication::translate("PlanCommands", "change %1").arg(part));
}

void ChangePlanDetails::redo()
{
    m_after.applyTo(m_document.editablePlan());
    m_document.planEdited();
}

void ChangePlanDetails::undo()
{
    m_before.applyTo(m_document.editablePlan());
    m_document.planEdited();
}

int ChangePlanDetails::id() const
{
    return kChangePlanDetailsId;
}

bool ChangePlanDetails::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangePlanDetails*>(other);
    if (next->m_part != m_part)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace paceplan::gui
