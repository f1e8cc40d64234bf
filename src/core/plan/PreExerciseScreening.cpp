// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/PreExerciseScreening.h"

#include "core/CodeTable.h"
#include "core/patient/PatientValidation.h"
#include "core/text/Utf8.h"

#include <algorithm>
#include <array>

namespace paceplan::core {

namespace {

// One row per red flag: code, condition group, urgency and a plain description (REFERENCE §5.3).
struct FlagInfo {
    RedFlag flag;
    const char* code;
    RedFlagGroup group;
    Urgency urgency;
    const char* description;
};

constexpr std::array<FlagInfo, 19> kFlags { {
    { RedFlag::SaddleNumbness, "saddle-numbness", RedFlagGroup::CaudaEquina, Urgency::Emergency,
        "Numbness or changed feeling around the back passage, genitals or inner thighs" },
    { RedFlag::BladderChange, "bladder-change", RedFlagGroup::CaudaEquina, Urgency::Emergency,
        "New trouble passing urine, leaking urine, or not feeling when the bladder is full" },
    { RedFlag::BowelChange, "bowel-change", RedFlagGroup::CaudaEquina, Urgency::Emergency,
        "New loss of bowel control" },
    { RedFlag::BilateralSciatica, "bilateral-sciatica", RedFlagGroup::CaudaEquina, Urgency::Emergency,
        "Nerve pain going down both legs" },
    { RedFlag::SevereLegWeakness, "severe-leg-weakness", RedFlagGroup::CaudaEquina, Urgency::Emergency,
        "Severe or worsening leg weakness or numbness, or new trouble walking" },
    { RedFlag::CancerHistory, "cancer-history", RedFlagGroup::Malignancy, Urgency::Urgent, "A past history of cancer" },
    { RedFlag::UnexplainedWeightLoss, "unexplained-weight-loss", RedFlagGroup::Malignancy, Urgency::Urgent,
        "Weight loss with no clear reason" },
    { RedFlag::NightPain, "night-pain", RedFlagGroup::Malignancy, Urgency::Urgent,
        "Constant pain at night that does not ease with a change of position" },
    { RedFlag::AgeAtOnset, "age-at-onset", RedFlagGroup::Malignancy, Urgency::Urgent,
        "New back pain that started over age 50 or under age 20" },
    { RedFlag::FeverUnwell, "fever-unwell", RedFlagGroup::Infection, Urgency::UrgentSameDay,
        "Fever, chills or feeling generally unwell" },
    { RedFlag::Immunosuppression, "immunosuppression", RedFlagGroup::Infection, Urgency::UrgentSameDay,
        "A weak immune system, for example from long-term steroids, a transplant or HIV" },
    { RedFlag::InjectingDrugUse, "injecting-drug-use", RedFlagGroup::Infection, Urgency::UrgentSameDay,
        "Injecting drug use" },
    { RedFlag::RecentInfection, "recent-infection", RedFlagGroup::Infection, Urgency::UrgentSameDay,
        "A recent bacterial infection, such as a urine infection, or a deep wound" },
    { RedFlag::MajorTrauma, "major-trauma", RedFlagGroup::Fracture, Urgency::Urgent,
        "A major injury, such as a fall from a height or a road accident" },
    { RedFlag::MinorTraumaFragileBone, "minor-trauma-fragile-bone", RedFlagGroup::Fracture, Urgency::Urgent,
        "A minor fall or heavy lift in someone with thin bones, older age or long-term steroid use" },
    { RedFlag::StructuralDeformity, "structural-deformity", RedFlagGroup::Fracture, Urgency::Urgent,
        "A new change in the shape of the spine" },
    { RedFlag::PulsatingAbdominalMass, "pulsating-abdominal-mass", RedFlagGroup::AorticAneurysm, Urgency::Emergency,
        "A pulsing lump in the belly" },
    { RedFlag::InflammatoryCondition, "inflammatory-condition", RedFlagGroup::InflammatoryDisease, Urgency::Routine,
        "A known inflammatory condition with lasting, marked stiffness when bending the lower back" },
    { RedFlag::ProgressiveNeuroDeficit, "progressive-neuro-deficit", RedFlagGroup::NeurologicalDeficit,
        Urgency::UrgentSameDay, "Spreading or worsening nerve problems, such as a new foot drop" },
} };

constexpr codes::CodeTable<ParqAnswer, 3> kAnswerCodes { {
    { ParqAnswer::Unanswered, "unanswered" },
    { ParqAnswer::No, "no" },
    { ParqAnswer::Yes, "yes" },
} };

constexpr codes::CodeTable<ParqResolution, 3> kResolutionCodes { {
    { ParqResolution::None, "none" },
    { ParqResolution::FollowUpsAllNo, "follow-ups-all-no" },
    { ParqResolution::MedicalClearance, "medical-clearance" },
} };

constexpr codes::CodeTable<RedFlagGroup, 7> kGroupCodes { {
    { RedFlagGroup::CaudaEquina, "cauda-equina" },
    { RedFlagGroup::Malignancy, "malignancy" },
    { RedFlagGroup::Infection, "infection" },
    { RedFlagGroup::Fracture, "fracture" },
    { RedFlagGroup::AorticAneurysm, "aortic-aneurysm" },
    { RedFlagGroup::InflammatoryDisease, "inflammatory-disease" },
    { RedFlagGroup::NeurologicalDeficit, "neurological-deficit" },
} };

constexpr codes::CodeTable<Urgency, 4> kUrgencyCodes { {
    { Urgency::Emergency, "emergency" },
    { Urgency::UrgentSameDay, "urgent-same-day" },
    { Urgency::Urgent, "urgent" },
    { Urgency::Routine, "routine" },
} };

constexpr codes::CodeTable<BlockReasonKind, 3> kReasonCodes { {
    { BlockReasonKind::ParqUnanswered, "parq-unanswered" },
    { BlockReasonKind::ParqYes, "parq-yes" },
    { BlockReasonKind::RedFlagPresent, "red-flag" },
} };

const FlagInfo& infoOf(RedFlag flag)
{
    for (const auto& info : kFlags)
        if (info.flag == flag)
            return info;
    return kFlags.front();
}

const char* urgencyAdvice(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Emergency:
        return "send to emergency care today";
    case Urgency::UrgentSameDay:
        return "arrange an urgent review today";
    case Urgency::Urgent:
        return "refer urgently under local policy";
    case Urgency::Routine:
        return "refer for a specialist review";
    }
    return "refer";
}

} // namespace

