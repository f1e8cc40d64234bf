// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Id.h"
#include "core/Result.h"
#include "core/patient/Patient.h"
#include "storage/PatientQuery.h"

#include <string_view>
#include <vector>

namespace paceplan::services {

class Clinic;

/// Validates and stores a new patient (no id) or changes to an existing one; returns it as stored.
core::Result<core::Patient> savePatient(Clinic& clinic, core::Patient patient);
/// Archives a patient (kept, hidden from the active list) or brings them back.
core::Status setPatientArchived(Clinic& clinic, core::PatientId patient, bool archived);
/// Deletes a patient and everything recorded for them, for an erasure request.
core::Status deletePatient(Clinic& clinic, core::PatientId patient);
core::Result<core::Patient> patient(Clinic& clinic, core::PatientId patient);
/// Finds a patient by number or uuid, as typed on a command line.
core::Result<core::Patient> findPatient(Clinic& clinic, std::string_view key);
/// A page of the patient listing.
core::Result<std::vector<core::Patient>> listPatients(Clinic& clinic, const storage::PatientQuery& query);
/// How many patients the query matches (offset and limit ignored).
core::Result<int> countPatients(Clinic& clinic, const storage::PatientQuery& query);

} // namespace paceplan::services
