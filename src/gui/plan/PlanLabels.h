// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library/Exercise.h"
#include "core/plan/Plan.h"
#include "core/plan/PlanChecks.h"

#include <QColor>
#include <QString>

namespace paceplan::gui {

/// The translated name of a day type ("Aerobic", "Active recovery", ...).
QString dayTypeLabel(core::DayType type);
/// A soft background colour for a day type, used by the week grid.
QColor dayTypeColour(core::DayType type);
/// The translated name of an exercise category.
QString categoryLabel(core::ExerciseCategory category);
/// A readable label for a stable code such as "upper-back" → "Upper back".
QString codeLabel(const std::string& code);
/// The translated word for a severity ("Problem", "Warning", "Note").
QString severityLabel(core::Severity severity);
/// A short dose for tables such as "2×10 · 2 kg", "15 min", "3×20 s", "400 m".
QString shortDose(const core::Dose& dose);
/// The short weekday name, "Mon" (0) to "Sun" (6).
QString shortWeekday(int weekday);

} // namespace paceplan::gui