ParqAnswer PreExerciseScreening::answer(int number) const
{
    const auto it = parq.find(number);
    return it == parq.end() ? ParqAnswer::Unanswered : it->second.answer;
}

ActivationDecision assessActivation(const PreExerciseScreening& screening)
{
    ActivationDecision decision;
    for (int number = 1; number <= kParqQuestionCount; ++number) {
        const auto it = screening.parq.find(number);
        const ParqEntry entry = it == screening.parq.end() ? ParqEntry {} : it->second;
        const std::string question = "PAR-Q+ question " + std::to_string(number);
        if (entry.answer == ParqAnswer::Unanswered)
            decision.reasons.push_back(
                { BlockReasonKind::ParqUnanswered, number, std::nullopt, question + " has no answer yet." });
        else if (entry.answer == ParqAnswer::Yes && entry.resolution == ParqResolution::None)
            decision.reasons.push_back({ BlockReasonKind::ParqYes, number, std::nullopt,
                question
                    + " was answered yes. Go through its follow-up questions or get "
                      "medical clearance before starting." });
    }
    for (const RedFlag flag : screening.redFlags) {
        const auto& info = infoOf(flag);
        decision.reasons.push_back({ BlockReasonKind::RedFlagPresent, 0, flag,
            std::string("Red flag: ") + info.description + ". It may point to " + redFlagGroupName(info.group) + ": "
                + urgencyAdvice(info.urgency) + "." });
        // A suspected cauda equina syndrome locks the plan (REFERENCE §5.3 DESIGN).
        if (info.group == RedFlagGroup::CaudaEquina)
            decision.overrideAllowed = false;
    }
    if (decision.reasons.empty())
        return decision;
    const bool hasOverride = !trimmed(screening.overrideReason).empty();
    decision.overridden = hasOverride && decision.overrideAllowed;
    decision.blocked = !decision.overridden;
    return decision;
}

Result<PreExerciseScreening> withOverride(PreExerciseScreening screening, std::string_view reason)
{
    std::string text = trimmed(reason);
    if (text.empty())
        return makeError(ErrorCode::Required, "overrideReason");
    if (!isValidUtf8(text))
        return makeError(ErrorCode::InvalidFormat, "overrideReason", "not UTF-8");
    if (utf8Length(text) > static_cast<std::size_t>(kMaxScreeningTextLength))
        return makeError(ErrorCode::TooLong, "overrideReason", std::to_string(kMaxScreeningTextLength));
    if (!assessActivation(screening).overrideAllowed)
        return makeError(ErrorCode::Inconsistent, "overrideReason", "a cauda equina flag cannot be overridden");
    screening.overrideReason = std::move(text);
    return screening;
}

