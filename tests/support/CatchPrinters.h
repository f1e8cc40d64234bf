// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <catch2/catch.hpp>

namespace Catch {

/// Prints an error as "code field: detail" in failed assertions.
template <> struct StringMaker<paceplan::core::Error> {
    static std::string convert(const paceplan::core::Error& error)
    {
        return std::string("Error{") + paceplan::core::errorCodeName(error.code) + " " + error.field + ": "
            + error.detail + "}";
    }
};

/// Prints a result as "ok" or its error.
template <typename T> struct StringMaker<paceplan::core::Result<T>> {
    static std::string convert(const paceplan::core::Result<T>& result)
    {
        return result.ok() ? std::string("ok") : StringMaker<paceplan::core::Error>::convert(result.error());
    }
};

} // namespace Catch
