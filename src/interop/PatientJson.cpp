// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/PatientJson.h"

#include <nlohmann/json.hpp>

namespace paceplan::interop {

using nlohmann::json;
using namespace paceplan::core;

json patientToJson(const Patient& patient)
{
    json precautions = json::array();
    for (const auto precaution : patient.precautions)
        precautions.push_back(precautionCode(precaution));
    json out {
        { "id", patient.id.value() },
        { "uuid", patient.uuid },
        { "given_name", patient.givenName },
        { "family_name", patient.familyName },
        { "date_of_birth", patient.dateOfBirth.toIso() },
        { "sex", sexCode(patient.sex) },
        { "phone", patient.phone },
        { "email", patient.email },
        { "condition", primaryConditionCode(patient.condition) },
        { "pain_duration", painDurationCode(patient.painDuration) },
        { "precautions", precautions },
        { "precaution_notes", patient.precautionNotes },
        { "resting_heart_rate", patient.restingHeartRate ? json(*patient.restingHeartRate) : json(nullptr) },
        { "clinician_notes", patient.clinicianNotes },
        { "archived", patient.archived },
        { "created_at", patient.createdAt },
        { "updated_at", patient.updatedAt },
    };
    return out;
}

json patientsToJson(const std::vector<Patient>& patients)
{
    json out = json::array();
    for (const auto& patient : patients)
        out.push_back(patientToJson(patient));
    return out;
}

namespace {

Status readString(const json& object, const char* key, std::string& target)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return {};
    if (!it->is_string())
        return makeError(ErrorCode::InvalidFormat, key, "expected a string");
    target = it->get<std::string>();
    return {};
}

template <typename Enum, typename Parse> Status readCode(const json& object, const char* key, Enum& target, Parse parse)
{
    std::string code;
    if (auto status = readString(object, key, code); !status)
        return status;
    if (code.empty())
        return {};
    const auto value = parse(code);
    if (!value)
        return makeError(ErrorCode::InvalidValue, key, code);
    target = *value;
    return {};
}

} // namespace

Result<Patient> patientFromJson(const json& object)
{
    if (!object.is_object())
        return makeError(ErrorCode::ParseError, {}, "expected a JSON object");
    Patient patient;
    std::string dateOfBirth;
    for (const auto& status :
        { readString(object, "uuid", patient.uuid), readString(object, "given_name", patient.givenName),
            readString(object, "family_name", patient.familyName), readString(object, "date_of_birth", dateOfBirth),
            readString(object, "phone", patient.phone), readString(object, "email", patient.email),
            readString(object, "precaution_notes", patient.precautionNotes),
            readString(object, "clinician_notes", patient.clinicianNotes),
            readCode(object, "sex", patient.sex, sexFromCode),
            readCode(object, "condition", patient.condition, primaryConditionFromCode),
            readCode(object, "pain_duration", patient.painDuration, painDurationFromCode) }) {
        if (!status)
            return status.error();
    }
    if (!dateOfBirth.empty()) {
        const auto date = Date::fromIso(dateOfBirth);
        if (!date)
            return makeError(ErrorCode::InvalidFormat, "date_of_birth", dateOfBirth);
        patient.dateOfBirth = *date;
    }
    if (const auto it = object.find("precautions"); it != object.end() && !it->is_null()) {
        if (!it->is_array())
            return makeError(ErrorCode::InvalidFormat, "precautions", "expected an array");
        for (const auto& entry : *it) {
            if (!entry.is_string())
                return makeError(ErrorCode::InvalidFormat, "precautions", "expected strings");
            const auto value = precautionFromCode(entry.get<std::string>());
            if (!value)
                return makeError(ErrorCode::InvalidValue, "precautions", entry.get<std::string>());
            patient.precautions.push_back(*value);
        }
    }
    if (const auto it = object.find("resting_heart_rate"); it != object.end() && !it->is_null()) {
        if (!it->is_number_integer())
            return makeError(ErrorCode::InvalidFormat, "resting_heart_rate", "expected a whole number");
        patient.restingHeartRate = it->get<int>();
    }
    if (const auto it = object.find("archived"); it != object.end() && !it->is_null()) {
        if (!it->is_boolean())
            return makeError(ErrorCode::InvalidFormat, "archived", "expected true or false");
        patient.archived = it->get<bool>();
    }
    return patient;
}

json errorToJson(const Error& error, const std::string& message)
{
    json out { { "error", errorCodeName(error.code) }, { "message", message } };
    if (!error.field.empty())
        out["field"] = error.field;
    return out;
}

} // namespace paceplan::interop
