// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Plan.h"

#include <QUndoCommand>

#include <string>

class QWidget;

namespace paceplan::gui {

class PlanDocument;

/// What to do when an exercise is about to go onto a day: the day is not a rest day, or the user agreed to make
/// the rest day a training day, or cancelled.
enum class RestDayAnswer { NotRestDay, MakeTrainingDay, Cancel };

/// Before an exercise goes onto `weekday`: when that day is a rest day, asks (through the Prompter) whether to
/// make it a training day. Changes nothing itself.
RestDayAnswer askAboutRestDay(
    QWidget* parent, const PlanDocument& document, int weekday, const std::string& exerciseId);

/// The day type that suits an exercise on a former rest day: aerobic, strength, or active recovery.
core::DayType trainingDayTypeFor(const PlanDocument& document, const std::string& exerciseId);

/// Changes the type of one day of the weekly template (aerobic, strength, mixed, active recovery, rest).
class ChangeDayType : public QUndoCommand {
public:
    ChangeDayType(PlanDocument& document, int weekday, core::DayType type);

    void redo() override;
    void undo() override;

private:
    PlanDocument& m_document;
    int m_weekday;
    core::DayType m_before;
    core::DayType m_after;
};

} // namespace paceplan::gui
