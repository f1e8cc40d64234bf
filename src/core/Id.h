// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN // Qt 6.4's moc cannot parse GCC 12's <compare>; moc does not need it.
#include <compare>
#endif
#include <cstdint>
#include <functional>

namespace paceplan::core {

/// A database row key that cannot be mixed up with the key of another kind of record.
template <typename Tag> class Id {
public:
    constexpr Id() = default;
    constexpr explicit Id(std::int64_t value) : m_value(value) { }

    constexpr bool isValid() const { return m_value > 0; }
    constexpr std::int64_t value() const { return m_value; }

    friend constexpr auto operator<=>(const Id&, const Id&) = default;

private:
    std::int64_t m_value = 0;
};

using PatientId = Id<struct PatientTag>;
using ExerciseId = Id<struct ExerciseTag>;
using PlanId = Id<struct PlanTag>;
using PlanRevisionId = Id<struct PlanRevisionTag>;
using TemplateId = Id<struct TemplateTag>;
using OutcomeId = Id<struct OutcomeTag>;
using SessionLogId = Id<struct SessionLogTag>;
using MediaId = Id<struct MediaTag>;

} // namespace paceplan::core

template <typename Tag> struct std::hash<paceplan::core::Id<Tag>> {
    std::size_t operator()(const paceplan::core::Id<Tag>& id) const noexcept
    {
        return std::hash<std::int64_t> {}(id.value());
    }
};
