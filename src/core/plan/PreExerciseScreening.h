// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Date.h"
#include "core/Result.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paceplan::core {

/// An answer to one general PAR-Q+ question; stored by its stable code.
enum class ParqAnswer { Unanswered, No, Yes };

/// How a "yes" was settled (REFERENCE §5.1): every follow-up question answered no, or medical clearance.
enum class ParqResolution { None, FollowUpsAllNo, MedicalClearance };

/// A red flag of spinal pain (REFERENCE §5.3), stored by its stable code.
enum class RedFlag {
    SaddleNumbness,
    BladderChange,
    BowelChange,
    BilateralSciatica,
    SevereLegWeakness,
    CancerHistory,
    UnexplainedWeightLoss,
    NightPain,
    AgeAtOnset,
    FeverUnwell,
    Immunosuppression,
    InjectingDrugUse,
    RecentInfection,
    MajorTrauma,
    MinorTraumaFragileBone,
    StructuralDeformity,
    PulsatingAbdominalMass,
    InflammatoryCondition,
    ProgressiveNeuroDeficit,
};

/// The condition a red flag suggests (REFERENCE §5.3 rows).
enum class RedFlagGroup {
    CaudaEquina,
    Malignancy,
    Infection,
    Fracture,
    AorticAneurysm,
    InflammatoryDisease,
    NeurologicalDeficit
};

/// How soon a red flag needs referral (REFERENCE §5.3, typical UK pathway).
enum class Urgency { Emergency, UrgentSameDay, Urgent, Routine };

/// Why activation is blocked.
enum class BlockReasonKind { ParqUnanswered, ParqYes, RedFlagPresent };

inline constexpr int kParqQuestionCount = 7;
inline constexpr const char* kParqFormVersion = "PAR-Q+ 2023";
inline constexpr int kMaxScreeningTextLength = 2000;

/// The answer to one PAR-Q+ question with how a "yes" was settled.
struct ParqEntry {
    ParqAnswer answer = ParqAnswer::Unanswered;
    ParqResolution resolution = ParqResolution::None;
    std::string resolutionNote; ///< For example who gave clearance and when.

    friend bool operator==(const ParqEntry&, const ParqEntry&) = default;
};

/// The pre-exercise screening done before a plan is activated: PAR-Q+ answers by question number, the red
/// flags found, and a clinician's override with a written reason.
struct PreExerciseScreening {
    std::string formVersion = kParqFormVersion;
    Date screenedOn;
    std::map<int, ParqEntry> parq; ///< Question number (1-7) → answer; a missing number is unanswered.
    std::vector<RedFlag> redFlags; ///< The red flags present.
    std::string overrideReason; ///< Non-empty when the clinician overrides a block.

    /// The answer to question `number`, Unanswered when there is none.
    ParqAnswer answer(int number) const;

    friend bool operator==(const PreExerciseScreening&, const PreExerciseScreening&) = default;
};

/// One reason that blocks activation.
struct BlockReason {
    BlockReasonKind kind = BlockReasonKind::ParqUnanswered;
    int question = 0; ///< With a PAR-Q+ reason.
    std::optional<RedFlag> flag; ///< With RedFlagPresent.
    std::string message; ///< A plain sentence for the clinician.

    friend bool operator==(const BlockReason&, const BlockReason&) = default;
};

/// Whether a plan may be activated after this screening.
struct ActivationDecision {
    bool blocked = false; ///< True when activation must not go ahead.
    bool overridden = false; ///< True when reasons exist and the clinician's written override lets it go ahead.
    bool overrideAllowed = true; ///< False with a cauda equina flag: that needs emergency care, not an override.
    std::vector<BlockReason> reasons;
};

/// Decides activation: any unanswered question, unresolved "yes" or red flag blocks it, unless a written
/// override exists and is allowed. A cauda equina flag can never be overridden (REFERENCE §5.3, DESIGN).
ActivationDecision assessActivation(const PreExerciseScreening& screening);

/// The screening with an override reason; fails when the reason is blank or too long, or when the
/// screening holds a flag that cannot be overridden.
Result<PreExerciseScreening> withOverride(PreExerciseScreening screening, std::string_view reason);

/// Every problem with a screening record: question numbers outside 1-7, a resolution on an answer that is
/// not "yes", a repeated red flag, texts too long.
std::vector<Error> validateScreening(const PreExerciseScreening& screening);

/// Every red flag, in the order of REFERENCE §5.3.
const std::vector<RedFlag>& allRedFlags();
/// The condition a red flag belongs to.
RedFlagGroup redFlagGroup(RedFlag flag);
/// How soon a red flag needs referral.
Urgency redFlagUrgency(RedFlag flag);
/// A plain description of a red flag for the clinician.
const char* redFlagDescription(RedFlag flag);
/// A plain name of the condition a group suggests, such as "cauda equina syndrome".
const char* redFlagGroupName(RedFlagGroup group);

/// Stable codes for storage and JSON; the FromCode functions give nothing for an unknown code.
const char* parqAnswerCode(ParqAnswer answer);
std::optional<ParqAnswer> parqAnswerFromCode(std::string_view code);
const char* parqResolutionCode(ParqResolution resolution);
std::optional<ParqResolution> parqResolutionFromCode(std::string_view code);
const char* redFlagCode(RedFlag flag);
std::optional<RedFlag> redFlagFromCode(std::string_view code);
const char* redFlagGroupCode(RedFlagGroup group);
const char* urgencyCode(Urgency urgency);
const char* blockReasonCode(BlockReasonKind kind);

} // namespace paceplan::core
