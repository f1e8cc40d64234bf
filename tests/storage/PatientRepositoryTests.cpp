// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Utf8.h"
#include "storage/Connection.h"
#include "storage/PatientRepository.h"
#include "storage/Statement.h"
#include "storage/Uuid.h"
#include "support/StorageFixtures.h"

#include <catch2/catch.hpp>

using namespace paceplan;
using namespace paceplan::core;
using paceplan::storage::ArchiveFilter;
using paceplan::storage::PatientQuery;
using paceplan::storage::PatientSort;

namespace {

Patient samplePatient(const char* given = "Ada", const char* family = "Lovelace")
{
    Patient patient;
    patient.givenName = given;
    patient.familyName = family;
    patient.dateOfBirth = Date(1965, 12, 10);
    patient.sex = Sex::Female;
    patient.phone = "+44 20 7946 0000";
    patient.email = "ada@example.org";
    patient.condition = PrimaryCondition::HipOsteoarthritis;
    patient.painDuration = PainDuration::OneToFiveYears;
    patient.precautions = { Precaution::BetaBlockers, Precaution::Osteoporosis };
    patient.precautionNotes = "Bisoprolol 5 mg";
    patient.restingHeartRate = 61;
    patient.clinicianNotes = "Wants to garden again.";
    return patient;
}

std::int64_t auditRows(storage::Database& db, const std::string& action, const std::string& uuid)
{
    storage::Statement query(db.connection(),
        "SELECT count(*) FROM audit_log WHERE action = ? AND record_uuid = ? AND table_name = 'patient'");
    query.bind(1, action).bind(2, uuid);
    query.step();
    return query.int64(0);
}

std::vector<std::string> familyNames(const std::vector<Patient>& patients)
{
    std::vector<std::string> names;
    for (const auto& patient : patients)
        names.push_back(patient.familyName);
    return names;
}

} // namespace

TEST_CASE("A patient round-trips through the database with every field", "[storage][patient]")
{
    test::DatabaseFixture fixture;
    storage::PatientRepository repository(*fixture.db);
    auto created = repository.create(samplePatient());
    REQUIRE(created);
    CHECK(created->id.isValid());
    CHECK(storage::isUuid(created->uuid));
    CHECK(created->createdAt == "2026-11-21T12:00:00Z");

    auto loaded = repository.get(created->id);
    REQUIRE(loaded);
    CHECK(*loaded == *created);
    auto byUuid = repository.getByUuid(created->uuid);
    REQUIRE(byUuid);
    CHECK(byUuid->id == created->id);
    CHECK(auditRows(*fixture.db, "create", created->uuid) == 1);
}

TEST_CASE("Invalid patients are refused with the field and nothing is stored", "[storage][patient]")
{
    test::DatabaseFixture fixture;
    storage::PatientRepository repository(*fixture.db);
    auto patient = samplePatient();
    patient.restingHeartRate = 200;
    auto refused = repository.create(patient);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::OutOfRange);
    CHECK(refused.error().field == "restingHeartRate");
    CHECK(*repository.count({ .archive = ArchiveFilter::All }) == 0);
    CHECK(fixture.db->connection().queryInt("SELECT count(*) FROM audit_log") == 0);
}

TEST_CASE("Updating, archiving and deleting are stored and audited", "[storage][patient]")
{
    test::DatabaseFixture fixture;
    storage::PatientRepository repository(*fixture.db);
    auto patient = *repository.create(samplePatient());

    fixture.clock->advance(std::chrono::hours(1));
    patient.familyName = "King";
    patient.precautions = { Precaution::Diabetes };
    patient.restingHeartRate.reset();
    auto updated = repository.update(patient);
    REQUIRE(updated);
    CHECK(updated->updatedAt == "2026-11-21T13:00:00Z");
    CHECK(updated->createdAt == "2026-11-21T12:00:00Z");
    auto reloaded = *repository.get(patient.id);
    CHECK(reloaded.familyName == "King");
    CHECK(reloaded.precautions == std::vector { Precaution::Diabetes });
    CHECK_FALSE(reloaded.restingHeartRate);
    CHECK(auditRows(*fixture.db, "update", patient.uuid) == 1);

    REQUIRE(repository.setArchived(patient.id, true));
    CHECK(repository.get(patient.id)->archived);
    CHECK(*repository.count({}) == 0);
    CHECK(*repository.count({ .archive = ArchiveFilter::Archived }) == 1);
    REQUIRE(repository.setArchived(patient.id, false));
    CHECK(auditRows(*fixture.db, "archive", patient.uuid) == 1);
    CHECK(auditRows(*fixture.db, "unarchive", patient.uuid) == 1);

    REQUIRE(repository.remove(patient.id));
    CHECK(repository.get(patient.id).error().code == ErrorCode::NotFound);
    CHECK(auditRows(*fixture.db, "delete", patient.uuid) == 1);
    CHECK(repository.remove(patient.id).error().code == ErrorCode::NotFound);

    Patient ghost = samplePatient();
    ghost.id = PatientId(999);
    CHECK(repository.update(ghost).error().code == ErrorCode::NotFound);
}

