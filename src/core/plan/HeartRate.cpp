// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/HeartRate.h"

#include <cmath>

namespace paceplan::core {

double tanakaMaxHeartRate(int ageYears)
{
    return 208.0 - 0.7 * ageYears;
}

int karvonenTarget(double maxHeartRate, int restingHeartRate, double fraction)
{
    return static_cast<int>(std::lround(restingHeartRate + fraction * (maxHeartRate - restingHeartRate)));
}

std::optional<HeartRateRange> heartRateRange(
    int ageYears, int restingHeartRate, int lowPercent, int highPercent, std::optional<int> measuredMaxHeartRate)
{
    if (ageYears < kMinHeartRateAge || ageYears > kMaxHeartRateAge)
        return std::nullopt;
    if (restingHeartRate < kMinRestingHeartRateForTarget || restingHeartRate > kMaxRestingHeartRateForTarget)
        return std::nullopt;
    if (lowPercent < 1 || highPercent > 99 || lowPercent > highPercent)
        return std::nullopt;
    // A measured maximum replaces the estimate when the clinician has one (REFERENCE §3.4, DESIGN).
    const double maximum = measuredMaxHeartRate ? *measuredMaxHeartRate : tanakaMaxHeartRate(ageYears);
    if (maximum <= restingHeartRate)
        return std::nullopt;
    HeartRateRange range { karvonenTarget(maximum, restingHeartRate, lowPercent / 100.0),
        karvonenTarget(maximum, restingHeartRate, highPercent / 100.0) };
    // Every target stays below the maximum (REFERENCE §3.4 input rule).
    if (range.high >= maximum)
        return std::nullopt;
    return range;
}

} // namespace paceplan::core
