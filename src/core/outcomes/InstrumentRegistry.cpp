// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/InstrumentRegistry.h"

#include "core/outcomes/BeliefInstruments.h"
#include "core/outcomes/FearAvoidanceInstruments.h"
#include "core/outcomes/GlobalAndMoodInstruments.h"
#include "core/outcomes/JointAndWidespreadInstruments.h"
#include "core/outcomes/PainInstruments.h"
#include "core/outcomes/PerformanceTests.h"
#include "core/outcomes/SpineInstruments.h"

#include <algorithm>
#include <utility>

namespace paceplan::core {

namespace {

constexpr const char* kStandardOrder[] = { "nprs", "vas", "peg", "bpi-sf", "odi", "rmdq", "ndi", "psfs", "tsk-11",
    "tsk-17", "pseq-10", "pseq-2", "sbst", "fabq", "pcs", "pgic", "grc", "phq-9", "gad-7", "koos-12", "hoos-12", "fiqr",
    "promis-pi-4a", "who-5", "6mwt", "30s-cst", "tug", "5xsts" };

} // namespace

InstrumentRegistry::InstrumentRegistry(std::vector<Instrument> instruments) : m_instruments(std::move(instruments)) { }

const InstrumentRegistry& InstrumentRegistry::standard()
{
    static const InstrumentRegistry registry(standardInstruments());
    return registry;
}

const Instrument* InstrumentRegistry::find(std::string_view code) const
{
    const auto it
        = std::find_if(m_instruments.begin(), m_instruments.end(), [&](const Instrument& i) { return i.code == code; });
    return it == m_instruments.end() ? nullptr : &*it;
}

std::vector<Instrument> standardInstruments()
{
    std::vector<Instrument> grouped;
    for (auto group : { painInstruments, spineInstruments, beliefInstruments, fearAvoidanceInstruments,
             globalAndMoodInstruments, jointAndWidespreadInstruments, performanceTests }) {
        for (Instrument& instrument : group())
            grouped.push_back(std::move(instrument));
    }
    // The order of issue 4: questionnaires and pain ratings first, performance tests last.
    std::vector<Instrument> ordered;
    for (const char* code : kStandardOrder) {
        const auto it
            = std::find_if(grouped.begin(), grouped.end(), [&](const Instrument& i) { return i.code == code; });
        if (it != grouped.end())
            ordered.push_back(std::move(*it));
    }
    return ordered;
}

} // namespace paceplan::core
