// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library/Exercise.h"

#include <optional>
#include <string_view>
#include <vector>

namespace paceplan::core {

/// One number of a dose that a progression rule can change; stored by its stable code.
enum class DoseField {
    Sets,
    Repetitions,
    HoldSeconds,
    DurationSeconds,
    DistanceMetres,
    RestSeconds,
    TimesPerDay,
    LoadKg
};

/// The largest value of each dose field that a plan accepts.
inline constexpr int kMaxSets = 20;
inline constexpr int kMaxRepetitions = 500;
inline constexpr int kMaxHoldSeconds = 600;
inline constexpr int kMaxDurationSeconds = 6 * 3600;
inline constexpr int kMaxDistanceMetres = 100000;
inline constexpr int kMaxRestSeconds = 900;
inline constexpr int kMaxTimesPerDay = 10;
inline constexpr double kMaxLoadKg = 300.0;

/// Every dose field, in display order.
const std::vector<DoseField>& allDoseFields();

/// The stable code of a dose field ("duration-seconds", "load-kg", ...).
const char* doseFieldCode(DoseField field);
std::optional<DoseField> doseFieldFromCode(std::string_view code);

/// The stable code of a load kind ("bodyweight", "kg", "band").
const char* loadKindCode(LoadKind kind);
std::optional<LoadKind> loadKindFromCode(std::string_view code);

/// The value of one field of a dose, in stored units (seconds, metres, kilograms, counts).
double doseFieldValue(const Dose& dose, DoseField field);

/// The largest value a field accepts (kMaxSets, kMaxDurationSeconds, ...).
double doseFieldMaximum(DoseField field);

/// How setDoseFieldValue treats the value it stores.
enum class DoseRounding {
    /// Round with roundDoseValue (a positive value never becomes zero), then cap at doseFieldMaximum.
    ToUnit,
    /// Keep a value that is already final (a cap or a goal) within 0 and doseFieldMaximum; whole-number
    /// fields drop any fraction.
    Exact
};

/// Sets one field of a dose to `value`, rounded as `rounding` says; a load in kilograms changes only when the
/// dose's load is in kilograms.
void setDoseFieldValue(Dose& dose, DoseField field, double value, DoseRounding rounding = DoseRounding::ToUnit);

/// Rounds a value for a field: whole minutes for durations of a minute or more (5 s below), whole seconds
/// for holds and rests, 10 m for distances, 0.5 kg for loads, whole numbers for counts; a positive value
/// never rounds to zero.
double roundDoseValue(DoseField field, double value);

/// The smallest change of a field near `value` after rounding (60 s, 5 s, 1 s, 10 m, 0.5 kg or 1).
double roundingUnit(DoseField field, double value);

/// The field that counts the main amount of a dose: duration, else distance, else hold, else repetitions.
DoseField mainAmountField(const Dose& dose);

/// True when the dose says how much to do: repetitions, a hold, a duration or a distance.
bool hasAmount(const Dose& dose);

/// The kind of amount a dose counts for an exercise of `kind`: `kind` when the dose sets that amount, else the
/// kind of mainAmountField, else `kind` when the dose sets no amount.
DoseKind mainAmountKind(const Dose& dose, DoseKind kind);

/// The band colour one step heavier than `colour`, or nothing at the heaviest or an unknown colour.
std::optional<std::string> nextBandColour(std::string_view colour);

} // namespace paceplan::core
