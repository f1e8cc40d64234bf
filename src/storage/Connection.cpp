// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Connection.h"

#include "storage/Statement.h"
#include "storage/StorageError.h"

#include <sqlite3.h>

namespace paceplan::storage {

namespace {

core::ErrorCode codeFor(int rc)
{
    switch (rc & 0xFF) {
    case SQLITE_NOTADB:
        return core::ErrorCode::NotADatabase;
    case SQLITE_CORRUPT:
        return core::ErrorCode::Damaged;
    case SQLITE_READONLY:
        return core::ErrorCode::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return core::ErrorCode::Busy;
    case SQLITE_CANTOPEN:
        return core::ErrorCode::FileNotFound;
    case SQLITE_CONSTRAINT:
        return core::ErrorCode::Conflict;
    case SQLITE_FULL:
    default:
        return core::ErrorCode::Io;
    }
}

} // namespace

Connection::Connection(const std::string& path, Mode mode) : m_path(path)
{
    int flags = SQLITE_OPEN_FULLMUTEX;
    switch (mode) {
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw StorageError(codeFor(rc), "cannot open database: " + message);
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Connection::~Connection()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

void Connection::execute(std::string_view sql)
{
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::string detail = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw StorageError(codeFor(rc), detail);
    }
}

std::string Connection::queryText(std::string_view sql)
{
    Statement statement(*this, sql);
    if (!statement.step())
        return {};
    return statement.text(0);
}

std::int64_t Connection::queryInt(std::string_view sql)
{
    Statement statement(*this, sql);
    if (!statement.step())
        return 0;
    return statement.int64(0);
}

std::int64_t Connection::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

void Connection::fail(int rc, std::string_view what) const
{
    throw StorageError(codeFor(rc), std::string(what) + ": " + sqlite3_errmsg(m_db));
}

} // namespace paceplan::storage
