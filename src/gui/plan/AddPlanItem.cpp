// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/AddPlanItem.h"

#include "gui/plan/PlanDocument.h"

#include <QCoreApplication>

#include <algorithm>

namespace paceplan::gui {

AddPlanItem::AddPlanItem(PlanDocument& document, int weekday, core::PlanItem item, const QString& exerciseName)
    : m_document(document), m_weekday(weekday), m_item(std::move(item))
{
    setText(QCoreApplication::translate("PlanCommands", "add %1 to %2")
                .arg(exerciseName, QString::fromLatin1(core::weekdayName(weekday))));
}

void AddPlanItem::redo()
{
    m_document.editablePlan().days.at(static_cast<std::size_t>(m_weekday)).items.push_back(m_item);
    m_document.planEdited();
    m_document.selectItem(m_item.key);
}

void AddPlanItem::undo()
{
    auto& items = m_document.editablePlan().days.at(static_cast<std::size_t>(m_weekday)).items;
    std::erase_if(items, [&](const core::PlanItem& item) { return item.key == m_item.key; });
    m_document.planEdited();
}

} // namespace paceplan::gui
