// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <stdexcept>
#include <string>
#include <utility>

namespace paceplan::storage {

/// A failure inside the storage layer; thrown internally and turned into a core::Error at its boundary.
class StorageError : public std::runtime_error {
public:
    StorageError(core::ErrorCode code, std::string detail, std::string field = {})
        : std::runtime_error(detail), m_error { code, std::move(field), std::move(detail) }
    {
    }
    const core::Error& error() const { return m_error; }

private:
    core::Error m_error;
};

/// Runs `work` and returns its value, or the error it threw as a StorageError.
template <typename Work> auto guarded(Work&& work) -> core::Result<decltype(work())>
{
    try {
        if constexpr (std::is_void_v<decltype(work())>) {
            work();
            return {};
        } else {
            return work();
        }
    } catch (const StorageError& error) {
        return error.error();
    } catch (const std::bad_alloc&) {
        return core::makeError(core::ErrorCode::Io, {}, "out of memory");
    }
}

} // namespace paceplan::storage
