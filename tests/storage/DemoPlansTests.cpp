// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/PlanChecks.h"
#include "core/plan/ProgressionEngine.h"
#include "interop/plan/PlanJson.h"
#include "storage/DemoClinic.h"
#include "storage/DemoPlans.h"
#include "storage/PatientRepository.h"
#include "storage/PlanRepository.h"
#include "support/LibraryFixtures.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <map>

using namespace paceplan;
using namespace paceplan::core;
using storage::RevisionState;

namespace {

// The shipped templates, read as the application reads them (gui/ShippedContent.cpp).
std::vector<storage::PlanTemplate> shippedTemplates()
{
    std::vector<storage::PlanTemplate> templates;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(PACEPLAN_RESOURCES_DIR) + "/templates")) {
        const std::string text = test::readFile(entry.path().string());
        auto document = interop::planDocumentFromText(text);
        REQUIRE(document);
        const auto json = nlohmann::json::parse(text);
        storage::PlanTemplate planTemplate;
        planTemplate.code = entry.path().stem().string();
        planTemplate.plan = document->plan;
        planTemplate.name = planTemplate.plan.title;
        planTemplate.builtin = true;
        planTemplate.description = json.value("description", std::string());
        planTemplate.condition
            = primaryConditionFromCode(json.value("condition", std::string("other"))).value_or(PrimaryCondition::Other);
        templates.push_back(std::move(planTemplate));
    }
    return templates;
}

// A database with the shipped library and the demo clinic.
struct DemoFixture : test::LibraryFixture {
    DemoFixture()
    {
        REQUIRE(storage::seedDemoClinic(*db));
        auto list = storage::PatientRepository(*db).list(storage::PatientQuery {});
        REQUIRE(list);
        for (const auto& patient : *list)
            patients[patient.givenName] = patient;
    }

    std::vector<storage::PlanSummary> plansOf(const std::string& givenName)
    {
        auto result = storage::PlanRepository(*db, codec).plansOf(patients.at(givenName).id);
        REQUIRE(result);
        return *result;
    }

    std::map<std::string, Patient> patients;
};

constexpr int kDemoPlans = 13;

} // namespace

TEST_CASE("demo plans are seeded once for most demo patients", "[demo-plans]")
{
    DemoFixture fixture;
    const auto templates = shippedTemplates();
    auto seeded = storage::seedDemoPlans(*fixture.db, fixture.codec, templates);
    REQUIRE(seeded);
    CHECK(*seeded == kDemoPlans);
    int withPlan = 0;
    for (const auto& [name, patient] : fixture.patients) {
        const auto plans = fixture.plansOf(name);
        CHECK(plans.size() <= 1);
        withPlan += static_cast<int>(plans.size());
    }
    CHECK(withPlan == kDemoPlans);
    CHECK(withPlan * 4 >= static_cast<int>(fixture.patients.size()) * 3);
    CHECK(fixture.plansOf("Sofia").empty());
    CHECK(fixture.plansOf("Priya").empty());

    auto again = storage::seedDemoPlans(*fixture.db, fixture.codec, templates);
    REQUIRE(again);
    CHECK(*again == 0);
    CHECK(fixture.plansOf("Margaret").size() == 1);
}

TEST_CASE("demo plans have the planned revisions", "[demo-plans]")
{
    DemoFixture fixture;
    REQUIRE(storage::seedDemoPlans(*fixture.db, fixture.codec, shippedTemplates()));
    storage::PlanRepository plans(*fixture.db, fixture.codec);
    const auto revisionsOf = [&](const std::string& name) {
        auto result = plans.revisions(fixture.plansOf(name).at(0).id);
        REQUIRE(result);
        return *result;
    };

    SECTION("an edited revision 2 with more sets is active")
    {
        const auto revisions = revisionsOf("Margaret");
        REQUIRE(revisions.size() == 2);
        CHECK(revisions[0].state == RevisionState::Superseded);
        CHECK(revisions[1].state == RevisionState::Active);
        const auto summary = fixture.plansOf("Margaret").at(0);
        REQUIRE(summary.active);
        CHECK(summary.active->revision == 2);
        auto first = plans.revision(summary.id, 1);
        auto second = plans.revision(summary.id, 2);
        REQUIRE(first);
        REQUIRE(second);
        CHECK(first->findItem("sts-mon")->dose.sets == 1);
        CHECK(second->findItem("sts-mon")->dose.sets == 2);
        CHECK(second->startDate == first->startDate);
        // Revision 1 was activated three days before the start, revision 2 weeks later but before today.
        CHECK(revisions[0].activatedAt.substr(0, 10) == first->startDate.addDays(-3).toIso());
        CHECK(revisions[0].activatedAt < revisions[1].activatedAt);
        CHECK(revisions[1].activatedAt < fixture.db->clock().today().toIso());
        CHECK(revisions[1].createdAt == revisions[1].activatedAt);
    }
    SECTION("a swapped exercise keeps its item key")
    {
        const auto summary = fixture.plansOf("Lars").at(0);
        REQUIRE(summary.active);
        CHECK(summary.active->revision == 2);
        auto second = plans.revision(summary.id, 2);
        REQUIRE(second);
        CHECK(second->findItem("walk-mon")->exerciseId == "stationary-cycling-easy");
        auto first = plans.revision(summary.id, 1);
        REQUIRE(first);
        CHECK(first->findItem("walk-mon")->exerciseId == "walking-flat");
        CHECK(second->findItem("walk-thu")->exerciseId == "walking-flat");
    }
    SECTION("one patient has a draft revision waiting")
    {
        const auto revisions = revisionsOf("Eleanor");
        REQUIRE(revisions.size() == 2);
        CHECK(revisions[0].state == RevisionState::Active);
        CHECK(revisions[1].state == RevisionState::Draft);
        CHECK_FALSE(revisions[1].locked);
    }
    SECTION("one patient has a printed revision")
    {
        const auto revisions = revisionsOf("Tomás");
        REQUIRE(revisions.size() == 1);
        CHECK(revisions[0].printed);
        CHECK(revisions[0].printedAt == revisions[0].activatedAt);
        CHECK_FALSE(revisions[0].printedAt.empty());
        CHECK(revisions[0].state == RevisionState::Active);
    }
    SECTION("revision 1 was activated after a clear screening")
    {
        for (const auto& [name, patient] : fixture.patients) {
            const auto summaries = fixture.plansOf(name);
            if (summaries.empty())
                continue;
            INFO(name);
            auto screening = plans.screening(summaries[0].id, 1);
            REQUIRE(screening);
            REQUIRE(screening->has_value());
            CHECK_FALSE(assessActivation(**screening).blocked);
            CHECK((*screening)->overrideReason.empty());
        }
    }
}

