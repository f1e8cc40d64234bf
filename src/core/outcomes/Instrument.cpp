// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/Instrument.h"

#include <algorithm>

namespace paceplan::core {

const ChangeMeasure* Instrument::measure(std::string_view basis) const
{
    const auto it
        = std::find_if(measures.begin(), measures.end(), [&](const ChangeMeasure& m) { return m.basis == basis; });
    return it == measures.end() ? nullptr : &*it;
}

const InstrumentSubscale* Instrument::subscale(std::string_view subscaleCode) const
{
    const auto it = std::find_if(
        subscales.begin(), subscales.end(), [&](const InstrumentSubscale& s) { return s.code == subscaleCode; });
    return it == subscales.end() ? nullptr : &*it;
}

const char* instrumentKindCode(InstrumentKind value)
{
    switch (value) {
    case InstrumentKind::Questionnaire:
        return "questionnaire";
    case InstrumentKind::PainRating:
        return "pain-rating";
    case InstrumentKind::PerformanceTest:
        return "performance-test";
    }
    return "questionnaire";
}

const char* directionCode(Direction value)
{
    switch (value) {
    case Direction::HigherIsWorse:
        return "higher-is-worse";
    case Direction::HigherIsBetter:
        return "higher-is-better";
    }
    return "higher-is-worse";
}

const char* licenceModeCode(LicenceMode value)
{
    switch (value) {
    case LicenceMode::ShipText:
        return "ship-text";
    case LicenceMode::ScoresOnly:
        return "scores-only";
    }
    return "scores-only";
}

const char* measureUnitCode(MeasureUnit value)
{
    switch (value) {
    case MeasureUnit::Points:
        return "points";
    case MeasureUnit::Millimetres:
        return "millimetres";
    case MeasureUnit::Percent:
        return "percent";
    case MeasureUnit::TScore:
        return "t-score";
    case MeasureUnit::Metres:
        return "metres";
    case MeasureUnit::Repetitions:
        return "repetitions";
    case MeasureUnit::Seconds:
        return "seconds";
    }
    return "points";
}

const char* measureUnitSymbol(MeasureUnit value)
{
    switch (value) {
    case MeasureUnit::Points:
        return "";
    case MeasureUnit::Millimetres:
        return "mm";
    case MeasureUnit::Percent:
        return "%";
    case MeasureUnit::TScore:
        return "";
    case MeasureUnit::Metres:
        return "m";
    case MeasureUnit::Repetitions:
        return "stands";
    case MeasureUnit::Seconds:
        return "s";
    }
    return "";
}

} // namespace paceplan::core
