// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <nlohmann/json.hpp>

#include <climits>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <type_traits>

/// Small readers for JSON documents that report a wrong or missing value as a core::Error naming its path.
namespace paceplan::interop::json_read {

using core::ErrorCode;
using core::makeError;
using core::Result;
using core::Status;
using nlohmann::json;

/// The first error of several reads, or success.
inline Status firstError(std::initializer_list<Status> results)
{
    for (const auto& result : results)
        if (!result)
            return result;
    return {};
}

/// The value under `key`, or nullptr when it is missing or null.
inline const json* member(const json& object, const char* key)
{
    const auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

/// The path of `key` inside `path`: "plan.days[0]" + "type" → "plan.days[0].type".
inline std::string at(const std::string& path, const char* key)
{
    return path.empty() ? std::string(key) : path + "." + key;
}

/// Reads a string; missing is fine unless required, another type is InvalidFormat.
inline Status readString(
    const json& object, const char* key, std::string& target, const std::string& path, bool required = false)
{
    const json* value = member(object, key);
    if (!value)
        return required ? Status(makeError(ErrorCode::Required, at(path, key))) : Status();
    if (!value->is_string())
        return makeError(ErrorCode::InvalidFormat, at(path, key), "expected a string");
    target = value->get<std::string>();
    return {};
}

/// Reads a whole number that fits 64 bits.
inline Status readLong(
    const json& object, const char* key, std::int64_t& target, const std::string& path, bool required)
{
    const json* value = member(object, key);
    if (!value)
        return required ? Status(makeError(ErrorCode::Required, at(path, key))) : Status();
    if (!value->is_number_integer())
        return makeError(ErrorCode::InvalidFormat, at(path, key), "expected a whole number");
    if (value->is_number_unsigned() && value->get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX))
        return makeError(ErrorCode::OutOfRange, at(path, key));
    target = value->get<std::int64_t>();
    return {};
}

/// Reads a whole number that fits an int; larger ones are OutOfRange.
inline Status readInt(const json& object, const char* key, int& target, const std::string& path, bool required = false)
{
    std::int64_t wide = target;
    if (auto status = readLong(object, key, wide, path, required); !status)
        return status;
    if (wide < INT_MIN || wide > INT_MAX)
        return makeError(ErrorCode::OutOfRange, at(path, key));
    target = static_cast<int>(wide);
    return {};
}

/// Reads any number; a missing value leaves the target as it is.
inline Status readDouble(const json& object, const char* key, double& target, const std::string& path)
{
    const json* value = member(object, key);
    if (!value)
        return {};
    if (!value->is_number())
        return makeError(ErrorCode::InvalidFormat, at(path, key), "expected a number");
    target = value->get<double>();
    return {};
}

/// Reads an int or double into an optional, which is reset when the key is missing.
template <typename T>
inline Status readOptional(const json& object, const char* key, std::optional<T>& target, const std::string& path)
{
    if (!member(object, key)) {
        target.reset();
        return {};
    }
    T value {};
    Status status;
    if constexpr (std::is_same_v<T, int>)
        status = readInt(object, key, value, path);
    else
        status = readDouble(object, key, value, path);
    if (status)
        target = value;
    return status;
}

/// Reads a stable code and turns it into its enum value; an unknown code is InvalidValue.
template <typename Enum, typename Parse>
inline Status readCode(
    const json& object, const char* key, Enum& target, Parse parse, const std::string& path, bool required = false)
{
    std::string code;
    if (auto status = readString(object, key, code, path, required); !status)
        return status;
    if (code.empty())
        return required ? Status(makeError(ErrorCode::Required, at(path, key))) : Status();
    const auto value = parse(code);
    if (!value)
        return makeError(ErrorCode::InvalidValue, at(path, key), code);
    target = *value;
    return {};
}

/// The array under `key` (nullptr when missing), or InvalidFormat when it is not an array.
inline Result<const json*> readArray(const json& object, const char* key, const std::string& path)
{
    const json* value = member(object, key);
    if (value && !value->is_array())
        return makeError(ErrorCode::InvalidFormat, at(path, key), "expected an array");
    return value;
}

/// Success when `value` is a JSON object.
inline Status requireObject(const json& value, const std::string& path)
{
    if (!value.is_object())
        return makeError(ErrorCode::InvalidFormat, path, "expected an object");
    return {};
}

} // namespace paceplan::interop::json_read
