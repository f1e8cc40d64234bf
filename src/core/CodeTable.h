// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace paceplan::core::codes {

/// A fixed table pairing each value of an enum with its stable text code.
template <typename Enum, std::size_t N> using CodeTable = std::array<std::pair<Enum, const char*>, N>;

/// The code of `value` in `table`; the first entry's code when the value is missing.
template <typename Enum, std::size_t N> const char* codeOf(const CodeTable<Enum, N>& table, Enum value)
{
    for (const auto& [entry, code] : table)
        if (entry == value)
            return code;
    return table.front().second;
}

/// The value whose code is `code`, or nothing for an unknown code.
template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const CodeTable<Enum, N>& table, std::string_view code)
{
    for (const auto& [entry, text] : table)
        if (code == text)
            return entry;
    return std::nullopt;
}

/// All values of `table`, in table order.
template <typename Enum, std::size_t N> std::vector<Enum> valuesOf(const CodeTable<Enum, N>& table)
{
    std::vector<Enum> values;
    values.reserve(N);
    for (const auto& entry : table)
        values.push_back(entry.first);
    return values;
}

} // namespace paceplan::core::codes
