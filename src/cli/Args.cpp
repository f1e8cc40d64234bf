// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Args.h"

#include <charconv>
#include <fstream>
#include <iterator>

namespace paceplan::cli {

std::optional<int> parseWholeNumber(const std::string& text)
{
    int value = 0;
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

std::optional<std::string> readTextFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::optional<std::string> Args::parse(
    const std::vector<std::string>& words, const std::set<std::string>& switches, Args& out)
{
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (word == "-h") {
            out.m_switches.insert("--help");
            continue;
        }
        if (word.rfind("--", 0) != 0 || word == "--") {
            out.m_positional.push_back(word);
            continue;
        }
        const auto equals = word.find('=');
        const std::string name = word.substr(0, equals);
        if (switches.count(name) != 0) {
            if (equals != std::string::npos)
                return "option " + name + " takes no value";
            out.m_switches.insert(name);
        } else if (equals != std::string::npos) {
            out.m_values.emplace(name, word.substr(equals + 1));
        } else if (i + 1 < words.size()) {
            out.m_values.emplace(name, words[++i]);
        } else {
            return "option " + name + " needs a value";
        }
    }
    return std::nullopt;
}

std::optional<std::string> Args::value(const std::string& option) const
{
    const auto it = m_values.find(option);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

std::vector<std::string> Args::values(const std::string& option) const
{
    std::vector<std::string> out;
    const auto [begin, end] = m_values.equal_range(option);
    for (auto it = begin; it != end; ++it)
        out.push_back(it->second);
    return out;
}

std::vector<std::string> Args::unknown(const std::set<std::string>& known) const
{
    std::vector<std::string> out;
    for (const auto& [name, value] : m_values)
        if (known.count(name) == 0)
            out.push_back(name);
    for (const auto& name : m_switches)
        if (known.count(name) == 0)
            out.push_back(name);
    return out;
}

} // namespace paceplan::cli
