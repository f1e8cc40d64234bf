// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/SessionLog.h"

#include "core/CodeTable.h"

namespace paceplan::core {

namespace {

using namespace codes;

constexpr CodeTable<SessionStatus, 4> kStatuses { { { SessionStatus::Done, "done" },
    { SessionStatus::Partly, "partly" }, { SessionStatus::Skipped, "skipped" },
    { SessionStatus::NotLogged, "not_logged" } } };

constexpr CodeTable<PainMoment, 4> kMoments { { { PainMoment::Before, "before" }, { PainMoment::During, "during" },
    { PainMoment::After, "after" }, { PainMoment::NextMorning, "next_morning" } } };

} // namespace

std::optional<int> SessionLog::pain(PainMoment moment) const
{
    switch (moment) {
    case PainMoment::Before:
        return painBefore;
    case PainMoment::During:
        return painDuring;
    case PainMoment::After:
        return painAfter;
    case PainMoment::NextMorning:
        return painNextMorning;
    }
    return std::nullopt;
}

const std::vector<SessionStatus>& allSessionStatuses()
{
    static const auto values = valuesOf(kStatuses);
    return values;
}

const std::vector<PainMoment>& allPainMoments()
{
    static const auto values = valuesOf(kMoments);
    return values;
}

const char* sessionStatusCode(SessionStatus value)
{
    return codeOf(kStatuses, value);
}
const char* painMomentCode(PainMoment value)
{
    return codeOf(kMoments, value);
}
std::optional<SessionStatus> sessionStatusFromCode(std::string_view code)
{
    return valueOf(kStatuses, code);
}
std::optional<PainMoment> painMomentFromCode(std::string_view code)
{
    return valueOf(kMoments, code);
}

} // namespace paceplan::core
