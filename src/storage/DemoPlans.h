// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DocumentCodec.h"
#include "core/Result.h"
#include "storage/TemplateRepository.h"

#include <vector>

namespace paceplan::storage {

class Database;

/// Gives most demo patients a plan made from the fitting template, personalised and started 2-10 weeks
/// before the database clock's today: revision 1 activated after a clear screening, some with an edited and
/// activated revision 2, one with a draft revision 2 pending and one printed. Runs once per database (later
/// calls return 0), needs the demo clinic (without it nothing is seeded), and skips a patient whose template is not in
/// `templates`. Returns how many plans were created.
core::Result<int> seedDemoPlans(
    Database& database, const core::DocumentCodec& codec, const std::vector<PlanTemplate>& templates);

} // namespace paceplan::storage
