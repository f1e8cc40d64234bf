// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Plan.h"

#include <QWidget>

#include <array>

class QComboBox;
class QLabel;

namespace paceplan::gui {

class DayItemList;
class PlanDocument;

/// The weekly template: seven day columns (Monday to Sunday), each with its type and its items.
class WeekGrid : public QWidget {
    Q_OBJECT

public:
    explicit WeekGrid(PlanDocument& document, QWidget* parent = nullptr);

    DayItemList* dayList(int weekday) const { return m_lists.at(static_cast<std::size_t>(weekday)); }
    QComboBox* dayTypeBox(int weekday) const { return m_types.at(static_cast<std::size_t>(weekday)); }

signals:
    void exerciseDropped(const QString& exerciseId, int weekday);
    /// The clinician clicked into a day (used to aim the library's Add button).
    void dayActivated(int weekday);

private:
    /// Sets the type of a day; making a day that holds exercises a rest day first asks to move them to the next
    /// training day (Cancel keeps the day's type).
    void changeDayType(int weekday, core::DayType type);
    void rebuild();
    void showSelection();

    PlanDocument& m_document;
    std::array<DayItemList*, 7> m_lists {};
    std::array<QComboBox*, 7> m_types {};
    std::array<QLabel*, 7> m_summaries {};
    std::array<QWidget*, 7> m_columns {};
    bool m_updating = false;
};

} // namespace paceplan::gui
