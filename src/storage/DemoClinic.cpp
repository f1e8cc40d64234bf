// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DemoClinic.h"

#include "storage/Database.h"
#include "storage/PatientRepository.h"

#include <spdlog/spdlog.h>

namespace paceplan::storage {

using namespace paceplan::core;

namespace {

constexpr const char* kSeededKey = "demo_clinic_seeded";

Patient makePatient(const char* given, const char* family, Date born, Sex sex, PrimaryCondition condition,
    PainDuration duration, std::vector<Precaution> precautions, std::optional<int> restingHr,
    const char* precautionNotes, const char* notes, const char* phone = "", const char* email = "")
{
    Patient patient;
    patient.givenName = given;
    patient.familyName = family;
    patient.dateOfBirth = born;
    patient.sex = sex;
    patient.condition = condition;
    patient.painDuration = duration;
    patient.precautions = std::move(precautions);
    patient.restingHeartRate = restingHr;
    patient.precautionNotes = precautionNotes;
    patient.clinicianNotes = notes;
    patient.phone = phone;
    patient.email = email;
    return patient;
}

} // namespace

std::vector<Patient> demoPatients()
{
    using enum PrimaryCondition;
    using enum PainDuration;
    using enum Precaution;
    return {
        makePatient("Margaret", "Okafor", Date(1958, 4, 12), Sex::Female, KneeOsteoarthritis, OverFiveYears,
            { Hypertension }, 72, "Blood pressure well controlled on medication.",
            "Right knee worse than left. Wants to walk to her allotment (1.2 km) without stopping. "
            "Enjoys gardening; kneeling is hard.",
            "+44 7700 900123", "m.okafor@example.org"),
        makePatient("Tomás", "Delgado", Date(1979, 9, 3), Sex::Male, ChronicLowBackPain, OneToFiveYears, {}, 64, "",
            "Warehouse supervisor. Avoids bending since a lifting episode in 2023. High fear of movement "
            "at first visit; goals: lift his daughter and return to five-a-side football.",
            "+44 7700 900456", "tomas.delgado@example.com"),
        makePatient("Zoë", "Ångström", Date(1986, 1, 27), Sex::Female, Fibromyalgia, OverFiveYears, {}, 78,
            "Poor sleep; fatigue after busy days (boom-and-bust pattern).",
            "Part-time teacher. Swims when she can. Pacing education started; baseline walk 8 minutes.",
            "+44 7700 900789", "zoe.a@example.net"),
        makePatient("Rajesh", "Patel", Date(1952, 11, 8), Sex::Male, HipOsteoarthritis, OneToFiveYears,
            { BetaBlockers, CardiovascularDisease }, 58,
            "Bisoprolol for angina; use the effort scale rather than heart rate. Stable angina, GTN spray "
            "carried.",
            "Left hip. Golf is his goal activity; wants to walk nine holes.", "+44 7700 900321"),
        makePatient("Eleanor", "Whitfield", Date(1947, 6, 19), Sex::Female, KneeOsteoarthritis, OverFiveYears,
            { Osteoporosis, FallsRisk }, 70, "Osteoporosis (T-score -2.8); one fall last winter.",
            "Lives alone, two flights of stairs at home. Uses a stick outdoors. Keen to keep independent.",
            "+44 7700 900654"),
        makePatient("Kwame", "Mensah", Date(1990, 2, 14), Sex::Male, NeckPain, ThreeToSixMonths, {}, 60, "",
            "Software developer, long hours at a laptop. Neck and upper back pain late in the day. "
            "Cycles at weekends.",
            "", "kwame.mensah@example.com"),
        makePatient("Sofia", "Rossi", Date(1994, 8, 30), Sex::Female, ChronicLowBackPain, SixToTwelveMonths,
            { Pregnancy }, 74, "Pregnant, 22 weeks at first visit; midwife aware of the exercise plan.",
            "Pregnancy-related low back and pelvic girdle pain. Wants to keep walking the dog daily.",
            "+44 7700 900987"),
        makePatient("Hannah", "Müller", Date(1971, 12, 5), Sex::Female, WidespreadPain, OverFiveYears, { Diabetes }, 80,
            "Type 2 diabetes; check blood glucose before longer sessions.",
            "Widespread pain and low mood after a long period off work. Deconditioned; gets breathless on "
            "one flight of stairs. Goal: return to her choir.",
            "+44 7700 900111"),
        makePatient("José", "Fernández", Date(1966, 3, 22), Sex::Male, ChronicLowBackPain, OverFiveYears,
            { RecentSurgery }, 68, "Lumbar decompression (L4/5) 10 weeks ago; surgeon cleared graded exercise.",
            "Taxi driver; sitting tolerance 40 minutes. Would like to drive a full shift with breaks.",
            "+44 7700 900222"),
        makePatient("Aiko", "Tanaka", Date(1983, 5, 9), Sex::Female, NeckPain, OneToFiveYears, {}, 66,
            "Headaches with neck pain; no red flags on screening.",
            "Violinist. Pain after rehearsals longer than an hour. Wants to play a full concert.", "",
            "aiko.tanaka@example.org"),
        makePatient("Brian", "O'Connell", Date(1955, 10, 17), Sex::Male, KneeOsteoarthritis, OneToFiveYears,
            { Diabetes, Hypertension }, 76, "Type 2 diabetes; feet checked by podiatry.",
            "Both knees. Retired plumber. Wants to manage the stairs to his grandchildren's flat.", "+44 7700 900333"),
        makePatient("Grace", "Adeyemi", Date(1975, 7, 1), Sex::Female, Fibromyalgia, OneToFiveYears, {}, 82, "",
            "Nurse on night shifts. Flares after run of nights. Enjoys aqua classes.", "+44 7700 900444",
            "grace.adeyemi@example.com"),
        makePatient("Lars", "Eriksson", Date(1961, 4, 4), Sex::Male, HipOsteoarthritis, ThreeToSixMonths, {}, 62,
            "Waiting list for hip replacement; prehabilitation plan.",
            "Right hip. Former runner. Cycling is comfortable; walking more than 20 minutes is not.",
            "+44 7700 900555"),
        makePatient("Priya", "Nair", Date(1998, 9, 12), Sex::Female, WidespreadPain, SixToTwelveMonths, {}, 70, "",
            "Student. Pain spread from the neck after a long-term illness. Anxious about exercise.", "",
            "priya.nair@example.net"),
        makePatient("Walter", "Schmidt", Date(1940, 1, 30), Sex::Male, Other, OverFiveYears,
            { CardiovascularDisease, FallsRisk, BetaBlockers }, 56,
            "Heart failure (stable, NYHA II); atenolol. Seated exercise preferred at first.",
            "Shoulder and hip pain; general deconditioning after a hospital stay.", "+44 7700 900666"),
    };
}

bool hasDemoClinic(Database& database)
{
    const auto value = database.setting(kSeededKey);
    return value && *value == "1";
}

Result<int> seedDemoClinic(Database& database)
{
    if (hasDemoClinic(database))
        return 0;
    PatientRepository patients(database);
    int added = 0;
    for (auto& patient : demoPatients()) {
        auto created = patients.create(std::move(patient));
        if (!created)
            return created.error();
        ++added;
    }
    if (auto status = database.setSetting(kSeededKey, "1"); !status)
        return status.error();
    spdlog::info("demo clinic seeded ({} patients)", added);
    return added;
}

} // namespace paceplan::storage
