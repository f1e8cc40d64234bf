// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace paceplan::test {

/// One data row of a scoring table, keyed by column name.
struct TableRow {
    int line = 0;
    std::map<std::string, std::string> cells;

    /// The cell of this column, or "" when the column is absent.
    const std::string& operator[](const std::string& column) const;
};

/// A comma-separated table: a header line, then rows; lines starting with '#' are comments; a field in
/// double quotes may contain commas.
struct Table {
    std::vector<std::string> columns;
    std::vector<TableRow> rows;
    std::string error; ///< Set when the file could not be read.
};

/// Reads a table from a file.
Table readTable(const std::string& path);

/// Splits text at a separator, keeping empty fields.
std::vector<std::string> split(const std::string& text, char separator);

/// Parses a number written as a decimal or as a fraction "a/b"; nullopt for an empty cell.
std::optional<double> parseNumber(const std::string& text);

/// Parses "key=value;key=value" into a map; values stay text.
std::map<std::string, std::string> parsePairs(const std::string& text);

} // namespace paceplan::test
