// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library/ExerciseCatalog.h"
#include "core/patient/Patient.h"
#include "core/plan/Plan.h"
#include "core/plan/Schedule.h"
#include "report/handout/HandoutContent.h"
#include "report/handout/HandoutOptions.h"

#include <QDate>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace paceplan::report {

/// Everything a handout is made from: one plan revision of one person, with what it refers to.
struct HandoutSource {
    core::Patient patient;
    core::Plan plan; ///< The revision to print.
    std::optional<core::Plan> previous; ///< The revision before it, for "what changed".
    core::InMemoryCatalog catalog; ///< The exercises the plan uses (or all).
    std::map<std::string, QList<HandoutPicture>> pictures; ///< The clinic's pictures by exercise id.
    std::vector<core::EducationTopic> topics; ///< The plan's topics, resolved.
    HandoutClinic clinic;
    bool draft = false; ///< A draft revision: the pages say "DRAFT".
};

/// The week of the plan that contains `today` (1 before the start, the last week after the end).
int currentPlanWeek(const core::Plan& plan, const QDate& today);

/// Turns a plan revision into handout content for the weeks `options` chooses, counted from the week that
/// contains `today`: the calendar, each exercise with its dose that week and how it builds up, the topics
/// and the changes since the previous revision.
HandoutContent assembleHandout(const HandoutSource& source, const HandoutOptions& options, const QDate& today);

} // namespace paceplan::report
