// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/DoseText.h"

#include <cmath>
#include <cstdio>
#include <vector>

namespace paceplan::core {

namespace {

std::string formatDuration(double seconds)
{
    const long total = std::lround(seconds);
    if (total < 60)
        return formatCount(total, "second", "seconds");
    const long minutes = total / 60;
    const long rest = total % 60;
    std::string text = formatCount(minutes, "minute", "minutes");
    if (rest > 0)
        text += " " + formatCount(rest, "second", "seconds");
    return text;
}

std::string formatDistance(double metres)
{
    if (metres >= 1000.0)
        return formatNumber(std::round(metres / 10.0) / 100.0) + " km";
    return std::to_string(std::lround(metres)) + " m";
}

} // namespace

std::string formatNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    std::string text = buffer;
    while (!text.empty() && text.back() == '0')
        text.pop_back();
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    return text == "-0" ? "0" : text;
}

std::string formatCount(long value, const char* singular, const char* plural)
{
    return std::to_string(value) + " " + (value == 1 ? singular : plural);
}

std::string doseFieldName(DoseField field)
{
    switch (field) {
    case DoseField::Sets:
        return "sets";
    case DoseField::Repetitions:
        return "repetitions";
    case DoseField::HoldSeconds:
        return "hold time";
    case DoseField::DurationSeconds:
        return "time";
    case DoseField::DistanceMetres:
        return "distance";
    case DoseField::RestSeconds:
        return "rest between sets";
    case DoseField::TimesPerDay:
        return "times a day";
    case DoseField::LoadKg:
        return "weight";
    }
    return "amount";
}

std::string formatFieldValue(DoseField field, double value)
{
    const long whole = std::lround(value);
    switch (field) {
    case DoseField::Sets:
        return formatCount(whole, "set", "sets");
    case DoseField::Repetitions:
        return formatCount(whole, "repetition", "repetitions");
    case DoseField::HoldSeconds:
    case DoseField::DurationSeconds:
    case DoseField::RestSeconds:
        return formatDuration(value);
    case DoseField::DistanceMetres:
        return formatDistance(value);
    case DoseField::TimesPerDay:
        return whole == 1 ? std::string("once a day") : std::to_string(whole) + " times a day";
    case DoseField::LoadKg:
        return formatNumber(value) + " kg";
    }
    return formatNumber(value);
}

std::string describeLoad(const Load& load)
{
    switch (load.kind) {
    case LoadKind::Bodyweight:
        return "body weight";
    case LoadKind::Kilograms:
        return formatNumber(load.kg) + " kg";
    case LoadKind::Band:
        return (load.bandColour.empty() ? std::string("an elastic") : load.bandColour) + " band";
    }
    return {};
}

std::string describeDose(const Dose& dose)
{
    std::vector<std::string> parts;
    std::string amount;
    if (dose.durationSeconds > 0)
        amount = formatFieldValue(DoseField::DurationSeconds, dose.durationSeconds);
    if (dose.distanceMetres > 0)
        amount += (amount.empty() ? "" : " or ") + formatFieldValue(DoseField::DistanceMetres, dose.distanceMetres);
    if (dose.repetitions > 0)
        amount += (amount.empty() ? "" : ", ") + formatFieldValue(DoseField::Repetitions, dose.repetitions);
    if (dose.holdSeconds > 0)
        amount += (amount.empty() ? "hold " : " holding ") + formatFieldValue(DoseField::HoldSeconds, dose.holdSeconds);
    if (amount.empty())
        amount = "no amount set";
    if (dose.sets > 1)
        amount = std::to_string(dose.sets) + " sets of " + amount;
    parts.push_back(amount);
    if (dose.load.kind != LoadKind::Bodyweight)
        parts.push_back(describeLoad(dose.load));
    if (dose.restSeconds > 0)
        parts.push_back("rest " + formatFieldValue(DoseField::RestSeconds, dose.restSeconds));
    if (dose.timesPerDay > 1)
        parts.push_back(formatFieldValue(DoseField::TimesPerDay, dose.timesPerDay));
    std::string text;
    for (const auto& part : parts)
        text += (text.empty() ? "" : ", ") + part;
    return text;
}

} // namespace paceplan::core
