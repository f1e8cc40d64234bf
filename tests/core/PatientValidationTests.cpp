// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/patient/PatientValidation.h"
#include "core/text/Utf8.h"

#include <catch2/catch.hpp>

using namespace paceplan::core;

namespace {

const Date kToday(2026, 11, 21);

Patient validPatient()
{
    Patient patient;
    patient.givenName = "Ada";
    patient.familyName = "Lovelace";
    patient.dateOfBirth = Date(1965, 12, 10);
    return patient;
}

/// The error for `field`, or nothing.
std::optional<ErrorCode> errorFor(const Patient& patient, const std::string& field)
{
    for (const auto& error : validatePatient(patient, kToday))
        if (error.field == field)
            return error.code;
    return std::nullopt;
}

} // namespace

TEST_CASE("A complete patient validates", "[core][patient]")
{
    auto patient = validPatient();
    patient.email = "ada.lovelace@example.co.uk";
    patient.phone = "+44 (0)20 7946-0000";
    patient.restingHeartRate = 64;
    CHECK(validatePatient(patient, kToday).empty());
}

TEST_CASE("Each patient field reports its own error", "[core][patient]")
{
    struct Case {
        const char* what;
        std::function<void(Patient&)> change;
        const char* field;
        ErrorCode code;
    };
    const std::vector<Case> cases = {
        { "empty given name", [](Patient& p) { p.givenName.clear(); }, "givenName", ErrorCode::Required },
        { "empty family name", [](Patient& p) { p.familyName.clear(); }, "familyName", ErrorCode::Required },
        { "very long name", [](Patient& p) { p.familyName = std::string(101, 'x'); }, "familyName",
            ErrorCode::TooLong },
        { "no date of birth", [](Patient& p) { p.dateOfBirth = Date(); }, "dateOfBirth", ErrorCode::Required },
        { "born tomorrow", [](Patient& p) { p.dateOfBirth = kToday.addDays(1); }, "dateOfBirth",
            ErrorCode::OutOfRange },
        { "age 121", [](Patient& p) { p.dateOfBirth = Date(1905, 11, 20); }, "dateOfBirth", ErrorCode::OutOfRange },
        { "heart rate 29", [](Patient& p) { p.restingHeartRate = 29; }, "restingHeartRate", ErrorCode::OutOfRange },
        { "heart rate 151", [](Patient& p) { p.restingHeartRate = 151; }, "restingHeartRate", ErrorCode::OutOfRange },
        { "email without at", [](Patient& p) { p.email = "ada.example.org"; }, "email", ErrorCode::InvalidFormat },
        { "email without domain dot", [](Patient& p) { p.email = "ada@example"; }, "email", ErrorCode::InvalidFormat },
        { "email with space", [](Patient& p) { p.email = "ada @example.org"; }, "email", ErrorCode::InvalidFormat },
        { "phone with letters", [](Patient& p) { p.phone = "call me"; }, "phone", ErrorCode::InvalidFormat },
        { "phone too short", [](Patient& p) { p.phone = "123"; }, "phone", ErrorCode::InvalidFormat },
        { "notes not UTF-8", [](Patient& p) { p.clinicianNotes = "caf\xE9"; }, "clinicianNotes",
            ErrorCode::InvalidFormat },
    };
    for (const auto& c : cases) {
        INFO(c.what);
        auto patient = validPatient();
        c.change(patient);
        CHECK(errorFor(patient, c.field) == c.code);
    }
}

TEST_CASE("Boundary values are accepted", "[core][patient]")
{
    auto patient = validPatient();
    patient.restingHeartRate = 30;
    CHECK_FALSE(errorFor(patient, "restingHeartRate"));
    patient.restingHeartRate = 150;
    CHECK_FALSE(errorFor(patient, "restingHeartRate"));
    patient.dateOfBirth = kToday;
    CHECK_FALSE(errorFor(patient, "dateOfBirth"));
    patient.dateOfBirth = Date(1906, 11, 21); // exactly 120
    CHECK_FALSE(errorFor(patient, "dateOfBirth"));
}

TEST_CASE("Normalizing trims text and removes duplicate precautions", "[core][patient]")
{
    auto patient = validPatient();
    patient.givenName = "  Ada ";
    patient.email = " ada@example.org\t";
    patient.precautions = { Precaution::Diabetes, Precaution::Diabetes, Precaution::Pregnancy };
    const auto normal = normalizedPatient(patient);
    CHECK(normal.givenName == "Ada");
    CHECK(normal.email == "ada@example.org");
    CHECK(normal.precautions == std::vector { Precaution::Diabetes, Precaution::Pregnancy });
}

TEST_CASE("Patient codes round-trip and display names read family first", "[core][patient]")
{
    for (const auto condition : allPrimaryConditions())
        CHECK(primaryConditionFromCode(primaryConditionCode(condition)) == condition);
    for (const auto precaution : allPrecautions())
        CHECK(precautionFromCode(precautionCode(precaution)) == precaution);
    for (const auto sex : allSexes())
        CHECK(sexFromCode(sexCode(sex)) == sex);
    CHECK_FALSE(primaryConditionFromCode("broken-leg"));
    CHECK(allPrimaryConditions().size() == 7);
    CHECK(validPatient().displayName() == "Lovelace, Ada");
    CHECK(validPatient().ageOn(kToday) == 60);
}

TEST_CASE("Search folding lower-cases and strips Latin accents", "[core][text]")
{
    CHECK(foldForSearch("Zoë Ångström") == "zoe angstrom");
    CHECK(foldForSearch("MÜLLER Straße") == "muller strasse");
    CHECK(foldForSearch("Łódź Æsir Œuvre") == "lodz aesir oeuvre");
    CHECK(foldForSearch("Šťastný Đorđević") == "stastny dordevic");
    CHECK(foldForSearch("O'Connell") == "o'connell");
    CHECK(foldForSearch("Ωмега") == "ωмега");
    CHECK(isValidUtf8("Zoë"));
    CHECK_FALSE(isValidUtf8("Zo\xEB"));
    CHECK_FALSE(isValidUtf8("\xC3"));
    CHECK(utf8Length("Zoë") == 3);
}
