// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/CaseloadMapping.h"

#include <algorithm>

namespace paceplan::core {

ChangeClass caseloadChangeClass(ChangeClassification classification)
{
    switch (classification) {
    case ChangeClassification::SubstantialImprovement:
    case ChangeClassification::MeaningfulImprovement:
        return ChangeClass::MeaningfulImprovement;
    case ChangeClassification::ImprovementBelowMcid:
        return ChangeClass::ImprovementBelowMcid;
    case ChangeClassification::NoChange:
        return ChangeClass::NoChange;
    case ChangeClassification::Worse:
        return ChangeClass::Worse;
    case ChangeClassification::ImprovementImportanceUnknown:
    case ChangeClassification::WorseImportanceUnknown:
    case ChangeClassification::NotInterpretable:
        return ChangeClass::Unknown;
    }
    return ChangeClass::Unknown;
}

std::vector<Date> scheduledSessionDates(const Plan& plan, const Date& first, const Date& last)
{
    std::vector<Date> dates;
    if (!plan.startDate.isValid() || !first.isValid() || !last.isValid() || plan.lengthWeeks < 1
        || plan.lengthWeeks > kMaxPlanWeeks)
        return dates;
    const Date planEnd = plan.startDate.addDays(plan.lengthWeeks * kDaysPerWeek - 1);
    const Date from = std::max(first, plan.startDate);
    const Date to = std::min(last, planEnd);
    for (Date day = from; day <= to; day = day.addDays(1)) {
        const int weekday = day.weekdayIndex();
        if (weekday >= 0 && weekday < kDaysPerWeek && !plan.days[static_cast<std::size_t>(weekday)].items.empty())
            dates.push_back(day);
    }
    return dates;
}

} // namespace paceplan::core
