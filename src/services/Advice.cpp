// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Advice.h"

#include "services/Clinic.h"
#include "storage/PatientRepository.h"
#include "storage/PlanRepository.h"
#include "storage/SessionLogRepository.h"

namespace paceplan::services {

core::Result<core::PainAdvice> painAdvice(
    Clinic& clinic, core::PatientId patient, const core::PainMonitoringThresholds& thresholds)
{
    const core::Date today = clinic.today();
    auto logs
        = storage::SessionLogRepository(clinic.database()).list(patient, today.addDays(-kAdviceHistoryDays), today);
    if (!logs)
        return logs.error();
    return core::advisePainMonitoring(*logs, today, thresholds);
}

core::Result<std::optional<CurrentAdvice>> currentAdvice(Clinic& clinic, core::PatientId patient)
{
    auto plans = storage::PlanRepository(clinic.database(), clinic.codec()).plansOf(patient);
    if (!plans)
        return plans.error();
    CurrentAdvice current;
    for (const auto& plan : *plans) {
        if (plan.active) {
            current.plan = plan.id;
            current.activeRevision = plan.active->revision;
            break;
        }
    }
    if (!current.plan.isValid())
        return std::optional<CurrentAdvice>();
    auto advice = painAdvice(clinic, patient);
    if (!advice)
        return advice.error();
    current.advice = std::move(advice).value();
    return std::optional<CurrentAdvice>(std::move(current));
}

core::Result<std::optional<core::AdvisedPlan>> previewAdvice(Clinic& clinic, const CurrentAdvice& advice)
{
    auto active
        = storage::PlanRepository(clinic.database(), clinic.codec()).revision(advice.plan, advice.activeRevision);
    if (!active)
        return active.error();
    auto patient = storage::PatientRepository(clinic.database()).get(active->patientId);
    if (!patient)
        return patient.error();
    return core::applyPainAdvice(*active, advice.advice, clinic.today(), *clinic.catalog(),
        core::PatientContext::fromPatient(*patient, active->startDate));
}

core::Result<core::Plan> applyAdvice(Clinic& clinic, const CurrentAdvice& advice)
{
    auto advised = previewAdvice(clinic, advice);
    if (!advised)
        return advised.error();
    if (!*advised)
        return core::makeError(core::ErrorCode::Unsupported, "advice", "the advice cannot be applied to this plan");
    return storage::PlanRepository(clinic.database(), clinic.codec()).save(std::move((*advised)->plan));
}

} // namespace paceplan::services
