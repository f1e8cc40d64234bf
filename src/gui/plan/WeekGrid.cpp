// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/WeekGrid.h"

#include "core/plan/DoseText.h"
#include "core/plan/PlanChecks.h"
#include "gui/Prompter.h"
#include "gui/plan/ChangeDayType.h"
#include "gui/plan/DayItemList.h"
#include "gui/plan/MovePlanItem.h"
#include "gui/plan/PlanDocument.h"
#include "gui/plan/PlanLabels.h"
#include "gui/plan/RemovePlanItem.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QUndoStack>
#include <QVBoxLayout>

namespace paceplan::gui {

namespace {
constexpr std::array kDayTypes = { core::DayType::Aerobic, core::DayType::Strength, core::DayType::Mixed,
    core::DayType::ActiveRecovery, core::DayType::Rest };
}

WeekGrid::WeekGrid(PlanDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (int day = 0; day < core::kDaysPerWeek; ++day) {
        const auto index = static_cast<std::size_t>(day);
        auto* column = new QFrame(this);
        column->setObjectName(QStringLiteral("dayColumn%1").arg(day));
        column->setFrameShape(QFrame::StyledPanel);
        auto* columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(6, 6, 6, 6);
        columnLayout->setSpacing(4);
        auto* name = new QLabel(QStringLiteral("<b>%1</b>").arg(QString::fromLatin1(core::weekdayName(day))), column);
        columnLayout->addWidget(name);
        auto* type = new QComboBox(column);
        type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        type->setMinimumContentsLength(4);
        type->setObjectName(QStringLiteral("dayType%1").arg(day));
        for (auto dayType : kDayTypes)
            type->addItem(dayTypeLabel(dayType), static_cast<int>(dayType));
        columnLayout->addWidget(type);
        auto* list = new DayItemList(day, column);
        list->setObjectName(QStringLiteral("dayList%1").arg(day));
        list->setMinimumWidth(70);
        columnLayout->addWidget(list, 1);
        auto* summary = new QLabel(column);
        summary->setWordWrap(true);
        summary->setStyleSheet(QStringLiteral("color: #555;"));
        columnLayout->addWidget(summary);
        layout->addWidget(column, 1);
        m_columns[index] = column;
        m_types[index] = type;
        m_lists[index] = list;
        m_summaries[index] = summary;

        connect(type, &QComboBox::currentIndexChanged, this, [this, day, type] {
            if (m_updating)
                return;
            changeDayType(day, static_cast<core::DayType>(type->currentData().toInt()));
        });
        connect(list, &DayItemList::currentItemChanged, this, [this, day](QListWidgetItem* current) {
            if (m_updating || !current)
                return;
            m_document.selectItem(current->data(DayItemList::ItemKeyRole).toString().toStdString());
            emit dayActivated(day);
        });
        connect(list, &DayItemList::itemPressed, this, [this, day](QListWidgetItem* item) {
            m_document.selectItem(item->data(DayItemList::ItemKeyRole).toString().toStdString());
            emit dayActivated(day);
        });
        connect(list, &DayItemList::exerciseDropped, this, &WeekGrid::exerciseDropped);
        connect(list, &DayItemList::itemDropped, this, [this](const QString& key, int weekday) {
            const std::string itemKey = key.toStdString();
            const auto* item = m_document.plan().findItem(itemKey);
            if (!item || m_document.plan().dayOfItem(itemKey) == weekday)
                return;
            const RestDayAnswer answer = askAboutRestDay(this, m_document, weekday, item->exerciseId);
            if (answer == RestDayAnswer::Cancel)
                return;
            const QString exercise = QString::fromStdString(core::exerciseName(m_document.catalog(), item->exerciseId));
            auto* stack = m_document.undoStack();
            stack->beginMacro(tr("move %1").arg(exercise));
            if (answer == RestDayAnswer::MakeTrainingDay)
                stack->push(new ChangeDayType(m_document, weekday, trainingDayTypeFor(m_document, item->exerciseId)));
            stack->push(new MovePlanItem(m_document, itemKey, weekday, exercise));
            stack->endMacro();
        });
        connect(list, &DayItemList::deletePressed, this, [this](const QString& key) {
            const std::string itemKey = key.toStdString();
            if (const auto* item = m_document.plan().findItem(itemKey)) {
                m_document.undoStack()->push(new RemovePlanItem(m_document, itemKey,
                    QString::fromStdString(core::exerciseName(m_document.catalog(), item->exerciseId))));
            }
        });
    }
    connect(&m_document, &PlanDocument::changed, this, &WeekGrid::rebuild);
    connect(&m_document, &PlanDocument::selectionChanged, this, &WeekGrid::showSelection);
    rebuild();
}

void WeekGrid::changeDayType(int weekday, core::DayType type)
{
    const auto& day = m_document.plan().days.at(static_cast<std::size_t>(weekday));
    if (day.type == type)
        return;
    if (type != core::DayType::Rest || day.items.empty()) {
        m_document.undoStack()->push(new ChangeDayType(m_document, weekday, type));
        return;
    }
    // A rest day holds no exercises (the handout ticks none there): move them on, or keep the day's type.
    const QString dayName = QString::fromLatin1(core::weekdayName(weekday));
    const int count = static_cast<int>(day.items.size());
    const auto target = m_document.plan().nextTrainingDay(weekday);
    if (!target) {
        Prompter::instance().showInfo(this, tr("Rest day"),
            tr("%1 keeps its exercises and its type: every other day is a rest day, so there is no training day "
               "to move them to.")
                .arg(dayName));
        rebuild();
        return;
    }
    const QString targetName = QString::fromLatin1(core::weekdayName(*target));
    const QString question = count == 1
        ? tr("%1 has 1 exercise, and a rest day holds none. Move it to %2, the next training day, and make %1 a "
             "rest day?")
              .arg(dayName, targetName)
        : tr("%1 has %2 exercises, and a rest day holds none. Move them to %3, the next training day, and make %1 "
             "a rest day?")
              .arg(dayName)
              .arg(count)
              .arg(targetName);
    if (!Prompter::instance().confirm(this, tr("Rest day"), question, tr("Move to %1").arg(targetName))) {
        rebuild(); // Cancel keeps the day's type: the box shows it again.
        return;
    }
    std::vector<std::pair<std::string, QString>> moving;
    for (const auto& item : day.items)
        moving.emplace_back(
            item.key, QString::fromStdString(core::exerciseName(m_document.catalog(), item.exerciseId)));
    auto* stack = m_document.undoStack();
    stack->beginMacro(tr("make %1 a rest day").arg(dayName));
    for (const auto& [key, name] : moving)
        stack->push(new MovePlanItem(m_document, key, *target, name));
    stack->push(new ChangeDayType(m_document, weekday, core::DayType::Rest));
    stack->endMacro();
}

void WeekGrid::rebuild()
{
    m_updating = true;
    const auto& plan = m_document.plan();
    const auto& findings = m_document.findings();
    for (int day = 0; day < core::kDaysPerWeek; ++day) {
        const auto index = static_cast<std::size_t>(day);
        const auto& planDay = plan.days.at(index);
        m_types[index]->setCurrentIndex(m_types[index]->findData(static_cast<int>(planDay.type)));
        m_columns[index]->setStyleSheet(QStringLiteral("QFrame#dayColumn%1 { background: %2; border-radius: 6px; }")
                                            .arg(day)
                                            .arg(dayTypeColour(planDay.type).name()));
        auto* list = m_lists[index];
        list->clear();
        for (const auto& item : planDay.items) {
            const QString name = QString::fromStdString(core::exerciseName(m_document.catalog(), item.exerciseId));
            auto* row = new QListWidgetItem(QStringLiteral("%1\n%2").arg(name, shortDose(item.dose)), list);
            row->setData(DayItemList::ItemKeyRole, QString::fromStdString(item.key));
            QString tip = QString::fromStdString(core::describeDose(item.dose));
            for (const auto& finding : findings) {
                if (finding.itemKey == item.key && finding.severity != core::Severity::Info) {
                    row->setIcon(style()->standardIcon(finding.severity == core::Severity::Problem
                            ? QStyle::SP_MessageBoxCritical
                            : QStyle::SP_MessageBoxWarning));
                    tip += QStringLiteral("\n") + QString::fromStdString(finding.message);
                }
            }
            row->setToolTip(tip);
        }
        int minutes = 0;
        for (const auto& week : m_document.schedule().weeks) {
            if (week.week == 1 && index < week.sessions.size())
                minutes = week.sessions[index].estimatedMinutes;
        }
        m_summaries[index]->setText(planDay.items.empty()
                ? (planDay.type == core::DayType::Rest ? tr("Rest day") : tr("No exercises"))
                : tr("%n exercise(s), ~%1 min", nullptr, static_cast<int>(planDay.items.size())).arg(minutes));
    }
    m_updating = false;
    showSelection();
}

void WeekGrid::showSelection()
{
    m_updating = true;
    const QString key = QString::fromStdString(m_document.selectedItem());
    for (auto* list : m_lists) {
        list->clearSelection();
        list->setCurrentItem(nullptr);
        for (int row = 0; row < list->count(); ++row) {
            if (!key.isEmpty() && list->item(row)->data(DayItemList::ItemKeyRole).toString() == key) {
                list->setCurrentRow(row);
                list->scrollToItem(list->item(row));
            }
        }
    }
    m_updating = false;
}

} // namespace paceplan::gui
