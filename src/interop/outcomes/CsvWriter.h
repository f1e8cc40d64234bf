// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace paceplan::interop {

/// Writes CSV text by RFC 4180: fields joined by commas, lines ended by CRLF, and a field that holds a comma,
/// a double quote, CR or LF wrapped in double quotes with each double quote doubled.
class CsvWriter {
public:
    /// One field, quoted when RFC 4180 requires it.
    static std::string field(std::string_view text);

    /// Appends one record.
    void addRow(const std::vector<std::string>& fields);

    /// The CSV text written so far.
    const std::string& text() const { return m_text; }

private:
    std::string m_text;
};

} // namespace paceplan::interop
