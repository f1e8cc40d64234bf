// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/patient/PatientValidation.h"

#include "core/text/Utf8.h"

#include <algorithm>

namespace paceplan::core {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

void checkName(std::vector<Error>& errors, const std::string& value, const char* field)
{
    if (value.empty())
        errors.push_back(makeError(ErrorCode::Required, field));
    else if (utf8Length(value) > static_cast<std::size_t>(kMaxNameLength))
        errors.push_back(makeError(ErrorCode::TooLong, field, std::to_string(kMaxNameLength)));
    else if (!isValidUtf8(value))
        errors.push_back(makeError(ErrorCode::InvalidFormat, field, "not UTF-8"));
}

void checkNotes(std::vector<Error>& errors, const std::string& value, const char* field)
{
    if (utf8Length(value) > static_cast<std::size_t>(kMaxNotesLength))
        errors.push_back(makeError(ErrorCode::TooLong, field, std::to_string(kMaxNotesLength)));
    else if (!isValidUtf8(value))
        errors.push_back(makeError(ErrorCode::InvalidFormat, field, "not UTF-8"));
}

} // namespace

std::string trimmed(std::string_view text)
{
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    return std::string(text.substr(begin, end - begin));
}

bool isPlausibleEmail(std::string_view email)
{
    if (email.size() > 254 || std::any_of(email.begin(), email.end(), [](char c) { return isSpace(c); }))
        return false;
    const auto at = email.find('@');
    if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos)
        return false;
    const auto domain = email.substr(at + 1);
    const auto dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 2 > domain.size())
        return false;
    return domain.find("..") == std::string_view::npos && domain.front() != '.' && email[at - 1] != '.';
}

bool isPlausiblePhone(std::string_view phone)
{
    int digits = 0;
    for (const char c : phone) {
        if (c >= '0' && c <= '9')
            ++digits;
        else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')' && c != '.')
            return false;
    }
    return digits >= 6 && digits <= 15;
}

std::vector<Error> validatePatient(const Patient& patient, const Date& today)
{
    std::vector<Error> errors;
    checkName(errors, patient.givenName, patient_field::kGivenName);
    checkName(errors, patient.familyName, patient_field::kFamilyName);

    if (!patient.dateOfBirth.isValid()) {
        errors.push_back(makeError(ErrorCode::Required, patient_field::kDateOfBirth));
    } else if (patient.dateOfBirth > today) {
        errors.push_back(makeError(ErrorCode::OutOfRange, patient_field::kDateOfBirth, "in the future"));
    } else if (patient.dateOfBirth.yearsUntil(today) > kMaxAgeYears) {
        errors.push_back(makeError(ErrorCode::OutOfRange, patient_field::kDateOfBirth, "age over 120"));
    }

    if (!patient.phone.empty() && !isPlausiblePhone(patient.phone))
        errors.push_back(makeError(ErrorCode::InvalidFormat, patient_field::kPhone));
    if (!patient.email.empty() && !isPlausibleEmail(patient.email))
        errors.push_back(makeError(ErrorCode::InvalidFormat, patient_field::kEmail));

    if (patient.restingHeartRate
        && (*patient.restingHeartRate < kMinRestingHeartRate || *patient.restingHeartRate > kMaxRestingHeartRate))
        errors.push_back(makeError(
            ErrorCode::OutOfRange, patient_field::kRestingHeartRate, std::to_string(*patient.restingHeartRate)));

    checkNotes(errors, patient.precautionNotes, patient_field::kPrecautionNotes);
    checkNotes(errors, patient.clinicianNotes, patient_field::kClinicianNotes);
    return errors;
}

Patient normalizedPatient(Patient patient)
{
    patient.givenName = trimmed(patient.givenName);
    patient.familyName = trimmed(patient.familyName);
    patient.phone = trimmed(patient.phone);
    patient.email = trimmed(patient.email);
    patient.precautionNotes = trimmed(patient.precautionNotes);
    patient.clinicianNotes = trimmed(patient.clinicianNotes);
    std::vector<Precaution> unique;
    for (const auto precaution : patient.precautions)
        if (std::find(unique.begin(), unique.end(), precaution) == unique.end())
            unique.push_back(precaution);
    patient.precautions = std::move(unique);
    return patient;
}

} // namespace paceplan::core
