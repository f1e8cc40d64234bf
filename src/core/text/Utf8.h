// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace paceplan::core {

/// True when `text` is well-formed UTF-8.
bool isValidUtf8(std::string_view text);

/// The number of code points in UTF-8 text (invalid bytes count as one each).
std::size_t utf8Length(std::string_view text);

/// A search key: lower case with Latin accents removed ("Zoë Ångström" -> "zoe angstrom"), so that a
/// prefix search finds names however they were typed. Letters outside Latin are kept as they are.
std::string foldForSearch(std::string_view text);

} // namespace paceplan::core
