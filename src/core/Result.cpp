// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Result.h"

namespace paceplan::core {

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Required:
        return "required";
    case ErrorCode::TooLong:
        return "too_long";
    case ErrorCode::OutOfRange:
        return "out_of_range";
    case ErrorCode::InvalidFormat:
        return "invalid_format";
    case ErrorCode::InvalidValue:
        return "invalid_value";
    case ErrorCode::Inconsistent:
        return "inconsistent";
    case ErrorCode::NotFound:
        return "not_found";
    case ErrorCode::Conflict:
        return "conflict";
    case ErrorCode::FileNotFound:
        return "file_not_found";
    case ErrorCode::FolderNotWritable:
        return "folder_not_writable";
    case ErrorCode::ReadOnly:
        return "read_only";
    case ErrorCode::NotADatabase:
        return "not_a_database";
    case ErrorCode::Damaged:
        return "damaged";
    case ErrorCode::NewerSchema:
        return "newer_schema";
    case ErrorCode::MigrationFailed:
        return "migration_failed";
    case ErrorCode::Busy:
        return "busy";
    case ErrorCode::BackupFailed:
        return "backup_failed";
    case ErrorCode::Io:
        return "io";
    case ErrorCode::ParseError:
        return "parse_error";
    case ErrorCode::Unsupported:
        return "unsupported";
    case ErrorCode::NotScorable:
        return "not_scorable";
    }
    return "unknown";
}

} // namespace paceplan::core
