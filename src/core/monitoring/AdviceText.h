// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Date.h"
#include "core/monitoring/PainAdvice.h"
#include "core/monitoring/PainMonitoringThresholds.h"

#include <optional>
#include <string>
#include <vector>

namespace paceplan::core {

/// A date as day and short English month, e.g. "18 Nov".
std::string formatDayMonth(const Date& date);

/// A date with its year, e.g. "18 Nov 2026".
std::string formatDayMonthYear(const Date& date);

/// Dates as a short English list that names each month once, e.g. "18, 19 and 20 Nov" or
/// "30 Nov and 1 Dec"; the dates are sorted and repeats dropped.
std::string formatDayList(std::vector<Date> dates);

/// The plain English sentence for a reason; `usualPain` is the usual level the advice compared with and
/// `thresholds` the settings it used.
std::string reasonSentence(
    const AdviceReason& reason, const std::optional<int>& usualPain, const PainMonitoringThresholds& thresholds);

/// The level and what to do, in one or two plain English sentences.
std::string adviceHeadline(TrafficLight level, const PainMonitoringThresholds& thresholds);

} // namespace paceplan::core