TEST_CASE("demo plans are under way and schedule and check cleanly", "[demo-plans]")
{
    DemoFixture fixture;
    REQUIRE(storage::seedDemoPlans(*fixture.db, fixture.codec, shippedTemplates()));
    storage::ExerciseRepository exercises(*fixture.db, fixture.codec);
    auto catalog = exercises.catalog();
    REQUIRE(catalog);
    storage::PlanRepository plans(*fixture.db, fixture.codec);
    const Date today = fixture.db->clock().today();
    int revisionsChecked = 0;
    for (const auto& [name, patient] : fixture.patients) {
        for (const auto& summary : fixture.plansOf(name)) {
            auto revisions = plans.revisions(summary.id);
            REQUIRE(revisions);
            for (const auto& info : *revisions) {
                INFO(name << " revision " << info.revision);
                auto plan = plans.revision(summary.id, info.revision);
                REQUIRE(plan);
                CHECK(plan->patientId == patient.id);
                CHECK(plan->startDate.weekdayIndex() == 0);
                const int week = plan->startDate.daysTo(today) / kDaysPerWeek + 1;
                CHECK(week >= 2);
                CHECK(week <= 10);
                CHECK(week <= plan->lengthWeeks);
                const auto context = PatientContext::fromPatient(patient, plan->startDate);
                const auto schedule = buildSchedule(*plan, *catalog, context);
                REQUIRE(static_cast<int>(schedule.weeks.size()) == plan->lengthWeeks);
                CHECK(schedule.weeks.front().startDate == plan->startDate);
                for (const auto& finding : checkPlan(*plan, schedule, *catalog, context)) {
                    INFO(finding.code << ": " << finding.message);
                    CHECK(finding.severity != Severity::Problem);
                    CHECK(finding.code != std::string(check_code::kHeartRateWithBetaBlockers));
                }
                ++revisionsChecked;
            }
        }
    }
    CHECK(revisionsChecked == kDemoPlans + 6);
}

TEST_CASE("demo plans are personalised to the patient", "[demo-plans]")
{
    DemoFixture fixture;
    REQUIRE(storage::seedDemoPlans(*fixture.db, fixture.codec, shippedTemplates()));
    storage::PlanRepository plans(*fixture.db, fixture.codec);
    // Rajesh takes beta-blockers: the hip template's heart-rate target becomes an effort range.
    auto rajesh = plans.revision(fixture.plansOf("Rajesh").at(0).id, 1);
    REQUIRE(rajesh);
    CHECK(rajesh->findItem("cycle-tue")->intensity.kind == IntensityKind::Effort);
    // Lars does not: his heart-rate target stays.
    auto lars = plans.revision(fixture.plansOf("Lars").at(0).id, 1);
    REQUIRE(lars);
    CHECK(lars->findItem("cycle-tue")->intensity.kind == IntensityKind::HeartRate);
    // Zoë manages 8 minutes of walking: her quota starts at 80 % of it.
    auto zoe = plans.revision(fixture.plansOf("Zoë").at(0).id, 1);
    REQUIRE(zoe);
    const auto& quota = std::get<GradedQuotaRule>(zoe->findItem("walk-mon")->progression.rule);
    CHECK(quota.baseline == 480.0);
    CHECK(zoe->goals.find("school day") != std::string::npos);
}

TEST_CASE("demo plans need the demo clinic and the templates", "[demo-plans]")
{
    test::LibraryFixture fixture;
    auto withoutClinic = storage::seedDemoPlans(*fixture.db, fixture.codec, shippedTemplates());
    REQUIRE(withoutClinic);
    CHECK(*withoutClinic == 0);
    REQUIRE(storage::seedDemoClinic(*fixture.db));
    auto withoutTemplates = storage::seedDemoPlans(*fixture.db, fixture.codec, {});
    REQUIRE(withoutTemplates);
    CHECK(*withoutTemplates == 0);
    // Nothing was marked as seeded, so the templates can still be used later.
    auto later = storage::seedDemoPlans(*fixture.db, fixture.codec, shippedTemplates());
    REQUIRE(later);
    CHECK(*later == kDemoPlans);
}
