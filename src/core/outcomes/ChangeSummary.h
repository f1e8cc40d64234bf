// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcomes/ChangeEngine.h"
#include "core/outcomes/Instrument.h"

#include <optional>
#include <string>

namespace paceplan::core {

/// The pieces of a one-line change summary, already rounded for display.
struct ChangeSummaryData {
    std::string label; ///< "Pain".
    std::string baseline; ///< "7"; empty when there is no value.
    std::string latest; ///< "4".
    std::string unit; ///< "m", "s", "mm" or "" (points).
    std::optional<long> percent; ///< Rounded percent change from baseline (-43); empty at a zero baseline.
    std::string verdict; ///< "meaningful improvement".
};

/// The display pieces of a change: values with the instrument's decimals, percent rounded to a whole number.
ChangeSummaryData changeSummaryData(const Instrument& instrument, const ChangeResult& change);

/// The English line, e.g. "Pain 7 → 4, −43%: meaningful improvement".
std::string changeSummaryLine(const ChangeSummaryData& data);

/// The English line for a change of this instrument.
std::string changeSummaryLine(const Instrument& instrument, const ChangeResult& change);

} // namespace paceplan::core
