// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/patient/Patient.h"

#include <string_view>
#include <vector>

namespace paceplan::core {

/// Field names used in validation errors; the GUI places each message next to its field.
namespace patient_field {
inline constexpr const char* kGivenName = "givenName";
inline constexpr const char* kFamilyName = "familyName";
inline constexpr const char* kDateOfBirth = "dateOfBirth";
inline constexpr const char* kPhone = "phone";
inline constexpr const char* kEmail = "email";
inline constexpr const char* kRestingHeartRate = "restingHeartRate";
inline constexpr const char* kPrecautionNotes = "precautionNotes";
inline constexpr const char* kClinicianNotes = "clinicianNotes";
} // namespace patient_field

/// Limits that validation enforces.
inline constexpr int kMaxNameLength = 100;
inline constexpr int kMaxNotesLength = 20000;
inline constexpr int kMaxAgeYears = 120;
inline constexpr int kMinRestingHeartRate = 30;
inline constexpr int kMaxRestingHeartRate = 150;

/// Every problem with a patient record, one error per field at most; empty when the record is valid.
std::vector<Error> validatePatient(const Patient& patient, const Date& today);

/// Trims surrounding white space from the text fields and drops duplicate precautions.
Patient normalizedPatient(Patient patient);

/// True for an address of the form local@domain.tld without spaces.
bool isPlausibleEmail(std::string_view email);

/// True for a phone number made of digits, spaces and + - ( ) . with 6-15 digits.
bool isPlausiblePhone(std::string_view phone);

/// Removes leading and trailing ASCII white space.
std::string trimmed(std::string_view text);

} // namespace paceplan::core
