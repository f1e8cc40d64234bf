// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library/Exercise.h"
#include "core/plan/DoseField.h"

#include <string>

namespace paceplan::core {

/// A number without needless decimals: 2 → "2", 2.5 → "2.5", 0.25 → "0.25".
std::string formatNumber(double value);

/// A count with its noun in the singular or plural: "1 day", "3 days".
std::string formatCount(long value, const char* singular, const char* plural);

/// A plain-language name of a dose field in the plural ("minutes" for a duration, "sets", "load").
std::string doseFieldName(DoseField field);

/// A value of a field with its unit in plain language: "15 minutes", "1 minute 30 seconds", "300 m",
/// "1.5 km", "2.5 kg", "12 repetitions", "2 times a day".
std::string formatFieldValue(DoseField field, double value);

/// A load in plain language: "body weight", "2.5 kg", "red band".
std::string describeLoad(const Load& load);

/// A whole dose in plain language, e.g. "2 sets of 10 repetitions, 2 kg, rest 60 seconds".
std::string describeDose(const Dose& dose);

} // namespace paceplan::core
