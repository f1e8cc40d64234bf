// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace paceplan::storage {

/// A new random (version 4) UUID in lower-case canonical form.
std::string newUuid();

/// True for a UUID in canonical 8-4-4-4-12 hexadecimal form.
bool isUuid(std::string_view text);

} // namespace paceplan::storage
