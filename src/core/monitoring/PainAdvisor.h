// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Date.h"
#include "core/Result.h"
#include "core/monitoring/PainAdvice.h"
#include "core/monitoring/PainMonitoringThresholds.h"
#include "core/monitoring/SessionLog.h"

#include <optional>
#include <vector>

namespace paceplan::core {

/// Days in the span the advice looks at: the 7 days that end on "today".
inline constexpr int kAdviceWindowDays = 7;

/// Works out the pain-monitoring advice (REFERENCE §4.4 traffic lights, §4.5 flare-ups) from a person's
/// session logs for the 7 days that end on `today`. Earlier logs are used only to work out the usual pain
/// level when none is set and to see whether morning pain is rising week on week. Fails with the first
/// threshold error when the thresholds are unusable, or with Required "today" when `today` is not a date.
Result<PainAdvice> advisePainMonitoring(
    const std::vector<SessionLog>& logs, const Date& today, const PainMonitoringThresholds& thresholds = {});

/// The usual pain level worked out from logs dated from `first` to `last`: the median (the lower middle
/// value for an even count) of the next-morning ratings, or of the before-exercise ratings when there are
/// no next-morning ones; nothing when there are neither.
std::optional<int> usualPainFromLogs(const std::vector<SessionLog>& logs, const Date& first, const Date& last);

} // namespace paceplan::core
