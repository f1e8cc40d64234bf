// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;

namespace paceplan::storage {

/// An open SQLite connection; closes it when destroyed.
class Connection {
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };

    /// Opens `path`; throws StorageError with a code that tells what is wrong.
    Connection(const std::string& path, Mode mode);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    /// Runs one or more statements that return no rows.
    void execute(std::string_view sql);
    /// Runs a statement that returns one text value in its first row (a PRAGMA, say).
    std::string queryText(std::string_view sql);
    std::int64_t queryInt(std::string_view sql);
    std::int64_t lastInsertId() const;
    int changes() const;
    const std::string& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    /// Throws a StorageError for the SQLite result code `rc` with the connection's message.
    [[noreturn]] void fail(int rc, std::string_view what) const;

private:
    sqlite3* m_db = nullptr;
    std::string m_path;
};

} // namespace paceplan::storage
