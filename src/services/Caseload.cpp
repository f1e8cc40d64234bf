// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Caseload.h"

#include "core/monitoring/Adherence.h"
#include "core/monitoring/CaseloadMapping.h"
#include "core/monitoring/PainAdvisor.h"
#include "core/outcomes/InstrumentRegistry.h"
#include "services/Trends.h"

namespace paceplan::services {

CaseloadRow buildCaseloadRow(core::PatientId patient, const std::string& name, const PatientOutcomeData& data,
    const core::Date& today, const core::CaseloadFlagSettings& settings)
{
    CaseloadRow row;
    row.patientId = patient;
    row.name = name;
    for (const auto& instrument : core::InstrumentRegistry::standard().all()) {
        const core::ChangeMeasure* measure = instrument.measure();
        if (measure == nullptr || !measure->painIntensity)
            continue;
        const InstrumentTrend trend = buildTrend(instrument, data.outcomes, {}, {});
        if (trend.points.empty())
            continue;
        row.lastPain = trend.points.back().value;
        row.lastPainDate = trend.points.back().date;
        row.painInstrument = instrument.shortName;
        if (trend.change) {
            row.change = trend.summary;
            row.changeClass = core::caseloadChangeClass(trend.change->classification);
        }
        break;
    }
    core::CaseloadInputs inputs;
    inputs.today = today;
    inputs.planStart = data.planStart;
    inputs.change = row.changeClass;
    if (auto advice = core::advisePainMonitoring(data.logs, today))
        inputs.advice = std::move(advice).value();
    if (data.planStart.isValid()) {
        inputs.adherence = core::adherenceOverLastDays(data.scheduled, data.logs, today, settings.adherenceWindowDays);
        row.adherencePercent = inputs.adherence->percent;
    }
    for (const auto& entry : data.outcomes)
        if (entry.date.isValid() && (!inputs.lastOutcome || *inputs.lastOutcome < entry.date))
            inputs.lastOutcome = entry.date;
    if (data.planStart.isValid())
        row.flags = core::caseloadFlags(inputs, settings);
    return row;
}

} // namespace paceplan::services
