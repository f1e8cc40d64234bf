// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/DemoSeeder.h"

#include "gui/ShippedContent.h"
#include "storage/DemoClinic.h"
#include "storage/DemoHistory.h"
#include "storage/DemoPlans.h"
#include "storage/TemplateRepository.h"

namespace paceplan::gui {

core::Result<DemoSeedResult> seedDemoClinic(storage::Database& database, const core::DocumentCodec& codec)
{
    DemoSeedResult result;
    if (auto merged = mergeShippedContent(database, codec); !merged)
        return merged.error();
    auto patients = storage::seedDemoClinic(database);
    if (!patients)
        return patients.error();
    result.patients = *patients;
    if (result.patients == 0)
        return result; // Seeded before: plans and history were added then.
    auto templates = storage::TemplateRepository(database, codec).list();
    if (!templates)
        return templates.error();
    auto plans = storage::seedDemoPlans(database, codec, *templates);
    if (!plans)
        return plans.error();
    result.plans = *plans;
    auto history = storage::seedDemoHistory(database, &codec);
    if (!history)
        return history.error();
    result.historyRecords = *history;
    return result;
}

} // namespace paceplan::gui
