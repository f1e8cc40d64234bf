// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/PatientJson.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace paceplan;
using namespace paceplan::core;
using nlohmann::json;

TEST_CASE("A patient survives a JSON round trip with stable codes", "[interop][patient]")
{
    Patient patient;
    patient.id = PatientId(7);
    patient.uuid = "5b0c1c1e-8f7e-4c1a-9d35-2f1f7e0b8a11";
    patient.givenName = "Zoë";
    patient.familyName = "Ångström";
    patient.dateOfBirth = Date(1986, 1, 27);
    patient.sex = Sex::Female;
    patient.condition = PrimaryCondition::Fibromyalgia;
    patient.painDuration = PainDuration::OverFiveYears;
    patient.precautions = { Precaution::Pregnancy, Precaution::Diabetes };
    patient.restingHeartRate = 78;
    patient.archived = true;

    const json out = interop::patientToJson(patient);
    CHECK(out["condition"] == "fibromyalgia");
    CHECK(out["pain_duration"] == "over-5-years");
    CHECK(out["date_of_birth"] == "1986-01-27");
    CHECK(out["precautions"] == json::array({ "pregnancy", "diabetes" }));

    auto back = interop::patientFromJson(out);
    REQUIRE(back.ok());
    CHECK(back->givenName == "Zoë");
    CHECK(back->precautions == patient.precautions);
    CHECK(back->restingHeartRate == 78);
    CHECK(back->archived);
}

TEST_CASE("Bad patient JSON is refused with the field named", "[interop][patient]")
{
    struct Case {
        json input;
        const char* field;
        ErrorCode code;
    };
    const std::vector<Case> cases = {
        { json { { "condition", "flu" } }, "condition", ErrorCode::InvalidValue },
        { json { { "date_of_birth", "27/01/1986" } }, "date_of_birth", ErrorCode::InvalidFormat },
        { json { { "given_name", 42 } }, "given_name", ErrorCode::InvalidFormat },
        { json { { "precautions", "diabetes" } }, "precautions", ErrorCode::InvalidFormat },
        { json { { "precautions", json::array({ "gout" }) } }, "precautions", ErrorCode::InvalidValue },
        { json { { "resting_heart_rate", "fast" } }, "resting_heart_rate", ErrorCode::InvalidFormat },
        { json { { "archived", "yes" } }, "archived", ErrorCode::InvalidFormat },
    };
    for (const auto& c : cases) {
        INFO(c.input.dump());
        const auto result = interop::patientFromJson(c.input);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().field == c.field);
        CHECK(result.error().code == c.code);
    }
    CHECK(interop::patientFromJson(json::array()).error().code == ErrorCode::ParseError);
}
