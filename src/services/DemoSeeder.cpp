// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DemoSeeder.h"

#include "services/Clinic.h"
#include "services/ShippedContent.h"
#include "storage/DemoClinic.h"
#include "storage/DemoHistory.h"
#include "storage/DemoPlans.h"
#include "storage/TemplateRepository.h"

namespace paceplan::services {

core::Result<DemoSeedResult> seedDemoClinic(Clinic& clinic)
{
    storage::Database& database = clinic.database();
    const core::DocumentCodec& codec = clinic.codec();
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
    clinic.exercisesChanged();
    return result;
}

} // namespace paceplan::services
