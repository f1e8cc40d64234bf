// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/plan/Plan.h"
#include "core/plan/PlanChecks.h"
#include "core/plan/Schedule.h"

#include <nlohmann/json_fwd.hpp>

#include <string_view>
#include <vector>

namespace paceplan::core {
class ExerciseCatalog;
}

namespace paceplan::interop {

/// The format name and version of plan and template documents (docs/formats.md).
inline constexpr const char* kPlanFormat = "paceplan.plan";
inline constexpr int kPlanFormatVersion = 1;
/// The format name and version of the plan report (plan + dated schedule + checks).
inline constexpr const char* kPlanReportFormat = "paceplan.plan-report";
inline constexpr int kPlanReportFormatVersion = 1;

/// Whether a plan document holds a patient's plan or a template.
enum class PlanDocumentKind { Plan, Template };

/// A plan read from a document; a template has no patient, start date, status or revision.
struct PlanDocument {
    PlanDocumentKind kind = PlanDocumentKind::Plan;
    core::Plan plan;
};

/// A patient's plan as a plan document (kind "plan").
nlohmann::json planToJson(const core::Plan& plan);

/// A plan as a template document (kind "template"): the same document without the patient, the start
/// date, the status, the revision and the uuid.
nlohmann::json planTemplateToJson(const core::Plan& plan);

/// How strictly a plan document is read.
struct PlanReadOptions {
    /// Run validatePlan on the result and fail on its first error; off for drafts kept mid-edit.
    bool validate = true;
};

/// Reads a plan or template document. Unknown keys are ignored; a wrong format name, a newer version, wrong
/// types, unknown codes and (when validating) invalid plans are errors whose field names the JSON path or
/// the plan field.
core::Result<PlanDocument> planDocumentFromJson(const nlohmann::json& json, PlanReadOptions options = {});

/// Parses JSON text and reads it with planDocumentFromJson; text that is not JSON gives ParseError.
core::Result<PlanDocument> planDocumentFromText(std::string_view text, PlanReadOptions options = {});

/// The dose fields of a dose as JSON keys (sets, repetitions, ..., load_kind, load_kg, band_colour) added
/// to `object`.
void addDoseFields(nlohmann::json& object, const core::Dose& dose);

/// The plan report: the plan, its dated weeks with sessions and doses, and the check findings. With a
/// catalog, items also carry the exercise name.
nlohmann::json planReportToJson(const core::Plan& plan, const core::Schedule& schedule,
    const std::vector<core::PlanFinding>& findings, const core::ExerciseCatalog* catalog = nullptr);

/// The findings of the plan checks as a JSON array of {code, severity, message, week, day, item_key}.
nlohmann::json findingsToJson(const std::vector<core::PlanFinding>& findings);

} // namespace paceplan::interop
