// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outcomes/InstrumentRegistry.h"
#include "core/outcomes/Scoring.h"
#include "storage/Connection.h"
#include "storage/OutcomeRepository.h"
#include "storage/PatientRepository.h"
#include "storage/Statement.h"
#include "support/StorageFixtures.h"

#include <catch2/catch.hpp>

using namespace paceplan;
using namespace paceplan::core;
using storage::OutcomeRecord;

namespace {

struct OutcomeFixture : test::DatabaseFixture {
    OutcomeFixture()
    {
        Patient patient;
        patient.givenName = "Ada";
        patient.familyName = "Lovelace";
        patient.dateOfBirth = Date(1965, 12, 10);
        patient.sex = Sex::Female;
        patientId = storage::PatientRepository(*db).create(patient)->id;
    }

    OutcomeRecord record(const std::string& instrument, const std::string& answers, Date on = Date(2026, 11, 20)) const
    {
        OutcomeRecord out;
        out.patientId = patientId;
        out.instrumentCode = instrument;
        out.rawAnswers = answers;
        out.takenOn = on;
        return out;
    }

    std::int64_t count(const std::string& sql) { return db->connection().queryInt(sql); }

    std::int64_t audits(const std::string& action, const std::string& uuid)
    {
        storage::Statement read(db->connection(),
            "SELECT count(*) FROM audit_log WHERE action = ? AND record_uuid = ? AND table_name = 'outcome'");
        read.bind(1, action).bind(2, uuid);
        read.step();
        return read.int64(0);
    }

    PatientId patientId;
};

} // namespace

TEST_CASE("Answer lists split on commas and keep empty fields as missing", "[storage][outcome]")
{
    struct Case {
        const char* text;
        Answers expected;
    };
    const std::vector<Case> cases = {
        { "3,2,,4", { 3.0, 2.0, std::nullopt, 4.0 } },
        { ",1", { std::nullopt, 1.0 } },
        { "1,", { 1.0, std::nullopt } },
        { " 2 , -7,+3", { 2.0, -7.0, 3.0 } },
        { "12.5", { 12.5 } },
        { "", {} },
        { ",,", { std::nullopt, std::nullopt, std::nullopt } },
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto parsed = storage::parseAnswerList(c.text);
        REQUIRE(parsed);
        CHECK(*parsed == c.expected);
    }
    auto bad = storage::parseAnswerList("1,x,3");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == ErrorCode::InvalidFormat);
    CHECK(bad.error().detail.find("answer 2") != std::string::npos);
    CHECK_FALSE(storage::parseAnswerList("1,nan"));
}

TEST_CASE("An outcome round-trips with its raw answers exactly as entered", "[storage][outcome]")
{
    OutcomeFixture fixture;
    storage::OutcomeRepository outcomes(*fixture.db);
    const std::string raw = "3, 2,,4,1,0,2,3,1,2";
    auto input = fixture.record("odi", raw);
    input.notes = "Flat week, \"busy\" at work";
    input.setup = "ODI 2.1a";
    auto added = outcomes.add(input);
    REQUIRE(added);
    CHECK(added->id.isValid());
    CHECK(added->uuid.size() == 36);
    CHECK(added->instrumentVersion == InstrumentRegistry::standard().find("odi")->version);

    auto loaded = outcomes.get(added->id);
    REQUIRE(loaded);
    CHECK(loaded->rawAnswers == raw);
    CHECK(loaded->notes == input.notes);
    CHECK(loaded->setup == "ODI 2.1a");
    CHECK(loaded->takenOn == Date(2026, 11, 20));
    CHECK(loaded->result.scorable);
    CHECK(loaded->result.answeredItems == 9);
    // 18 points of 9 answered sections x 5: the denominator shrinks with the missing one (ODI rule).
    REQUIRE(loaded->result.score);
    CHECK(*loaded->result.score == Approx(40.0));
    CHECK(loaded->storedScore == loaded->result.score);
    CHECK(loaded->scoringVersion == loaded->result.scoringVersion);
    CHECK_FALSE(loaded->result.band.empty());
    CHECK(fixture.db->connection().queryText("SELECT band FROM outcome") == loaded->result.band);
}

TEST_CASE("Subscales and an entered total are stored, and unscorable answers keep a null score", "[storage][outcome]")
{
    OutcomeFixture fixture;
    storage::OutcomeRepository outcomes(*fixture.db);

    auto pcs = outcomes.add(fixture.record("pcs", "1,2,3,4,0,1,2,3,4,0,1,2,3"));
    REQUIRE(pcs);
    CHECK_FALSE(pcs->result.subscales.empty());
    const auto stored = fixture.db->connection().queryText("SELECT subscales FROM outcome WHERE instrument = 'pcs'");
    for (const auto& [code, value] : pcs->result.subscales)
        CHECK(stored.find(code + "=") != std::string::npos);

    auto total = fixture.record("odi", "");
    total.enteredTotal = 34.0;
    auto typed = outcomes.add(total);
    REQUIRE(typed);
    CHECK(typed->result.fromEnteredTotal);
    CHECK(*outcomes.get(typed->id)->result.score == Approx(34.0));

    // Three of ten ODI sections unanswered: below the 8 needed, so stored but not scorable.
    auto sparse = outcomes.add(fixture.record("odi", "1,2,,,,3,1,2,1,0"));
    REQUIRE(sparse);
    CHECK_FALSE(sparse->result.scorable);
    auto reread = outcomes.get(sparse->id);
    REQUIRE(reread);
    CHECK_FALSE(reread->storedScore);
    CHECK_FALSE(reread->result.scorable);
    CHECK(reread->rawAnswers == "1,2,,,,3,1,2,1,0");
    CHECK(fixture.count("SELECT count(*) FROM outcome WHERE score IS NULL") == 1);
}

