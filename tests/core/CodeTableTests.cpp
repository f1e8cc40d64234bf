// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CodeTable.h"

#include <catch2/catch.hpp>

#include <string>

using namespace paceplan::core::codes;

namespace {

enum class Colour { Red, Green, Blue, Unlisted };

constexpr CodeTable<Colour, 3> kColours { { { Colour::Red, "red" }, { Colour::Green, "green" },
    { Colour::Blue, "blue" } } };

} // namespace

TEST_CASE("A code table maps values to codes and back", "[core][codes]")
{
    CHECK(std::string(codeOf(kColours, Colour::Green)) == "green");
    CHECK(std::string(codeOf(kColours, Colour::Blue)) == "blue");
    CHECK(valueOf(kColours, "red") == Colour::Red);
    CHECK(valueOf(kColours, "blue") == Colour::Blue);
}

TEST_CASE("A code table falls back to its first code and rejects unknown codes", "[core][codes]")
{
    CHECK(std::string(codeOf(kColours, Colour::Unlisted)) == "red");
    CHECK_FALSE(valueOf(kColours, "purple"));
    CHECK_FALSE(valueOf(kColours, ""));
    CHECK_FALSE(valueOf(kColours, "Red"));
}

TEST_CASE("A code table lists its values in table order", "[core][codes]")
{
    CHECK(valuesOf(kColours) == std::vector { Colour::Red, Colour::Green, Colour::Blue });
}
