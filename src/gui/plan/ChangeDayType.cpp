// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/ChangeDayType.h"

#include "gui/Prompter.h"
#include "gui/plan/PlanDocument.h"
#include "gui/plan/PlanLabels.h"

#include "core/library/ExerciseCatalog.h"

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

RestDayAnswer askAboutRestDay(QWidget* parent, const PlanDocument& document, int weekday, const std::string& exerciseId)
{
    if (weekday < 0 || weekday >= core::kDaysPerWeek
        || document.plan().days.at(static_cast<std::size_t>(weekday)).type != core::DayType::Rest)
        return RestDayAnswer::NotRestDay;
    const auto* exercise = document.catalog().find(exerciseId);
    const QString dayName = QString::fromLatin1(core::weekdayName(weekday));
    const QString question = QCoreApplication::translate(
        "PlanCommands", "%1 is a rest day, so it cannot hold exercises. Make %1 a training day and add %2?")
                                 .arg(dayName,
                                     exercise ? QString::fromStdString(exercise->name)
                                              : QCoreApplication::translate("PlanCommands", "the exercise"));
    return Prompter::instance().confirm(parent, QCoreApplication::translate("PlanCommands", "Rest day"), question,
               QCoreApplication::translate("PlanCommands", "Make it a training day"))
        ? RestDayAnswer::MakeTrainingDay
        : RestDayAnswer::Cancel;
}

core::DayType trainingDayTypeFor(const PlanDocument& document, const std::string& exerciseId)
{
    const auto* exercise = document.catalog().find(exerciseId);
    if (exercise && exercise->category == core::ExerciseCategory::Aerobic)
        return core::DayType::Aerobic;
    if (exercise && exercise->category == core::ExerciseCategory::Strength)
        return core::DayType::Strength;
    return core::DayType::ActiveRecovery;
}

} // namespace paceplan::gui
