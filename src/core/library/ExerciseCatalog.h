// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library/Exercise.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace paceplan::core {

/// Looks up exercises by their stable id; plan rules and checks read exercise facts through it.
class ExerciseCatalog {
public:
    virtual ~ExerciseCatalog() = default;
    /// The exercise with this id, or nullptr when there is none.
    virtual const Exercise* find(std::string_view id) const = 0;
};

/// An exercise catalog held in memory.
class InMemoryCatalog : public ExerciseCatalog {
public:
    InMemoryCatalog() = default;
    explicit InMemoryCatalog(std::vector<Exercise> exercises);

    const Exercise* find(std::string_view id) const override;
    /// Adds or replaces the exercise with the same id.
    void put(Exercise exercise);
    std::vector<const Exercise*> all() const;
    std::size_t size() const { return m_byId.size(); }

private:
    std::map<std::string, Exercise, std::less<>> m_byId;
};

} // namespace paceplan::core