std::vector<Error> validateScreening(const PreExerciseScreening& screening)
{
    std::vector<Error> errors;
    if (screening.formVersion.empty())
        errors.push_back(makeError(ErrorCode::Required, "formVersion"));
    for (const auto& [number, entry] : screening.parq) {
        const std::string field = "parq[" + std::to_string(number) + "]";
        if (number < 1 || number > kParqQuestionCount)
            errors.push_back(makeError(ErrorCode::OutOfRange, field, "1-7"));
        else if (entry.resolution != ParqResolution::None && entry.answer != ParqAnswer::Yes)
            errors.push_back(makeError(ErrorCode::Inconsistent, field + ".resolution", "only a yes is resolved"));
        if (utf8Length(entry.resolutionNote) > static_cast<std::size_t>(kMaxScreeningTextLength))
            errors.push_back(makeError(ErrorCode::TooLong, field + ".resolutionNote"));
    }
    for (std::size_t i = 0; i < screening.redFlags.size(); ++i) {
        const auto first = std::find(screening.redFlags.begin(), screening.redFlags.end(), screening.redFlags[i]);
        if (static_cast<std::size_t>(first - screening.redFlags.begin()) != i)
            errors.push_back(makeError(
                ErrorCode::Conflict, "redFlags[" + std::to_string(i) + "]", redFlagCode(screening.redFlags[i])));
    }
    if (utf8Length(screening.overrideReason) > static_cast<std::size_t>(kMaxScreeningTextLength))
        errors.push_back(makeError(ErrorCode::TooLong, "overrideReason"));
    return errors;
}

const std::vector<RedFlag>& allRedFlags()
{
    static const std::vector<RedFlag> flags = [] {
        std::vector<RedFlag> out;
        out.reserve(kFlags.size());
        for (const auto& info : kFlags)
            out.push_back(info.flag);
        return out;
    }();
    return flags;
}

RedFlagGroup redFlagGroup(RedFlag flag)
{
    return infoOf(flag).group;
}
Urgency redFlagUrgency(RedFlag flag)
{
    return infoOf(flag).urgency;
}
const char* redFlagDescription(RedFlag flag)
{
    return infoOf(flag).description;
}

const char* redFlagGroupName(RedFlagGroup group)
{
    switch (group) {
    case RedFlagGroup::CaudaEquina:
        return "cauda equina syndrome";
    case RedFlagGroup::Malignancy:
        return "a cancer in the spine";
    case RedFlagGroup::Infection:
        return "a spinal infection";
    case RedFlagGroup::Fracture:
        return "a broken bone in the spine";
    case RedFlagGroup::AorticAneurysm:
        return "an aortic aneurysm";
    case RedFlagGroup::InflammatoryDisease:
        return "an inflammatory joint disease";
    case RedFlagGroup::NeurologicalDeficit:
        return "nerve damage that is getting worse";
    }
    return "a serious condition";
}

const char* parqAnswerCode(ParqAnswer answer)
{
    return codes::codeOf(kAnswerCodes, answer);
}
std::optional<ParqAnswer> parqAnswerFromCode(std::string_view code)
{
    return codes::valueOf(kAnswerCodes, code);
}
const char* parqResolutionCode(ParqResolution resolution)
{
    return codes::codeOf(kResolutionCodes, resolution);
}
std::optional<ParqResolution> parqResolutionFromCode(std::string_view code)
{
    return codes::valueOf(kResolutionCodes, code);
}
const char* redFlagCode(RedFlag flag)
{
    return infoOf(flag).code;
}
std::optional<RedFlag> redFlagFromCode(std::string_view code)
{
    for (const auto& info : kFlags)
        if (code == info.code)
            return info.flag;
    return std::nullopt;
}
const char* redFlagGroupCode(RedFlagGroup group)
{
    return codes::codeOf(kGroupCodes, group);
}
const char* urgencyCode(Urgency urgency)
{
    return codes::codeOf(kUrgencyCodes, urgency);
}
const char* blockReasonCode(BlockReasonKind kind)
{
    return codes::codeOf(kReasonCodes, kind);
}

} // namespace paceplan::core