TEST_CASE("Invalid outcomes are refused with the field at fault and nothing is written", "[storage][outcome]")
{
    OutcomeFixture fixture;
    storage::OutcomeRepository outcomes(*fixture.db);
    struct Case {
        const char* name;
        OutcomeRecord record;
        ErrorCode code;
        std::string field;
    };
    auto both = fixture.record("odi", "1,1,1,1,1,1,1,1,1,1");
    both.enteredTotal = 20;
    auto stranger = fixture.record("nprs", "5");
    stranger.patientId = PatientId(999);
    auto longNotes = fixture.record("nprs", "5");
    longNotes.notes = std::string(2001, 'x');
    const std::vector<Case> cases = {
        { "unknown instrument", fixture.record("xyz", "1"), ErrorCode::NotFound, "instrument" },
        { "answer above the item range", fixture.record("nprs", "11"), ErrorCode::OutOfRange, "item 1" },
        { "half point on a whole-number item", fixture.record("nprs", "4.5"), ErrorCode::InvalidValue, "item 1" },
        { "too many answers", fixture.record("nprs", "1,2"), ErrorCode::InvalidValue, "answers" },
        { "not a number", fixture.record("nprs", "five"), ErrorCode::InvalidFormat, "answers" },
        { "future date", fixture.record("nprs", "5", Date(2026, 11, 22)), ErrorCode::OutOfRange, "takenOn" },
        { "no date", fixture.record("nprs", "5", Date()), ErrorCode::Required, "takenOn" },
        { "no answers and no total", fixture.record("nprs", ""), ErrorCode::Required, "answers" },
        { "answers and a total", both, ErrorCode::Inconsistent, "total" },
        { "unknown patient", stranger, ErrorCode::NotFound, "patientId" },
        { "notes too long", longNotes, ErrorCode::TooLong, "notes" },
    };
    for (const auto& c : cases) {
        INFO(c.name);
        auto added = outcomes.add(c.record);
        REQUIRE_FALSE(added);
        CHECK(added.error().code == c.code);
        CHECK(added.error().field == c.field);
    }
    CHECK(fixture.count("SELECT count(*) FROM outcome") == 0);
    CHECK(fixture.count("SELECT count(*) FROM audit_log WHERE table_name = 'outcome'") == 0);
}

TEST_CASE("Outcome writes are audited by uuid and list filters by date and instrument", "[storage][outcome]")
{
    OutcomeFixture fixture;
    storage::OutcomeRepository outcomes(*fixture.db);
    auto first = *outcomes.add(fixture.record("nprs", "7", Date(2026, 9, 1)));
    auto second = *outcomes.add(fixture.record("nprs", "5", Date(2026, 10, 1)));
    auto third = *outcomes.add(fixture.record("odi", "2,2,2,2,2,2,2,2,2,2", Date(2026, 10, 15)));
    CHECK(fixture.audits("create", first.uuid) == 1);

    auto all = outcomes.list(fixture.patientId);
    REQUIRE(all);
    REQUIRE(all->size() == 3);
    CHECK((*all)[0].id == first.id);
    CHECK((*all)[2].id == third.id);
    CHECK(outcomes.list(fixture.patientId, {}, {}, "nprs")->size() == 2);
    CHECK(outcomes.list(fixture.patientId, Date(2026, 9, 2), Date(2026, 10, 14))->size() == 1);
    CHECK(outcomes.list(fixture.patientId, Date(2026, 10, 1))->size() == 2);

    second.rawAnswers = "4";
    second.notes = "after the holiday";
    second.instrumentCode = "odi"; // ignored: an outcome keeps its instrument
    auto updated = outcomes.update(second);
    REQUIRE(updated);
    CHECK(updated->instrumentCode == "nprs");
    CHECK(*outcomes.get(second.id)->result.score == Approx(4.0));
    CHECK(fixture.audits("update", second.uuid) == 1);

    second.rawAnswers = "12";
    CHECK_FALSE(outcomes.update(second));
    CHECK(*outcomes.get(second.id)->result.score == Approx(4.0));

    REQUIRE(outcomes.remove(first.id));
    CHECK(fixture.audits("delete", first.uuid) == 1);
    CHECK(outcomes.get(first.id).error().code == ErrorCode::NotFound);
    CHECK(outcomes.remove(first.id).error().code == ErrorCode::NotFound);
    // The audit trail names records by uuid only: no answers, scores or notes.
    CHECK(fixture.count("SELECT count(*) FROM audit_log WHERE table_name = 'outcome' AND detail <> ''") == 0);
}

TEST_CASE("Deleting a patient deletes their outcomes", "[storage][outcome]")
{
    OutcomeFixture fixture;
    storage::OutcomeRepository outcomes(*fixture.db);
    REQUIRE(outcomes.add(fixture.record("nprs", "6")));
    REQUIRE(outcomes.add(fixture.record("tug", "12.4")));
    CHECK(fixture.count("SELECT count(*) FROM outcome") == 2);
    REQUIRE(storage::PatientRepository(*fixture.db).remove(fixture.patientId));
    CHECK(fixture.count("SELECT count(*) FROM outcome") == 0);
}

TEST_CASE("Schema step 4 adds the outcome and session log tables", "[storage][outcome]")
{
    OutcomeFixture fixture;
    CHECK(fixture.db->schemaVersion() >= 4);
    CHECK(fixture.count("SELECT count(*) FROM sqlite_master WHERE name IN ('outcome', 'session_log', "
                        "'outcome_by_patient_date', 'session_log_by_patient_date', 'session_log_one_per_day')")
        == 5);
}
