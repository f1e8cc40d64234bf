// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/InstrumentRegistry.h"
#include "core/outcomes/ScoringRules.h"

#include <catch2/catch.hpp>

using namespace paceplan::core;

TEST_CASE("A single rating is its own score and missing makes it unscorable", "[core][outcomes][scoring]")
{
    for (const char* code : { "nprs", "pgic" }) {
        CAPTURE(code);
        const Instrument* instrument = InstrumentRegistry::standard().find(code);
        REQUIRE(instrument != nullptr);

        const ScoreResult rated = scoring::singleRatingScore(*instrument, { 3.0 });
        CHECK(rated.scorable);
        REQUIRE(rated.score);
        CHECK(*rated.score == 3.0);
        CHECK(rated.flags.empty());

        const ScoreResult missing = scoring::singleRatingScore(*instrument, { std::nullopt });
        CHECK_FALSE(missing.scorable);
        CHECK_FALSE(missing.score);
        CHECK(missing.notScorableReason == "the single rating is missing");
    }
}
