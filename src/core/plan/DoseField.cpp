// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/DoseField.h"

#include "core/CodeTable.h"

#include <algorithm>
#include <cmath>

namespace paceplan::core {

namespace {

constexpr codes::CodeTable<DoseField, 8> kFieldCodes { {
    { DoseField::Sets, "sets" },
    { DoseField::Repetitions, "repetitions" },
    { DoseField::HoldSeconds, "hold-seconds" },
    { DoseField::DurationSeconds, "duration-seconds" },
    { DoseField::DistanceMetres, "distance-metres" },
    { DoseField::RestSeconds, "rest-seconds" },
    { DoseField::TimesPerDay, "times-per-day" },
    { DoseField::LoadKg, "load-kg" },
} };

constexpr codes::CodeTable<LoadKind, 3> kLoadCodes { {
    { LoadKind::Bodyweight, "bodyweight" },
    { LoadKind::Kilograms, "kg" },
    { LoadKind::Band, "band" },
} };

// A tiny bias so that values such as 14.499999999 that stand for 14.5 round up as people expect.
constexpr double kRoundingBias = 1e-9;

double roundToStep(double value, double step)
{
    return std::floor(value / step + 0.5 + kRoundingBias) * step;
}

} // namespace

const std::vector<DoseField>& allDoseFields()
{
    static const std::vector<DoseField> fields = [] {
        std::vector<DoseField> out;
        for (const auto& entry : kFieldCodes)
            out.push_back(entry.first);
        return out;
    }();
    return fields;
}

const char* doseFieldCode(DoseField field)
{
    return codes::codeOf(kFieldCodes, field);
}
std::optional<DoseField> doseFieldFromCode(std::string_view code)
{
    return codes::valueOf(kFieldCodes, code);
}
const char* loadKindCode(LoadKind kind)
{
    return codes::codeOf(kLoadCodes, kind);
}
std::optional<LoadKind> loadKindFromCode(std::string_view code)
{
    return codes::valueOf(kLoadCodes, code);
}

double doseFieldValue(const Dose& dose, DoseField field)
{
    switch (field) {
    case DoseField::Sets:
        return dose.sets;
    case DoseField::Repetitions:
        return dose.repetitions;
    case DoseField::HoldSeconds:
        return dose.holdSeconds;
    case DoseField::DurationSeconds:
        return dose.durationSeconds;
    case DoseField::DistanceMetres:
        return dose.distanceMetres;
    case DoseField::RestSeconds:
        return dose.restSeconds;
    case DoseField::TimesPerDay:
        return dose.timesPerDay;
    case DoseField::LoadKg:
        return dose.load.kind == LoadKind::Kilograms ? dose.load.kg : 0.0;
    }
    return 0.0;
}

double doseFieldMaximum(DoseField field)
{
    switch (field) {
    case DoseField::Sets:
        return kMaxSets;
    case DoseField::Repetitions:
        return kMaxRepetitions;
    case DoseField::HoldSeconds:
        return kMaxHoldSeconds;
    case DoseField::DurationSeconds:
        return kMaxDurationSeconds;
    case DoseField::DistanceMetres:
        return kMaxDistanceMetres;
    case DoseField::RestSeconds:
        return kMaxRestSeconds;
    case DoseField::TimesPerDay:
        return kMaxTimesPerDay;
    case DoseField::LoadKg:
        return kMaxLoadKg;
    }
    return 0.0;
}

void setDoseFieldValue(Dose& dose, DoseField field, double value, DoseRounding rounding)
{
    double stored = 0.0;
    int whole = 0;
    if (rounding == DoseRounding::ToUnit) {
        stored = std::min(roundDoseValue(field, value), doseFieldMaximum(field));
        whole = static_cast<int>(std::lround(stored));
    } else {
        stored = std::clamp(value, 0.0, doseFieldMaximum(field));
        whole = static_cast<int>(std::floor(stored + kRoundingBias));
    }
    switch (field) {
    case DoseField::Sets:
        dose.sets = whole;
        break;
    case DoseField::Repetitions:
        dose.repetitions = whole;
        break;
    case DoseField::HoldSeconds:
        dose.holdSeconds = whole;
        break;
    case DoseField::DurationSeconds:
        dose.durationSeconds = whole;
        break;
    case DoseField::DistanceMetres:
        dose.distanceMetres = whole;
        break;
    case DoseField::RestSeconds:
        dose.restSeconds = whole;
        break;
    case DoseField::TimesPerDay:
        dose.timesPerDay = whole;
        break;
    case DoseField::LoadKg:
        if (dose.load.kind == LoadKind::Kilograms)
            dose.load.kg = stored;
        break;
    }
}

double roundingUnit(DoseField field, double value)
{
    switch (field) {
    case DoseField::DurationSeconds:
        return roundToStep(value, 5.0) >= 60.0 ? 60.0 : 5.0;
    case DoseField::DistanceMetres:
        return 10.0;
    case DoseField::LoadKg:
        return 0.5;
    case DoseField::Sets:
    case DoseField::Repetitions:
    case DoseField::HoldSeconds:
    case DoseField::RestSeconds:
    case DoseField::TimesPerDay:
        return 1.0;
    }
    return 1.0;
}

double roundDoseValue(DoseField field, double value)
{
    if (!(value > 0.0))
        return 0.0;
    // Huge or infinite values stop at a bound that still fits an int after rounding.
    value = std::min(value, 1e9);
    const double unit = roundingUnit(field, value);
    return std::max(unit, roundToStep(value, unit));
}

DoseField mainAmountField(const Dose& dose)
{
    if (dose.durationSeconds > 0)
        return DoseField::DurationSeconds;
    if (dose.distanceMetres > 0)
        return DoseField::DistanceMetres;
    if (dose.holdSeconds > 0)
        return DoseField::HoldSeconds;
    return DoseField::Repetitions;
}

bool hasAmount(const Dose& dose)
{
    return dose.repetitions > 0 || dose.holdSeconds > 0 || dose.durationSeconds > 0 || dose.distanceMetres > 0;
}

DoseKind mainAmountKind(const Dose& dose, DoseKind kind)
{
    const auto counts = [&dose](DoseKind k) {
        switch (k) {
        case DoseKind::Repetitions:
            return dose.repetitions > 0;
        case DoseKind::Hold:
            return dose.holdSeconds > 0;
        case DoseKind::Duration:
            return dose.durationSeconds > 0;
        case DoseKind::Distance:
            return dose.distanceMetres > 0;
        }
        return false;
    };
    if (counts(kind) || !hasAmount(dose))
        return kind;
    const DoseField main = mainAmountField(dose);
    if (main == DoseField::DurationSeconds)
        return DoseKind::Duration;
    if (main == DoseField::DistanceMetres)
        return DoseKind::Distance;
    if (main == DoseField::HoldSeconds)
        return DoseKind::Hold;
    return DoseKind::Repetitions;
}

std::optional<std::string> nextBandColour(std::string_view colour)
{
    const auto it = std::find(kBandColourCodes.begin(), kBandColourCodes.end(), colour);
    if (it == kBandColourCodes.end() || std::next(it) == kBandColourCodes.end())
        return std::nullopt;
    return *std::next(it);
}

} // namespace paceplan::core
