// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <optional>
#include <string_view>
#include <vector>

namespace paceplan::core {

/// How far a red week steps the dose back; stored by its code.
enum class StepBackMode { PreviousWeeks, ReducePercent };

/// The step back that red advice recommends: to the dose of an earlier week, or down by a percentage.
struct StepBackRule {
    StepBackMode mode = StepBackMode::PreviousWeeks;
    int weeks = 1; ///< With PreviousWeeks: how many weeks back (1 = last week's dose), 1-12.
    int percent = 20; ///< With ReducePercent: how much lower, 5-90 (REFERENCE §4.4 suggests 10-20 %).

    friend bool operator==(const StepBackRule&, const StepBackRule&) = default;
};

/// The per-patient settings of the pain-monitoring (traffic-light) advice, with the reference's defaults.
/// Values marked "unconfirmed" in REFERENCE.md are defaults a clinician can change; docs/monitoring.md lists
/// each with its source key.
struct PainMonitoringThresholds {
    /// Highest pain during exercise that is still "safe" (green): 0-3 [bim.physio]; some versions use 2
    /// (unconfirmed, REFERENCE §8 item 22).
    int greenDuringMax = 3;
    /// Highest pain during exercise that is still "acceptable" (amber); above it is red: 5 [bim.physio]
    /// (Thomeé/Silbernagel primary texts not retrieved, REFERENCE §8 item 21).
    int amberDuringMax = 5;
    /// Points above the usual level that next-morning pain may reach before the session counts as red
    /// (REFERENCE §4.4 decision table: "+1 point tolerance, configurable"). A rise within the tolerance is amber.
    int nextMorningTolerance = 1;
    /// The person's usual pain level (0-10), agreed in the flare plan (REFERENCE §4.5 field 1). When empty it
    /// is worked out from earlier next-morning ratings (DESIGN).
    std::optional<int> usualPain;
    /// Days before the week that are searched for ratings when the usual level is worked out (DESIGN).
    int usualPainLookbackDays = 28;
    /// Points above the usual level that count as "well above usual" for a flare-up: 2 (REFERENCE §4.5,
    /// unconfirmed default, §8 item 24).
    int flareMargin = 2;
    /// Days in the week with pain that far above usual before the advice is "flare" (DESIGN; REFERENCE §4.5
    /// gives "≥1 day" as an example and says flare-ups usually last 2-7 days [CUH]; unconfirmed).
    int flareMinDays = 2;
    /// Share of the current amounts the flare plan starts from: 50 % (REFERENCE §4.5, unconfirmed default).
    int flareQuotaPercent = 50;
    /// Sessions with both a during-exercise and a next-morning rating needed before the advice can be green
    /// (DESIGN; the reference sets no number).
    int minRatedSessions = 2;
    /// Week-on-week rises of the mean next-morning pain that ask for a clinician review and a hold
    /// (REFERENCE §4.4 RED_TREND: "rises ≥2 consecutive weeks"); 0 turns the check off.
    int risingWeeks = 2;
    /// Uses pain just after exercise when pain during exercise was not recorded (DESIGN, off by default:
    /// the reference applies the 3/5 cut-points to pain during exercise, and pain may rise after it).
    bool useAfterWhenDuringMissing = false;
    /// What red advice recommends (REFERENCE §4.4: "previous level (or −10–20 %)").
    StepBackRule stepBack;

    friend bool operator==(const PainMonitoringThresholds&, const PainMonitoringThresholds&) = default;
};

/// Field names used in threshold validation errors.
namespace pain_threshold_field {
inline constexpr const char* kGreenDuringMax = "greenDuringMax";
inline constexpr const char* kAmberDuringMax = "amberDuringMax";
inline constexpr const char* kNextMorningTolerance = "nextMorningTolerance";
inline constexpr const char* kUsualPain = "usualPain";
inline constexpr const char* kUsualPainLookbackDays = "usualPainLookbackDays";
inline constexpr const char* kFlareMargin = "flareMargin";
inline constexpr const char* kFlareMinDays = "flareMinDays";
inline constexpr const char* kFlareQuotaPercent = "flareQuotaPercent";
inline constexpr const char* kMinRatedSessions = "minRatedSessions";
inline constexpr const char* kRisingWeeks = "risingWeeks";
inline constexpr const char* kStepBackWeeks = "stepBack.weeks";
inline constexpr const char* kStepBackPercent = "stepBack.percent";
} // namespace pain_threshold_field

/// Every problem with a set of thresholds, one error per field at most; empty when they are usable.
std::vector<Error> validatePainMonitoringThresholds(const PainMonitoringThresholds& thresholds);

/// Stable codes used in the database, JSON and the CLI; never translated.
const char* stepBackModeCode(StepBackMode value);
std::optional<StepBackMode> stepBackModeFromCode(std::string_view code);

} // namespace paceplan::core
