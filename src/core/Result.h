// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace paceplan::core {

/// The kinds of failure that core and storage report; the GUI turns each into a plain-language message.
enum class ErrorCode {
    // Validation of domain values.
    Required, ///< A required value is empty.
    TooLong, ///< A text is longer than allowed.
    OutOfRange, ///< A number or date lies outside its allowed range.
    InvalidFormat, ///< A value does not have the expected form (email, date, uuid, ...).
    InvalidValue, ///< A value is not one of the allowed choices.
    Inconsistent, ///< Values contradict each other.
    // Storage and files.
    NotFound, ///< The requested record does not exist.
    Conflict, ///< The record was changed or removed by someone else, or a unique key clashes.
    FileNotFound, ///< The file or its folder does not exist.
    FolderNotWritable, ///< The folder cannot be written to.
    ReadOnly, ///< The database file or its folder is read-only.
    NotADatabase, ///< The file exists but is not a SQLite database.
    Damaged, ///< The database failed its integrity check.
    NewerSchema, ///< The database was written by a newer PacePlan.
    MigrationFailed, ///< A schema upgrade step failed; the database was left unchanged.
    Busy, ///< Another program holds the database locked.
    BackupFailed, ///< A backup could not be written.
    Io, ///< Some other input/output or database error.
    // Parsing and interchange.
    ParseError, ///< Input text could not be parsed.
    Unsupported, ///< The input uses a version or feature this build does not know.
    NotScorable, ///< A questionnaire has too many missing answers to be scored.
};

/// A failure: what went wrong (a code), which field or thing it concerns, and a technical detail.
struct Error {
    ErrorCode code = ErrorCode::Io;
    std::string field; ///< The field or subject the error concerns, e.g. "email"; empty when none.
    std::string detail; ///< A technical detail for logs and developers; never patient data.
};

/// A value or an error.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) { } // NOLINT(google-explicit-constructor)
    Result(Error error) : m_state(std::move(error)) { } // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const&
    {
        assert(ok());
        return std::get<T>(m_state);
    }
    T& value() &
    {
        assert(ok());
        return std::get<T>(m_state);
    }
    T&& value() &&
    {
        assert(ok());
        return std::get<T>(std::move(m_state));
    }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const
    {
        assert(!ok());
        return std::get<Error>(m_state);
    }
    /// The value, or `fallback` on error.
    T value_or(T fallback) const& { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_state;
};

/// Success without a value, or an error.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) { } // NOLINT(google-explicit-constructor)

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const Error& error() const
    {
        assert(!ok());
        return m_error;
    }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

/// Makes an Error in one expression.
inline Error makeError(ErrorCode code, std::string field = {}, std::string detail = {})
{
    return Error { code, std::move(field), std::move(detail) };
}

/// A stable, English identifier of an error code, for logs, JSON output and tests.
const char* errorCodeName(ErrorCode code);

} // namespace paceplan::core
