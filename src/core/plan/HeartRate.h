// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

namespace paceplan::core {

/// A target heart-rate range in beats per minute.
struct HeartRateRange {
    int low = 0;
    int high = 0;

    friend bool operator==(const HeartRateRange&, const HeartRateRange&) = default;
};

/// Input limits for heart-rate targets (REFERENCE §3.4, DESIGN edge cases).
inline constexpr int kMinHeartRateAge = 18;
inline constexpr int kMaxHeartRateAge = 100;
inline constexpr int kMinRestingHeartRateForTarget = 30;
inline constexpr int kMaxRestingHeartRateForTarget = 120;

/// The age-predicted maximum heart rate by Tanaka: 208 − 0.7 × age [Nikolaidis2018].
double tanakaMaxHeartRate(int ageYears);

/// The Karvonen target: resting + fraction × (maximum − resting), rounded to whole beats [emedicinehealth].
int karvonenTarget(double maxHeartRate, int restingHeartRate, double fraction);

/// The target range for a %HRR range, or nothing when the age or resting rate is outside the accepted
/// limits, the percentages are not 1-99 in order, or the measured maximum is not above the resting rate.
std::optional<HeartRateRange> heartRateRange(int ageYears, int restingHeartRate, int lowPercent, int highPercent,
    std::optional<int> measuredMaxHeartRate = std::nullopt);

} // namespace paceplan::core
