// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Date.h"
#include "core/Id.h"

#include <optional>
#include <string>
#include <vector>

namespace paceplan::core {

/// Sex as recorded for clinical reference values; stored by its code.
enum class Sex { Female, Male, Other, Unknown };

/// The main reason the person comes for physiotherapy.
enum class PrimaryCondition {
    ChronicLowBackPain,
    NeckPain,
    KneeOsteoarthritis,
    HipOsteoarthritis,
    Fibromyalgia,
    WidespreadPain,
    Other
};

/// How long the person has had pain.
enum class PainDuration { Unknown, ThreeToSixMonths, SixToTwelveMonths, OneToFiveYears, OverFiveYears };

/// A structured precaution that changes how exercise is prescribed.
enum class Precaution {
    BetaBlockers, ///< Heart rate responds less to effort: prefer the effort scale.
    CardiovascularDisease,
    Diabetes,
    Osteoporosis,
    Pregnancy,
    RecentSurgery,
    Hypertension,
    FallsRisk,
};

/// A person who receives exercise plans: identity, contact, clinical background and precautions.
struct Patient {
    PatientId id;
    std::string uuid;
    std::string givenName;
    std::string familyName;
    Date dateOfBirth;
    Sex sex = Sex::Unknown;
    std::string phone;
    std::string email;
    PrimaryCondition condition = PrimaryCondition::Other;
    PainDuration painDuration = PainDuration::Unknown;
    std::vector<Precaution> precautions;
    std::string precautionNotes; ///< Free text about other precautions.
    std::optional<int> restingHeartRate; ///< Beats per minute, 30-150.
    std::string clinicianNotes;
    bool archived = false;
    std::string createdAt; ///< UTC ISO-8601; set by storage.
    std::string updatedAt; ///< UTC ISO-8601; set by storage.

    std::string displayName() const; ///< "Family, Given".
    bool hasPrecaution(Precaution precaution) const;
    /// Age in completed years on `today`, or nothing without a date of birth.
    std::optional<int> ageOn(const Date& today) const;

    friend bool operator==(const Patient&, const Patient&) = default;
};

/// All values of each enum, in display order.
const std::vector<Sex>& allSexes();
const std::vector<PrimaryCondition>& allPrimaryConditions();
const std::vector<PainDuration>& allPainDurations();
const std::vector<Precaution>& allPrecautions();

/// Stable codes used in the database, JSON and the CLI; never translated.
const char* sexCode(Sex value);
const char* primaryConditionCode(PrimaryCondition value);
const char* painDurationCode(PainDuration value);
const char* precautionCode(Precaution value);
std::optional<Sex> sexFromCode(std::string_view code);
std::optional<PrimaryCondition> primaryConditionFromCode(std::string_view code);
std::optional<PainDuration> painDurationFromCode(std::string_view code);
std::optional<Precaution> precautionFromCode(std::string_view code);

} // namespace paceplan::core
