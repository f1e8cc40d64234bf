// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/CaseloadFlags.h"

#include "core/CodeTable.h"
#include "core/monitoring/AdviceText.h"

#include <cmath>

namespace paceplan::core {

namespace {

using namespace codes;

constexpr CodeTable<ChangeClass, 5> kChangeClasses { { { ChangeClass::MeaningfulImprovement, "meaningful_improvement" },
    { ChangeClass::ImprovementBelowMcid, "improvement_below_mcid" }, { ChangeClass::NoChange, "no_change" },
    { ChangeClass::Worse, "worse" }, { ChangeClass::Unknown, "unknown" } } };

constexpr CodeTable<CaseloadFlagCode, 4> kFlagCodes {
    { { CaseloadFlagCode::NoMeaningfulImprovement, "no_meaningful_improvement" },
        { CaseloadFlagCode::FlareInProgress, "flare_in_progress" }, { CaseloadFlagCode::LowAdherence, "low_adherence" },
        { CaseloadFlagCode::ReassessmentOverdue, "reassessment_overdue" } }
};

std::string plural(int count, const char* one, const char* many)
{
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

} // namespace

int completedPlanWeeks(const Date& planStart, const Date& today)
{
    if (!planStart.isValid() || !today.isValid() || today < planStart)
        return 0;
    return planStart.daysTo(today) / 7;
}

std::optional<CaseloadFlag> noMeaningfulImprovementFlag(
    int weeksSincePlanStart, ChangeClass change, const CaseloadFlagSettings& settings)
{
    if (weeksSincePlanStart < settings.reviewWeek)
        return std::nullopt;
    const char* detail = nullptr;
    switch (change) {
    case ChangeClass::MeaningfulImprovement:
    case ChangeClass::Unknown:
        return std::nullopt;
    case ChangeClass::ImprovementBelowMcid:
        detail = "the main outcome has improved, but by less than a meaningful amount";
        break;
    case ChangeClass::NoChange:
        detail = "the main outcome has not changed";
        break;
    case ChangeClass::Worse:
        detail = "the main outcome is worse than at the start";
        break;
    }
    return CaseloadFlag { CaseloadFlagCode::NoMeaningfulImprovement,
        "No meaningful improvement after " + plural(weeksSincePlanStart, "week", "weeks") + ": " + detail + "." };
}

std::optional<CaseloadFlag> flareInProgressFlag(const PainAdvice& advice)
{
    if (advice.level != TrafficLight::Flare)
        return std::nullopt;
    std::string message = "Flare-up in progress";
    if (const auto* reason = advice.reason(AdviceRule::FlarePain)) {
        std::vector<Date> days;
        for (const auto& item : reason->evidence)
            days.push_back(item.painDate);
        message += ": pain well above usual on " + plural(static_cast<int>(days.size()), "day", "days") + " ("
            + formatDayList(days) + ")";
    }
    return CaseloadFlag { CaseloadFlagCode::FlareInProgress, message + "." };
}

std::optional<CaseloadFlag> lowAdherenceFlag(const AdherenceCounts& adherence, const CaseloadFlagSettings& settings)
{
    if (!adherence.percent || *adherence.percent >= settings.minAdherencePercent)
        return std::nullopt;
    const int days = adherence.first.isValid() && adherence.last.isValid() ? adherence.first.daysTo(adherence.last) + 1
                                                                           : settings.adherenceWindowDays;
    std::string counts = std::to_string(adherence.done) + " done";
    if (adherence.partly > 0)
        counts += ", " + std::to_string(adherence.partly) + " partly done";
    counts += " of " + plural(adherence.scheduled, "scheduled session", "scheduled sessions");
    return CaseloadFlag { CaseloadFlagCode::LowAdherence,
        "Low adherence: " + std::to_string(std::lround(*adherence.percent)) + "% over the last "
            + plural(days, "day", "days") + " (" + counts + "), below "
            + std::to_string(std::lround(settings.minAdherencePercent)) + "%." };
}

std::optional<CaseloadFlag> reassessmentOverdueFlag(const std::optional<Date>& lastOutcome, const Date& planStart,
    const Date& today, const CaseloadFlagSettings& settings)
{
    const bool measured = lastOutcome && lastOutcome->isValid();
    const Date since = measured ? *lastOutcome : planStart;
    if (!since.isValid() || !today.isValid())
        return std::nullopt;
    const int days = since.daysTo(today);
    if (days <= settings.reassessmentIntervalDays)
        return std::nullopt;
    const std::string ago = " (" + plural(days, "day", "days") + " ago).";
    return CaseloadFlag { CaseloadFlagCode::ReassessmentOverdue,
        measured
            ? "Reassessment overdue: the last outcome measure was on " + formatDayMonthYear(since) + ago
            : "Reassessment overdue: no outcome measure since the plan started on " + formatDayMonthYear(since) + ago };
}

std::vector<CaseloadFlag> caseloadFlags(const CaseloadInputs& inputs, const CaseloadFlagSettings& settings)
{
    std::vector<CaseloadFlag> flags;
    auto add = [&](std::optional<CaseloadFlag> flag) {
        if (flag)
            flags.push_back(std::move(*flag));
    };
    add(noMeaningfulImprovementFlag(completedPlanWeeks(inputs.planStart, inputs.today), inputs.change, settings));
    if (inputs.advice)
        add(flareInProgressFlag(*inputs.advice));
    if (inputs.adherence)
        add(lowAdherenceFlag(*inputs.adherence, settings));
    add(reassessmentOverdueFlag(inputs.lastOutcome, inputs.planStart, inputs.today, settings));
    return flags;
}

const std::vector<ChangeClass>& allChangeClasses()
{
    static const auto values = valuesOf(kChangeClasses);
    return values;
}

const std::vector<CaseloadFlagCode>& allCaseloadFlagCodes()
{
    static const auto values = valuesOf(kFlagCodes);
    return values;
}

const char* changeClassCode(ChangeClass value)
{
    return codeOf(kChangeClasses, value);
}
const char* caseloadFlagCode(CaseloadFlagCode value)
{
    return codeOf(kFlagCodes, value);
}
std::optional<ChangeClass> changeClassFromCode(std::string_view code)
{
    return valueOf(kChangeClasses, code);
}
std::optional<CaseloadFlagCode> caseloadFlagCodeFromCode(std::string_view code)
{
    return valueOf(kFlagCodes, code);
}

} // namespace paceplan::core
