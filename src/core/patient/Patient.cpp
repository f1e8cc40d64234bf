// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/patient/Patient.h"

#include <algorithm>
#include <array>
#include <utility>

namespace paceplan::core {

namespace {

template <typename Enum, std::size_t N>
const char* codeOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [entry, code] : table)
        if (entry == value)
            return code;
    return table.front().second;
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& table, std::string_view code)
{
    for (const auto& [entry, text] : table)
        if (code == text)
            return entry;
    return std::nullopt;
}

template <typename Enum, std::size_t N>
std::vector<Enum> valuesOf(const std::array<std::pair<Enum, const char*>, N>& table)
{
    std::vector<Enum> values;
    values.reserve(N);
    for (const auto& entry : table)
        values.push_back(entry.first);
    return values;
}

constexpr std::array<std::pair<Sex, const char*>, 4> kSexes { { { Sex::Female, "female" }, { Sex::Male, "male" },
    { Sex::Other, "other" }, { Sex::Unknown, "unknown" } } };

constexpr std::array<std::pair<PrimaryCondition, const char*>, 7> kConditions {
    { { PrimaryCondition::ChronicLowBackPain, "chronic-low-back-pain" }, { PrimaryCondition::NeckPain, "neck-pain" },
        { PrimaryCondition::KneeOsteoarthritis, "knee-oa" }, { PrimaryCondition::HipOsteoarthritis, "hip-oa" },
        { PrimaryCondition::Fibromyalgia, "fibromyalgia" }, { PrimaryCondition::WidespreadPain, "widespread-pain" },
        { PrimaryCondition::Other, "other" } }
};

constexpr std::array<std::pair<PainDuration, const char*>, 5> kDurations { { { PainDuration::Unknown, "unknown" },
    { PainDuration::ThreeToSixMonths, "3-6-months" }, { PainDuration::SixToTwelveMonths, "6-12-months" },
    { PainDuration::OneToFiveYears, "1-5-years" }, { PainDuration::OverFiveYears, "over-5-years" } } };

constexpr std::array<std::pair<Precaution, const char*>, 8> kPrecautions {
    { { Precaution::BetaBlockers, "beta-blockers" }, { Precaution::CardiovascularDisease, "cardiovascular-disease" },
        { Precaution::Diabetes, "diabetes" }, { Precaution::Osteoporosis, "osteoporosis" },
        { Precaution::Pregnancy, "pregnancy" }, { Precaution::RecentSurgery, "recent-surgery" },
        { Precaution::Hypertension, "hypertension" }, { Precaution::FallsRisk, "falls-risk" } }
};

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