TEST_CASE("The audit log holds no patient data, only uuids", "[storage][patient][privacy]")
{
    test::DatabaseFixture fixture;
    storage::PatientRepository repository(*fixture.db);
    auto patient = *repository.create(samplePatient());
    patient.clinicianNotes = "Changed notes";
    REQUIRE(repository.update(patient));
    storage::Statement rows(
        fixture.db->connection(), "SELECT at, user, action, table_name, record_uuid, detail FROM audit_log");
    int count = 0;
    while (rows.step()) {
        ++count;
        for (int column = 0; column < 6; ++column) {
            const auto value = rows.text(column);
            CHECK(value.find("Ada") == std::string::npos);
            CHECK(value.find("Lovelace") == std::string::npos);
            CHECK(value.find("1965") == std::string::npos);
        }
    }
    CHECK(count == 2);
}

TEST_CASE("Listing pages and sorts patients", "[storage][patient]")
{
    test::SeededClinicFixture fixture;
    storage::PatientRepository repository(*fixture.db);
    const int total = *repository.count({});
    REQUIRE(total >= 12);

    auto all = *repository.list({});
    auto names = familyNames(all);
    CHECK(std::is_sorted(
        names.begin(), names.end(), [](const auto& a, const auto& b) { return foldForSearch(a) < foldForSearch(b); }));
    auto firstPage = *repository.list({ .offset = 0, .limit = 5 });
    auto secondPage = *repository.list({ .offset = 5, .limit = 5 });
    REQUIRE(firstPage.size() == 5);
    REQUIRE(secondPage.size() == 5);
    CHECK(firstPage[0].id == all[0].id);
    CHECK(secondPage[0].id == all[5].id);

    auto byBirth = *repository.list({ .sort = PatientSort::DateOfBirth, .descending = true });
    CHECK(byBirth.front().dateOfBirth > byBirth.back().dateOfBirth);
}

TEST_CASE("Name search matches prefixes of either name, ignoring case and accents", "[storage][patient][search]")
{
    test::SeededClinicFixture fixture;
    storage::PatientRepository repository(*fixture.db);
    auto find = [&](const char* text) { return familyNames(*repository.list({ .namePrefix = text })); };

    CHECK(find("zoe") == std::vector<std::string> { "Ångström" });
    CHECK(find("ANGST") == std::vector<std::string> { "Ångström" });
    CHECK(find("ångström") == std::vector<std::string> { "Ångström" });
    CHECK(find("muller") == std::vector<std::string> { "Müller" });
    CHECK(find("jose fern") == std::vector<std::string> { "Fernández" });
    CHECK(find("fernandez jo") == std::vector<std::string> { "Fernández" });
    CHECK(find("  okaf ") == std::vector<std::string> { "Okafor" });
    CHECK(find("gstrom").empty()); // a prefix, not a substring
    CHECK(find("xyz").empty());
    CHECK(find("").size() == storage::demoPatients().size());
}

TEST_CASE("Name search uses an index rather than scanning the table", "[storage][patient][search]")
{
    test::DatabaseFixture fixture;
    storage::PatientRepository repository(*fixture.db);
    fixture.db->connection().execute("ANALYZE");
    const auto plan = repository.explainSearch({ .namePrefix = "smi", .archive = ArchiveFilter::All });
    REQUIRE(plan);
    INFO(*plan);
    CHECK(plan->find("patient_by_given_first") != std::string::npos);
    CHECK(plan->find("patient_by_family_first") != std::string::npos);
    CHECK(plan->find("SCAN patient") == std::string::npos);
}
