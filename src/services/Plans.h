// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Id.h"
#include "core/Result.h"
#include "core/library/Exercise.h"
#include "core/plan/Plan.h"
#include "core/plan/PreExerciseScreening.h"
#include "core/plan/TemplatePersonalization.h"
#include "storage/PlanRecords.h"
#include "storage/PlanTemplate.h"

#include <optional>
#include <string>
#include <vector>

namespace paceplan::services {

class Clinic;

/// A request for a patient's plan made from a template.
struct PlanFromTemplate {
    core::PatientId patient;
    std::string templateCode;
    core::Date startDate; ///< The first day of week 1; invalid = the next Monday after the clinic's today.
    core::PatientBaselines baselines;
    std::string goals; ///< The patient's own goals; empty keeps the template's.
};

/// A stored draft plan and what personalisation changed, in plain words.
struct CreatedPlan {
    core::Plan plan;
    std::vector<std::string> notes;
};

/// The plans of a patient, newest first.
core::Result<std::vector<storage::PlanSummary>> listPlans(Clinic& clinic, core::PatientId patient);
core::Result<storage::PlanSummary> planSummary(Clinic& clinic, core::PlanId plan);
core::Result<std::vector<storage::RevisionInfo>> planRevisions(Clinic& clinic, core::PlanId plan);
core::Result<core::Plan> planRevision(Clinic& clinic, core::PlanId plan, int revision);
core::Result<core::Plan> latestRevision(Clinic& clinic, core::PlanId plan);
/// The screening stored with the plan's active revision, to start the next screening from; none without one.
std::optional<core::PreExerciseScreening> activeScreening(Clinic& clinic, core::PlanId plan);

/// Stores a blank 12-week draft plan starting next Monday, with a balanced week (strength, aerobic, recovery
/// and one rest day) for the clinician to fill.
core::Result<core::Plan> createBlankPlan(Clinic& clinic, core::PatientId patient, const std::string& title);
/// Stores a draft plan made from a template by core::planFromTemplate, the one rule every face uses.
core::Result<CreatedPlan> createPlanFromTemplate(Clinic& clinic, const PlanFromTemplate& request);
/// Stores a plan document (import) as a new draft plan of `patient`, after validating it.
core::Result<core::Plan> importPlan(Clinic& clinic, core::PatientId patient, core::Plan plan);
/// Validates and stores edits: a draft is changed in place, an active or printed revision is never changed
/// (the edits become a new draft revision). Returns the plan as stored.
core::Result<core::Plan> savePlan(Clinic& clinic, core::Plan plan);
/// Activates a draft revision after pre-exercise screening: refused while the screening blocks activation
/// (unanswered or unresolved questions, red flags without an allowed written override).
core::Status activatePlan(Clinic& clinic, core::PlanId plan, int revision, const core::PreExerciseScreening& screening);

/// What the clinician should see before activating a revision, as plain sentences: each stored heart-rate
/// target of a patient on beta-blockers (handouts print the effort scale in its place) and each rest day that
/// holds exercises, from the plan checks. Empty when there is nothing to warn about. The GUI shows them in the
/// activation confirmation, the CLI on stderr.
core::Result<std::vector<std::string>> activationWarnings(Clinic& clinic, core::PlanId plan, int revision);

/// Every plan template, built-in first.
core::Result<std::vector<storage::PlanTemplate>> listTemplates(Clinic& clinic);
/// Saves `plan` as one of the clinic's own templates named `name` (its goals become the description).
core::Result<storage::PlanTemplate> saveTemplateFromPlan(
    Clinic& clinic, const core::Plan& plan, const std::string& name);
/// The education topics a plan can list.
core::Result<std::vector<core::EducationTopic>> educationTopics(Clinic& clinic);

} // namespace paceplan::services
