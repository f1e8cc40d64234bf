// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace paceplan::cli {

/// Command-line words split into positional words, options with values and switches.
class Args {
public:
    /// Parses `words`; options listed in `switches` take no value. Returns an error message on bad input.
    static std::optional<std::string> parse(
        const std::vector<std::string>& words, const std::set<std::string>& switches, Args& out);

    const std::vector<std::string>& positional() const { return m_positional; }
    std::string word(std::size_t index) const
    {
        return index < m_positional.size() ? m_positional[index] : std::string();
    }
    bool has(const std::string& option) const { return m_values.count(option) != 0 || m_switches.count(option) != 0; }
    std::optional<std::string> value(const std::string& option) const;
    std::vector<std::string> values(const std::string& option) const;
    /// Options given that are not in `known` (switches and valued ones), for "unknown option" errors.
    std::vector<std::string> unknown(const std::set<std::string>& known) const;

private:
    std::vector<std::string> m_positional;
    std::multimap<std::string, std::string> m_values;
    std::set<std::string> m_switches;
};

/// A whole number written in decimal with nothing else around it, or nothing.
std::optional<int> parseWholeNumber(const std::string& text);

/// The whole content of a file, or nothing when it cannot be read.
std::optional<std::string> readTextFile(const std::string& path);

} // namespace paceplan::cli
