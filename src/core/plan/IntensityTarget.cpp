// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/IntensityTarget.h"

#include "core/CodeTable.h"

#include <algorithm>

namespace paceplan::core {

namespace {

constexpr codes::CodeTable<IntensityKind, 4> kKindCodes { {
    { IntensityKind::None, "none" },
    { IntensityKind::Effort, "effort" },
    { IntensityKind::HeartRate, "heart-rate" },
    { IntensityKind::TalkTest, "talk-test" },
} };

constexpr codes::CodeTable<TalkTestLevel, 3> kTalkCodes { {
    { TalkTestLevel::CanSing, "can-sing" },
    { TalkTestLevel::CanTalk, "can-talk" },
    { TalkTestLevel::FewWords, "few-words" },
} };

constexpr codes::CodeTable<IntensityClass, 4> kClassCodes { {
    { IntensityClass::Unknown, "unknown" },
    { IntensityClass::Light, "light" },
    { IntensityClass::Moderate, "moderate" },
    { IntensityClass::Vigorous, "vigorous" },
} };

// Lower bounds of the moderate and vigorous classes (REFERENCE §3.3: CR10 approx. 3-4 and 5-8; %HRR 40-59
// and 60-89).
constexpr int kModerateEffort = 3;
constexpr int kVigorousEffort = 5;
constexpr int kModerateReserve = 40;
constexpr int kVigorousReserve = 60;

} // namespace

const char* intensityKindCode(IntensityKind kind)
{
    return codes::codeOf(kKindCodes, kind);
}
std::optional<IntensityKind> intensityKindFromCode(std::string_view code)
{
    return codes::valueOf(kKindCodes, code);
}
const char* talkTestLevelCode(TalkTestLevel level)
{
    return codes::codeOf(kTalkCodes, level);
}
std::optional<TalkTestLevel> talkTestLevelFromCode(std::string_view code)
{
    return codes::valueOf(kTalkCodes, code);
}
const char* intensityClassCode(IntensityClass value)
{
    return codes::codeOf(kClassCodes, value);
}

IntensityClass intensityClass(const IntensityTarget& target)
{
    switch (target.kind) {
    case IntensityKind::None:
        return IntensityClass::Unknown;
    case IntensityKind::Effort:
        if (target.effortLow >= kVigorousEffort)
            return IntensityClass::Vigorous;
        return target.effortLow >= kModerateEffort ? IntensityClass::Moderate : IntensityClass::Light;
    case IntensityKind::HeartRate:
        if (target.reservePercentLow >= kVigorousReserve)
            return IntensityClass::Vigorous;
        return target.reservePercentLow >= kModerateReserve ? IntensityClass::Moderate : IntensityClass::Light;
    case IntensityKind::TalkTest:
        switch (target.talkTest) {
        case TalkTestLevel::CanSing:
            return IntensityClass::Light;
        case TalkTestLevel::CanTalk:
            return IntensityClass::Moderate;
        case TalkTestLevel::FewWords:
            return IntensityClass::Vigorous;
        }
    }
    return IntensityClass::Unknown;
}

IntensityTarget normalizedIntensity(const IntensityTarget& target)
{
    IntensityTarget out;
    out.kind = target.kind;
    switch (target.kind) {
    case IntensityKind::None:
        break;
    case IntensityKind::Effort:
        out.effortLow = target.effortLow;
        out.effortHigh = target.effortHigh;
        break;
    case IntensityKind::HeartRate:
        out.reservePercentLow = target.reservePercentLow;
        out.reservePercentHigh = target.reservePercentHigh;
        out.measuredMaxHeartRate = target.measuredMaxHeartRate;
        break;
    case IntensityKind::TalkTest:
        out.talkTest = target.talkTest;
        break;
    }
    return out;
}

IntensityTarget effortForHeartRate(const IntensityTarget& heartRate)
{
    constexpr int kModerateReservePercent = 40;
    constexpr int kVigorousReservePercent = 60;
    const auto level = [](int percent, bool top) {
        if (percent < kModerateReservePercent)
            return 2;
        if (percent < kVigorousReservePercent)
            return top ? 4 : 3;
        return top ? 6 : 5;
    };
    IntensityTarget effort;
    effort.kind = IntensityKind::Effort;
    effort.effortLow = level(heartRate.reservePercentLow, false);
    effort.effortHigh = std::max(effort.effortLow, level(heartRate.reservePercentHigh, true));
    return effort;
}

std::string describeIntensity(const IntensityTarget& target)
{
    switch (target.kind) {
    case IntensityKind::None:
        return {};
    case IntensityKind::Effort:
        if (target.effortLow == target.effortHigh)
            return "effort " + std::to_string(target.effortLow) + " out of 10";
        return "effort " + std::to_string(target.effortLow) + " to " + std::to_string(target.effortHigh) + " out of 10";
    case IntensityKind::HeartRate: {
        std::string text = "heart rate at " + std::to_string(target.reservePercentLow) + " to "
            + std::to_string(target.reservePercentHigh) + "% of heart-rate reserve";
        if (target.measuredMaxHeartRate)
            text += " (measured maximum " + std::to_string(*target.measuredMaxHeartRate) + " beats a minute)";
        return text;
    }
    case IntensityKind::TalkTest:
        switch (target.talkTest) {
        case TalkTestLevel::CanSing:
            return "easy pace: you can talk and sing";
        case TalkTestLevel::CanTalk:
            return "moderate pace: you can talk but not sing";
        case TalkTestLevel::FewWords:
            return "hard pace: only a few words before a breath";
        }
    }
    return {};
}

} // namespace paceplan::core
