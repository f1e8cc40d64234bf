// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace paceplan::core {

/// How the intensity of aerobic work is set; stored by its stable code.
enum class IntensityKind { None, Effort, HeartRate, TalkTest };

/// The talk-test level a person should feel (REFERENCE §3.5, CDC): stored by its stable code.
enum class TalkTestLevel {
    CanSing, ///< Light: can talk and sing.
    CanTalk, ///< Moderate: can talk but not sing.
    FewWords, ///< Vigorous: only a few words before a breath.
};

/// The intensity class of a target, from the ACSM table (REFERENCE §3.3).
enum class IntensityClass { Unknown, Light, Moderate, Vigorous };

/// An intensity target for aerobic work: none, an effort range on a 0-10 scale, a heart-rate range from
/// a percentage of heart-rate reserve, or a talk-test level.
struct IntensityTarget {
    IntensityKind kind = IntensityKind::None;
    int effortLow = 0; ///< With Effort: 0-10.
    int effortHigh = 0; ///< With Effort: effortLow-10.
    int reservePercentLow = 0; ///< With HeartRate: % of heart-rate reserve, 1-99.
    int reservePercentHigh = 0; ///< With HeartRate: reservePercentLow-99.
    std::optional<int> measuredMaxHeartRate; ///< With HeartRate: a measured maximum replacing the estimate.
    TalkTestLevel talkTest = TalkTestLevel::CanTalk; ///< With TalkTest.

    friend bool operator==(const IntensityTarget&, const IntensityTarget&) = default;
};

/// Input limits of an intensity target.
inline constexpr int kMaxEffort = 10;
inline constexpr int kMinMeasuredMaxHeartRate = 80;
inline constexpr int kMaxMeasuredMaxHeartRate = 230;

/// Stable codes for storage and JSON; the FromCode functions give nothing for an unknown code.
const char* intensityKindCode(IntensityKind kind);
std::optional<IntensityKind> intensityKindFromCode(std::string_view code);
const char* talkTestLevelCode(TalkTestLevel level);
std::optional<TalkTestLevel> talkTestLevelFromCode(std::string_view code);
const char* intensityClassCode(IntensityClass value);

/// The class of a target by the lower end of its range: effort 3+ or 40 %HRR+ is moderate, effort 5+ or
/// 60 %HRR+ is vigorous (REFERENCE §3.3); Unknown without a target.
IntensityClass intensityClass(const IntensityTarget& target);

/// The target with the fields its kind does not use reset, so equal targets compare equal.
IntensityTarget normalizedIntensity(const IntensityTarget& target);

/// The effort range (0-10) that matches a heart-rate target's %HRR range: light 2, moderate 3-4, vigorous 5-6
/// (REFERENCE §3.3). It stands in for heart rate when heart rate cannot guide effort, as with beta-blockers
/// (REFERENCE §3.4, §11.2).
IntensityTarget effortForHeartRate(const IntensityTarget& heartRate);

/// A plain-language description such as "effort 3 to 4 out of 10"; empty without a target.
std::string describeIntensity(const IntensityTarget& target);

} // namespace paceplan::core
