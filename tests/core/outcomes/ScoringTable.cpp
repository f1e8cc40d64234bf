// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoringTable.h"

#include <fstream>
#include <stdexcept>

namespace paceplan::test {

const std::string& TableRow::operator[](const std::string& column) const
{
    static const std::string kEmpty;
    const auto it = cells.find(column);
    return it == cells.end() ? kEmpty : it->second;
}

std::vector<std::string> split(const std::string& text, char separator)
{
    std::vector<std::string> parts;
    std::string current;
    for (const char c : text) {
        if (c == separator) {
            parts.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.push_back(current);
    return parts;
}

namespace {

// Splits a CSV line; a field in double quotes may hold commas ("" inside quotes is one quote).
std::vector<std::string> splitCsv(const std::string& line)
{
    std::vector<std::string> fields;
    std::string current;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                current += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    fields.push_back(current);
    return fields;
}

} // namespace

Table readTable(const std::string& path)
{
    Table table;
    std::ifstream in(path);
    if (!in) {
        table.error = "cannot open " + path;
        return table;
    }
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty() || line.front() == '#')
            continue;
        const std::vector<std::string> fields = splitCsv(line);
        if (table.columns.empty()) {
            table.columns = fields;
            continue;
        }
        if (fields.size() != table.columns.size()) {
            table.error = path + ":" + std::to_string(number) + ": " + std::to_string(fields.size())
                + " fields, header has " + std::to_string(table.columns.size());
            return table;
        }
        TableRow row;
        row.line = number;
        for (std::size_t i = 0; i < fields.size(); ++i)
            row.cells[table.columns[i]] = fields[i];
        table.rows.push_back(std::move(row));
    }
    return table;
}

std::optional<double> parseNumber(const std::string& text)
{
    if (text.empty())
        return std::nullopt;
    const auto slash = text.find('/');
    if (slash != std::string::npos)
        return std::stod(text.substr(0, slash)) / std::stod(text.substr(slash + 1));
    std::size_t used = 0;
    const double value = std::stod(text, &used);
    if (used != text.size())
        throw std::invalid_argument("not a number: " + text);
    return value;
}

std::map<std::string, std::string> parsePairs(const std::string& text)
{
    std::map<std::string, std::string> pairs;
    if (text.empty())
        return pairs;
    for (const std::string& part : split(text, ';')) {
        const auto eq = part.find('=');
        if (eq == std::string::npos)
            pairs[part] = "";
        else
            pairs[part.substr(0, eq)] = part.substr(eq + 1);
    }
    return pairs;
}

} // namespace paceplan::test
