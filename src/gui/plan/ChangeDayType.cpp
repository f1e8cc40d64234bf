// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/ChangeDayType.h"

#include "gui/plan/PlanDocument.h"

#include <QCoreApplication>

namespace paceplan::gui {

ChangeDayType::ChangeDayType(PlanDocument& document, int weekday, core::DayType type)
    : m_document(document), m_weekday(weekday),
      m_before(document.plan().days.at(static_cast<std::size_t>(weekday)).type), m_after(type)
{
    setText(QCoreApplication::translate("PlanCommands", "change the type of %1")
                .arg(QString::fromLatin1(core::weekdayName(weekday))));
}

void ChangeDayType::redo()
{
    m_document.editablePlan().days.at(static_cast<std::size_t>(m_weekday)).type = m_after;
    m_document.planEdited();
}

void ChangeDayType::undo()
{
    m_document.editablePlan().days.at(static_cast<std::size_t>(m_weekday)).type = m_before;
    m_document.planEdited();
}

} // namespace paceplan::gui
