// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/patient/Patient.h"

#include "core/CodeTable.h"

#include <algorithm>

namespace paceplan::core {

namespace {

using namespace codes;

constexpr CodeTable<Sex, 4> kSexes { { { Sex::Female, "female" }, { Sex::Male, "male" }, { Sex::Other, "other" },
    { Sex::Unknown, "unknown" } } };

constexpr CodeTable<PrimaryCondition, 7> kConditions {
    { { PrimaryCondition::ChronicLowBackPain, "chronic-low-back-pain" }, { PrimaryCondition::NeckPain, "neck-pain" },
        { PrimaryCondition::KneeOsteoarthritis, "knee-oa" }, { PrimaryCondition::HipOsteoarthritis, "hip-oa" },
        { PrimaryCondition::Fibromyalgia, "fibromyalgia" }, { PrimaryCondition::WidespreadPain, "widespread-pain" },
        { PrimaryCondition::Other, "other" } }
};

constexpr CodeTable<PainDuration, 5> kDurations { { { PainDuration::Unknown, "unknown" },
    { PainDuration::ThreeToSixMonths, "3-6-months" }, { PainDuration::SixToTwelveMonths, "6-12-months" },
    { PainDuration::OneToFiveYears, "1-5-years" }, { PainDuration::OverFiveYears, "over-5-years" } } };

constexpr CodeTable<Precaution, 8> kPrecautions { { { Precaution::BetaBlockers, "beta-blockers" },
    { Precaution::CardiovascularDisease, "cardiovascular-disease" }, { Precaution::Diabetes, "diabetes" },
    { Precaution::Osteoporosis, "osteoporosis" }, { Precaution::Pregnancy, "pregnancy" },
    { Precaution::RecentSurgery, "recent-surgery" }, { Precaution::Hypertension, "hypertension" },
    { Precaution::FallsRisk, "falls-risk" } } };

} // namespace

std::string Patient::displayName() const
{
    if (familyName.empty())
        return givenName;
    if (givenName.empty())
        return familyName;
    return familyName + ", " + givenName;
}

bool Patient::hasPrecaution(Precaution precaution) const
{
    return std::find(precautions.begin(), precautions.end(), precaution) != precautions.end();
}

std::optional<int> Patient::ageOn(const Date& today) const
{
    if (!dateOfBirth.isValid() || !today.isValid())
        return std::nullopt;
    return dateOfBirth.yearsUntil(today);
}

const std::vector<Sex>& allSexes()
{
    static const auto values = valuesOf(kSexes);
    return values;
}
const std::vector<PrimaryCondition>& allPrimaryConditions()
{
    static const auto values = valuesOf(kConditions);
    return values;
}
const std::vector<PainDuration>& allPainDurations()
{
    static const auto values = valuesOf(kDurations);
    return values;
}
const std::vector<Precaution>& allPrecautions()
{
    static const auto values = valuesOf(kPrecautions);
    return values;
}

const char* sexCode(Sex value)
{
    return codeOf(kSexes, value);
}
const char* primaryConditionCode(PrimaryCondition value)
{
    return codeOf(kConditions, value);
}
const char* painDurationCode(PainDuration value)
{
    return codeOf(kDurations, value);
}
const char* precautionCode(Precaution value)
{
    return codeOf(kPrecautions, value);
}
std::optional<Sex> sexFromCode(std::string_view code)
{
    return valueOf(kSexes, code);
}
std::optional<PrimaryCondition> primaryConditionFromCode(std::string_view code)
{
    return valueOf(kConditions, code);
}
std::optional<PainDuration> painDurationFromCode(std::string_view code)
{
    return valueOf(kDurations, code);
}
std::optional<Precaution> precautionFromCode(std::string_view code)
{
    return valueOf(kPrecautions, code);
}

} // namespace paceplan::core
