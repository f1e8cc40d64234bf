// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcomes/Instrument.h"

#include <string_view>
#include <vector>

namespace paceplan::core {

/// The outcome instruments PacePlan knows, in a stable order, looked up by their stable code.
class InstrumentRegistry {
public:
    /// A registry holding these instruments in this order; a clinic may adjust configurable defaults on copies.
    explicit InstrumentRegistry(std::vector<Instrument> instruments);

    /// The built-in instruments: questionnaires and pain ratings first, then the performance tests.
    static const InstrumentRegistry& standard();

    /// Every instrument, in the registry's stable order.
    const std::vector<Instrument>& all() const { return m_instruments; }
    /// The instrument with this code, or nullptr.
    const Instrument* find(std::string_view code) const;

private:
    std::vector<Instrument> m_instruments;
};

/// The built-in instruments, freshly built (for a registry with adjusted defaults).
std::vector<Instrument> standardInstruments();

} // namespace paceplan::core
