// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/PreExerciseScreening.h"

#include <catch2/catch.hpp>

#include <functional>
#include <set>

using namespace paceplan::core;

namespace {

PreExerciseScreening allNo()
{
    PreExerciseScreening screening;
    screening.screenedOn = Date(2026, 1, 5);
    for (int number = 1; number <= kParqQuestionCount; ++number)
        screening.parq[number].answer = ParqAnswer::No;
    return screening;
}

std::vector<std::string> reasonCodes(const ActivationDecision& decision)
{
    std::vector<std::string> codes;
    for (const auto& reason : decision.reasons)
        codes.push_back(std::string(blockReasonCode(reason.kind)) + ":"
            + (reason.flag ? redFlagCode(*reason.flag) : std::to_string(reason.question)));
    return codes;
}

} // namespace

TEST_CASE("All seven answered no with no red flags allows activation", "[core][plan][screening]")
{
    const auto decision = assessActivation(allNo());
    CHECK_FALSE(decision.blocked);
    CHECK_FALSE(decision.overridden);
    CHECK(decision.reasons.empty());
    CHECK(validateScreening(allNo()).empty());
}

TEST_CASE("What blocks activation", "[core][plan][screening]")
{
    struct Row {
        const char* name;
        std::function<void(PreExerciseScreening&)> change;
        bool blocked;
        std::vector<std::string> reasons;
    };
    const auto row = GENERATE(values<Row>({
        { "an unanswered question", [](PreExerciseScreening& s) { s.parq.erase(4); }, true, { "parq-unanswered:4" } },
        { "an explicit unanswered", [](PreExerciseScreening& s) { s.parq[2].answer = ParqAnswer::Unanswered; }, true,
            { "parq-unanswered:2" } },
        { "an unresolved yes", [](PreExerciseScreening& s) { s.parq[6].answer = ParqAnswer::Yes; }, true,
            { "parq-yes:6" } },
        { "a yes resolved by follow-ups",
            [](PreExerciseScreening& s) {
                s.parq[6] = { ParqAnswer::Yes, ParqResolution::FollowUpsAllNo, {} };
            },
            false, {} },
        { "a yes resolved by clearance",
            [](PreExerciseScreening& s) {
                s.parq[1] = { ParqAnswer::Yes, ParqResolution::MedicalClearance, "GP letter 2026-01-02" };
            },
            false, {} },
        { "any red flag", [](PreExerciseScreening& s) { s.redFlags = { RedFlag::NightPain }; }, true,
            { "red-flag:night-pain" } },
        { "everything at once",
            [](PreExerciseScreening& s) {
                s.parq.clear();
                s.parq[3].answer = ParqAnswer::Yes;
                s.redFlags = { RedFlag::FeverUnwell };
            },
            true,
            { "parq-unanswered:1", "parq-unanswered:2", "parq-yes:3", "parq-unanswered:4", "parq-unanswered:5",
                "parq-unanswered:6", "parq-unanswered:7", "red-flag:fever-unwell" } },
    }));
    CAPTURE(row.name);
    auto screening = allNo();
    row.change(screening);
    const auto decision = assessActivation(screening);
    CHECK(decision.blocked == row.blocked);
    CHECK(reasonCodes(decision) == row.reasons);
    for (const auto& reason : decision.reasons)
        CHECK_FALSE(reason.message.empty());
}

TEST_CASE("A written override lets activation go ahead", "[core][plan][screening]")
{
    auto screening = allNo();
    screening.parq[5].answer = ParqAnswer::Yes;
    screening.redFlags = { RedFlag::CancerHistory };
    CHECK(assessActivation(screening).blocked);

    CHECK(withOverride(screening, "   ").error().code == ErrorCode::Required);
    CHECK(withOverride(screening, std::string(2001, 'a')).error().code == ErrorCode::TooLong);
    const auto overridden = withOverride(screening, "  Cancer treated 2015, oncologist agrees to exercise.  ");
    REQUIRE(overridden);
    CHECK(overridden->overrideReason == "Cancer treated 2015, oncologist agrees to exercise.");
    const auto decision = assessActivation(*overridden);
    CHECK_FALSE(decision.blocked);
    CHECK(decision.overridden);
    CHECK(decision.reasons.size() == 2); // the reasons stay visible

    // A reason with nothing to override changes nothing.
    auto clean = allNo();
    clean.overrideReason = "Not needed";
    CHECK_FALSE(assessActivation(clean).overridden);
}

TEST_CASE("A cauda equina flag cannot be overridden", "[core][plan][screening]")
{
    auto screening = allNo();
    screening.redFlags = { RedFlag::BladderChange };
    const auto refused = withOverride(screening, "Patient insists");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Inconsistent);

    screening.overrideReason = "Written by hand into the record";
    const auto decision = assessActivation(screening);
    CHECK(decision.blocked);
    CHECK_FALSE(decision.overridden);
    CHECK_FALSE(decision.overrideAllowed);
    CHECK(decision.reasons[0].message.find("emergency care today") != std::string::npos);
}

TEST_CASE("Screening records are validated", "[core][plan][screening]")
{
    auto screening = allNo();
    screening.parq[8].answer = ParqAnswer::No;
    screening.parq[2].resolution = ParqResolution::MedicalClearance;
    screening.redFlags = { RedFlag::NightPain, RedFlag::NightPain };
    const auto errors = validateScreening(screening);
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].field == "parq[2].resolution");
    CHECK(errors[0].code == ErrorCode::Inconsistent);
    CHECK(errors[1].field == "parq[8]");
    CHECK(errors[1].code == ErrorCode::OutOfRange);
    CHECK(errors[2].field == "redFlags[1]");
    CHECK(errors[2].code == ErrorCode::Conflict);
}

TEST_CASE("Red flags follow the reference table", "[core][plan][screening]")
{
    CHECK(allRedFlags().size() == 19);
    std::set<std::string> codes;
    for (const auto flag : allRedFlags()) {
        CHECK(redFlagFromCode(redFlagCode(flag)) == flag);
        CHECK(codes.insert(redFlagCode(flag)).second);
        CHECK(std::string(redFlagDescription(flag)).size() > 10);
    }
    CHECK(redFlagGroup(RedFlag::SaddleNumbness) == RedFlagGroup::CaudaEquina);
    CHECK(redFlagUrgency(RedFlag::SaddleNumbness) == Urgency::Emergency);
    CHECK(redFlagUrgency(RedFlag::RecentInfection) == Urgency::UrgentSameDay);
    CHECK(redFlagUrgency(RedFlag::InflammatoryCondition) == Urgency::Routine);
    CHECK(redFlagGroupCode(RedFlagGroup::AorticAneurysm) == std::string("aortic-aneurysm"));
    for (auto answer : { ParqAnswer::Unanswered, ParqAnswer::No, ParqAnswer::Yes })
        CHECK(parqAnswerFromCode(parqAnswerCode(answer)) == answer);
    for (auto resolution : { ParqResolution::None, ParqResolution::FollowUpsAllNo, ParqResolution::MedicalClearance })
        CHECK(parqResolutionFromCode(parqResolutionCode(resolution)) == resolution);
    CHECK_FALSE(redFlagFromCode("cauda-equina"));
}
