// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/RemovePlanItem.h"

#include "gui/plan/PlanDocument.h"

#include <QCoreApplication>

namespace paceplan::gui {

RemovePlanItem::RemovePlanItem(PlanDocument& document, const std::string& key, const QString& exerciseName)
    : m_document(document), m_key(key)
{
    setText(QCoreApplication::translate("PlanCommands", "remove %1").arg(exerciseName));
    const auto& plan = document.plan();
    m_weekday = plan.dayOfItem(key).value_or(0);
    const auto& items = plan.days.at(static_cast<std::size_t>(m_weekday)).items;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].key == key) {
            m_index = static_cast<int>(i);
            m_item = items[i];
        }
    }
}

void RemovePlanItem::redo()
{
    auto& items = m_document.editablePlan().days.at(static_cast<std::size_t>(m_weekday)).items;
    std::erase_if(items, [&](const core::PlanItem& item) { return item.key == m_key; });
    m_document.planEdited();
}

void RemovePlanItem::undo()
{
    auto& items = m_document.editablePlan().days.at(static_cast<std::size_t>(m_weekday)).items;
    const auto at = std::min<std::size_t>(static_cast<std::size_t>(m_index), items.size());
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(at), m_item);
    m_document.planEdited();
    m_document.selectItem(m_key);
}

} // namespace paceplan::gui
