// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DemoPlans.h"

#include "core/plan/PreExerciseScreening.h"
#include "core/plan/TemplatePersonalization.h"
#include "storage/Database.h"
#include "storage/DemoClinic.h"
#include "storage/ExerciseRepository.h"
#include "storage/PatientRepository.h"
#include "storage/PlanRepository.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>

namespace paceplan::storage {

using namespace paceplan::core;

namespace {

constexpr const char* kSeededKey = "demo_plans_seeded";
constexpr int kStampHour = 10; ///< The demo's revisions are written at 10:00 UTC on their day.
constexpr int kScreeningDaysBeforeStart = 3;

/// What happens to a demo plan after revision 1 is activated.
enum class Edit {
    None,
    MoreSets, ///< Revision 2 adds a second set to every strength exercise and is activated.
    Swap, ///< Revision 2 swaps one exercise for another and is activated.
    DraftPending, ///< Revision 2 adds a second set but waits as a draft.
    Printed, ///< Revision 1 is printed for the patient.
};

struct DemoPlanSpec {
    const char* givenName;
    const char* familyName;
    const char* templateCode;
    int currentWeek; ///< The week of the plan that today falls in.
    std::optional<int> walkingMinutes;
    std::optional<int> chairStands;
    const char* goals;
    Edit edit = Edit::None;
    const char* swapFrom = ""; ///< With Swap: the item key or the exercise id to replace.
    const char* swapTo = "";
};

const std::vector<DemoPlanSpec>& demoPlanSpecs()
{
    static const std::vector<DemoPlanSpec> specs {
        { "Margaret", "Okafor", "knee-oa", 6, 15, 10, "Walk to my allotment without stopping and kneel to weed.",
            Edit::MoreSets },
        { "Tomás", "Delgado", "chronic-low-back-pain", 4, 20, 14, "Lift my daughter and get back to five-a-side.",
            Edit::Printed },
        { "Zoë", "Ångström", "fibromyalgia", 8, 8, std::nullopt, "Get through a school day without crashing after it.",
            Edit::Swap, "walk-sat", "swimming-easy" },
        { "Rajesh", "Patel", "hip-oa", 3, 12, 9, "Walk nine holes of golf.", Edit::None },
        { "Eleanor", "Whitfield", "knee-oa", 5, 10, 6, "Manage my stairs safely and stay in my own home.",
            Edit::DraftPending },
        { "Kwame", "Mensah", "neck-pain", 2, 25, std::nullopt, "Finish a working day without neck pain.", Edit::None },
        { "Hannah", "Müller", "widespread-pain", 7, 6, 6, "Stand through a choir rehearsal.", Edit::MoreSets },
        { "José", "Fernández", "chronic-low-back-pain", 10, 15, 12, "Drive a full shift with short breaks.",
            Edit::None },
        { "Aiko", "Tanaka", "neck-pain", 9, 20, std::nullopt, "Play a full concert without pain afterwards.",
            Edit::Swap, "wall-push-up", "counter-push-up" },
        { "Brian", "O'Connell", "knee-oa", 4, 12, 8, "Climb the stairs to my grandchildren's flat.", Edit::None },
        { "Grace", "Adeyemi", "fibromyalgia", 5, 12, std::nullopt, "Recover from a run of night shifts faster.",
            Edit::None },
        { "Lars", "Eriksson", "hip-oa", 6, 18, 12, "Stay strong for my hip operation.", Edit::Swap, "walk-mon",
            "stationary-cycling-easy" },
        { "Walter", "Schmidt", "widespread-pain", 2, 5, 5, "Walk to the post office again.", Edit::None },
    };
    return specs;
}

// A screening with every PAR-Q+ answer "no", except a settled "yes" to the heart question for a heart condition
// (medical clearance) or high blood pressure (every follow-up answered no).
PreExerciseScreening clearScreening(const Patient& patient, const Date& on)
{
    PreExerciseScreening screening;
    screening.screenedOn = on;
    for (int question = 1; question <= kParqQuestionCount; ++question)
        screening.parq[question] = ParqEntry { ParqAnswer::No, ParqResolution::None, {} };
    if (patient.hasPrecaution(Precaution::CardiovascularDisease))
        screening.parq[1] = ParqEntry { ParqAnswer::Yes, ParqResolution::MedicalClearance,
            "GP cleared moderate exercise by letter." };
    else if (patient.hasPrecaution(Precaution::Hypertension))
        screening.parq[1] = ParqEntry { ParqAnswer::Yes, ParqResolution::FollowUpsAllNo, {} };
    return screening;
}

void addSets(Plan& plan)
{
    for (auto& day : plan.days)
        for (auto& item : day.items)
            if (item.progression.kind() == RuleKind::DoubleProgression && item.dose.sets == 1) {
                item.dose.sets = 2;
                item.dose.restSeconds = 60;
            }
}

void swapExercise(Plan& plan, const std::string& from, const std::string& to)
{
    for (auto& day : plan.days)
        for (auto& item : day.items)
            if (item.key == from || item.exerciseId == from)
                item.exerciseId = to;
}

// Dates a stored revision as if it had been written (and activated or printed, when it was) on `on`, so the
// demo history reads like weeks of real use; the repository itself stamps the clock's now.
Status backdate(Database& database, PlanId plan, int revision, const Date& on)
{
    return guarded([&] {
        const std::string when = toIsoTimestamp(on.sysDays() + std::chrono::hours(kStampHour));
        Statement write(database.connection(),
            "UPDATE plan_revision SET created_at = ?1, updated_at = ?1, "
            "activated_at = CASE WHEN activated_at = '' THEN '' ELSE ?1 END, "
            "printed_at = CASE WHEN printed_at = '' THEN '' ELSE ?1 END WHERE plan_id = ?2 AND revision = ?3");
        write.bind(1, when).bind(2, plan.value()).bind(3, revision).run();
        if (revision == 1) {
            Statement owner(database.connection(), "UPDATE plan SET created_at = ?1, updated_at = ?1 WHERE id = ?2");
            owner.bind(1, when).bind(2, plan.value()).run();
        }
    });
}

const PlanTemplate* findTemplate(const std::vector<PlanTemplate>& templates, const std::string& code)
{
    const auto found
        = std::find_if(templates.begin(), templates.end(), [&](const PlanTemplate& t) { return t.code == code; });
    return found == templates.end() ? nullptr : &*found;
}

Status seedOne(Database& database, PlanRepository& plans, const DemoPlanSpec& spec, const Patient& patient,
    const PlanTemplate& source, const ExerciseCatalog& catalog, const Date& today)
{
    const Date thisMonday = today.addDays(-today.weekdayIndex());
    TemplatePersonalization options;
    options.today = today;
    options.startDate = thisMonday.addDays(-kDaysPerWeek * (spec.currentWeek - 1));
    options.baselines.walkingMinutes = spec.walkingMinutes;
    options.baselines.chairStandReps = spec.chairStands;
    options.goals = spec.goals;
    auto personalised = planFromTemplate(source.plan, source.name, patient, options, catalog);

    auto created = plans.create(patient.id, std::move(personalised.plan));
    if (!created)
        return created.error();
    const Date screenedOn = options.startDate.addDays(-kScreeningDaysBeforeStart);
    const PreExerciseScreening screening = clearScreening(patient, screenedOn);
    if (assessActivation(screening).blocked)
        return makeError(ErrorCode::InvalidValue, "the demo screening blocks activation", "screening");
    if (auto activated = plans.activate(created->id, 1, screening); !activated)
        return activated;
    if (spec.edit == Edit::Printed)
        if (auto printed = plans.markPrinted(created->id, 1); !printed)
            return printed;
    if (auto dated = backdate(database, created->id, 1, screenedOn); !dated)
        return dated;

    Plan edited = *created;
    switch (spec.edit) {
    case Edit::None:
    case Edit::Printed:
        return {};
    case Edit::MoreSets:
    case Edit::DraftPending:
        addSets(edited);
        break;
    case Edit::Swap:
        swapExercise(edited, spec.swapFrom, spec.swapTo);
        break;
    }
    auto saved = plans.save(std::move(edited));
    if (!saved)
        return saved.error();
    // A pending draft was written yesterday; an activated edit about halfway through the weeks so far.
    const Date editedOn = spec.edit == Edit::DraftPending
        ? today.addDays(-1)
        : options.startDate.addDays(kDaysPerWeek * std::max(1, (spec.currentWeek - 1) / 2));
    if (spec.edit != Edit::DraftPending)
        if (auto activated = plans.activate(saved->id, saved->revision, clearScreening(patient, editedOn)); !activated)
            return activated;
    return backdate(database, saved->id, saved->revision, editedOn);
}

} // namespace

Result<int> seedDemoPlans(Database& database, const DocumentCodec& codec, const std::vector<PlanTemplate>& templates)
{
    const auto seeded = database.setting(kSeededKey);
    if (seeded && *seeded == "1")
        return 0;
    if (!hasDemoClinic(database))
        return 0;
    auto patients = PatientRepository(database).list(PatientQuery {});
    if (!patients)
        return patients.error();
    auto catalog = ExerciseRepository(database, codec).catalog();
    if (!catalog)
        return catalog.error();
    PlanRepository plans(database, codec);
    const Date today = database.clock().today();
    int created = 0;
    for (const auto& spec : demoPlanSpecs()) {
        const auto patient = std::find_if(patients->begin(), patients->end(),
            [&](const Patient& p) { return p.givenName == spec.givenName && p.familyName == spec.familyName; });
        const PlanTemplate* source = findTemplate(templates, spec.templateCode);
        if (patient == patients->end() || !source)
            continue;
        if (auto status = seedOne(database, plans, spec, *patient, *source, *catalog, today); !status)
            return status.error();
        ++created;
    }
    if (created == 0)
        return 0;
    if (auto status = database.setSetting(kSeededKey, "1"); !status)
        return status.error();
    spdlog::info("demo plans seeded ({} plans)", created);
    return created;
}

} // namespace paceplan::storage
