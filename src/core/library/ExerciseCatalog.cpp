// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/ExerciseCatalog.h"

namespace paceplan::core {

InMemoryCatalog::InMemoryCatalog(std::vector<Exercise> exercises)
{
    for (auto& exercise : exercises)
        put(std::move(exercise));
}

const Exercise* InMemoryCatalog::find(std::string_view id) const
{
    const auto it = m_byId.find(id);
    return it == m_byId.end() ? nullptr : &it->second;
}

void InMemoryCatalog::put(Exercise exercise)
{
    std::string key = exercise.id;
    m_byId.insert_or_assign(std::move(key), std::move(exercise));
}

std::vector<const Exercise*> InMemoryCatalog::all() const
{
    std::vector<const Exercise*> result;
    result.reserve(m_byId.size());
    for (const auto& [id, exercise] : m_byId)
        result.push_back(&exercise);
    return result;
}

} // namespace paceplan::core
