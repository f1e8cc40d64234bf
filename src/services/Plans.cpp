// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Plans.h"

#include "core/plan/PlanChecks.h"
#include "core/plan/PlanValidation.h"
#include "core/plan/ProgressionEngine.h"
#include "services/Clinic.h"
#include "storage/Database.h"
#include "storage/ExerciseRepository.h"
#include "storage/PatientRepository.h"
#include "storage/PlanRepository.h"
#include "storage/TemplateRepository.h"

namespace paceplan::services {

namespace {

storage::PlanRepository plansOf(Clinic& clinic)
{
    return storage::PlanRepository(clinic.database(), clinic.codec());
}

} // namespace

core::Result<std::vector<storage::PlanSummary>> listPlans(Clinic& clinic, core::PatientId patient)
{
    return plansOf(clinic).plansOf(patient);
}

core::Result<storage::PlanSummary> planSummary(Clinic& clinic, core::PlanId plan)
{
    return plansOf(clinic).summary(plan);
}

core::Result<std::vector<storage::RevisionInfo>> planRevisions(Clinic& clinic, core::PlanId plan)
{
    return plansOf(clinic).revisions(plan);
}

core::Result<core::Plan> planRevision(Clinic& clinic, core::PlanId plan, int revision)
{
    return plansOf(clinic).revision(plan, revision);
}

core::Result<core::Plan> latestRevision(Clinic& clinic, core::PlanId plan)
{
    return plansOf(clinic).latest(plan);
}

std::optional<core::PreExerciseScreening> activeScreening(Clinic& clinic, core::PlanId plan)
{
    auto repository = plansOf(clinic);
    auto summary = repository.summary(plan);
    if (!summary || !summary->active)
        return std::nullopt;
    auto screening = repository.screening(plan, summary->active->revision);
    if (!screening || !*screening)
        return std::nullopt;
    return **screening;
}

core::Result<core::Plan> createBlankPlan(Clinic& clinic, core::PatientId patient, const std::string& title)
{
    core::Plan plan;
    plan.title = title;
    plan.startDate = core::nextMonday(clinic.today());
    plan.lengthWeeks = 12;
    // Two strength days with a day between, three aerobic days, an easy recovery day and a rest day
    // (REFERENCE §3: strength 2-3 days a week on non-consecutive days, aerobic most days, explicit rest).
    const core::DayType week[] = { core::DayType::Strength, core::DayType::Aerobic, core::DayType::ActiveRecovery,
        core::DayType::Strength, core::DayType::Aerobic, core::DayType::Aerobic, core::DayType::Rest };
    for (int day = 0; day < core::kDaysPerWeek; ++day)
        plan.days.at(static_cast<std::size_t>(day)).type = week[day];
    return plansOf(clinic).create(patient, std::move(plan));
}

core::Result<CreatedPlan> createPlanFromTemplate(Clinic& clinic, const PlanFromTemplate& request)
{
    auto patient = storage::PatientRepository(clinic.database()).get(request.patient);
    if (!patient)
        return patient.error();
    auto chosen = storage::TemplateRepository(clinic.database(), clinic.codec()).get(request.templateCode);
    if (!chosen)
        return chosen.error();
    core::TemplatePersonalization options;
    options.today = clinic.today();
    options.startDate = request.startDate;
    options.baselines = request.baselines;
    options.goals = request.goals;
    auto personalized = core::planFromTemplate(chosen->plan, chosen->name, *patient, options, *clinic.catalog());
    auto created = plansOf(clinic).create(patient->id, std::move(personalized.plan));
    if (!created)
        return created.error();
    return CreatedPlan { std::move(created).value(), std::move(personalized.notes) };
}

core::Result<core::Plan> importPlan(Clinic& clinic, core::PatientId patient, core::Plan plan)
{
    return plansOf(clinic).create(patient, std::move(plan));
}

core::Result<core::Plan> savePlan(Clinic& clinic, core::Plan plan)
{
    return plansOf(clinic).save(std::move(plan));
}

core::Status activatePlan(Clinic& clinic, core::PlanId plan, int revision, const core::PreExerciseScreening& screening)
{
    return plansOf(clinic).activate(plan, revision, screening);
}

core::Result<std::vector<std::string>> activationWarnings(Clinic& clinic, core::PlanId planId, int revision)
{
    auto plan = plansOf(clinic).revision(planId, revision);
    if (!plan)
        return plan.error();
    auto patient = storage::PatientRepository(clinic.database()).get(plan->patientId);
    if (!patient)
        return patient.error();
    const auto catalog = clinic.catalog();
    const auto context = core::PatientContext::fromPatient(*patient, plan->startDate);
    const auto findings = core::checkPlan(*plan, core::buildSchedule(*plan, *catalog, context), *catalog, context);
    std::vector<std::string> warnings;
    bool heartRate = false;
    for (const auto& finding : findings) {
        if (finding.code == core::check_code::kHeartRateWithBetaBlockers)
            heartRate = true;
        else if (finding.code != core::check_code::kRestDayWithExercises)
            continue;
        warnings.push_back(finding.message);
    }
    if (heartRate)
        warnings.emplace_back("Handouts show the matching effort range, never beats a minute, for this patient.");
    return warnings;
}

core::Result<std::vector<storage::PlanTemplate>> listTemplates(Clinic& clinic)
{
    return storage::TemplateRepository(clinic.database(), clinic.codec()).list();
}

core::Result<storage::PlanTemplate> saveTemplateFromPlan(
    Clinic& clinic, const core::Plan& plan, const std::string& name)
{
    storage::PlanTemplate planTemplate;
    planTemplate.name = name;
    planTemplate.description = plan.goals;
    if (auto patient = storage::PatientRepository(clinic.database()).get(plan.patientId))
        planTemplate.condition = patient->condition;
    planTemplate.plan = plan;
    return storage::TemplateRepository(clinic.database(), clinic.codec()).save(std::move(planTemplate));
}

core::Result<std::vector<core::EducationTopic>> educationTopics(Clinic& clinic)
{
    return storage::ExerciseRepository(clinic.database(), clinic.codec()).topics();
}

} // namespace paceplan::services
