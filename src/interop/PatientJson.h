// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/patient/Patient.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace paceplan::interop {

/// A patient as a JSON object with stable snake_case keys and codes (see docs/formats.md).
nlohmann::json patientToJson(const core::Patient& patient);

/// Reads a patient from JSON; unknown keys are ignored, wrong types and unknown codes are errors.
core::Result<core::Patient> patientFromJson(const nlohmann::json& json);

/// A list of patients as a JSON array.
nlohmann::json patientsToJson(const std::vector<core::Patient>& patients);

/// A JSON error object {"error": code, "field": ..., "message": ...} for machine-readable failures.
nlohmann::json errorToJson(const core::Error& error, const std::string& message);

} // namespace paceplan::interop
