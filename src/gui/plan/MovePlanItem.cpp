// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/MovePlanItem.h"

#include "gui/plan/PlanDocument.h"

#include <QCoreApplication>

#include <algorithm>

namespace paceplan::gui {

MovePlanItem::MovePlanItem(PlanDocument& document, const std::string& key, int toWeekday, const QString& exerciseName)
    : m_document(document), m_key(key), m_toWeekday(toWeekday)
{
    setText(QCoreApplication::translate("PlanCommands", "move %1 to %2")
                .arg(exerciseName, QString::fromLatin1(core::weekdayName(toWeekday))));
    m_fromWeekday = document.plan().dayOfItem(key).value_or(0);
    const auto& items = document.plan().days.at(static_cast<std::size_t>(m_fromWeekday)).items;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].key == key)
            m_fromIndex = static_cast<int>(i);
    }
}

void MovePlanItem::move(int from, int to, int index)
{
    auto& plan = m_document.editablePlan();
    auto& source = plan.days.at(static_cast<std::size_t>(from)).items;
    const auto found = std::find_if(source.begin(), source.end(), [&](const auto& item) { return item.key == m_key; });
    if (found == source.end())
        return;
    core::PlanItem item = *found;
    source.erase(found);
    auto& target = plan.days.at(static_cast<std::size_t>(to)).items;
    const auto at = index < 0 ? target.size() : std::min<std::size_t>(static_cast<std::size_t>(index), target.size());
    target.insert(target.begin() + static_cast<std::ptrdiff_t>(at), std::move(item));
    m_document.planEdited();
    m_document.selectItem(m_key);
}

void MovePlanItem::redo()
{
    move(m_fromWeekday, m_toWeekday, -1);
}

void MovePlanItem::undo()
{
    move(m_toWeekday, m_fromWeekday, m_fromIndex);
}

} // namespace paceplan::gui
