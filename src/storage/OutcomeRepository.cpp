// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/OutcomeRepository.h"

#include "core/outcomes/InstrumentRegistry.h"
#include "core/outcomes/Scoring.h"
#include "core/patient/Patient.h"
#include "core/text/Utf8.h"
#include "storage/Connection.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"
#include "storage/Uuid.h"

#include <charconv>
#include <cmath>
#include <sstream>

namespace paceplan::storage {

using namespace paceplan::core;

namespace {

constexpr const char* kColumns = "id, uuid, patient_id, instrument, instrument_version, scoring_version, taken_on, "
                                 "setup, raw_answers, entered_total, score, notes, created_at, updated_at";

std::string_view trimmedView(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

std::optional<double> parseNumber(std::string_view text)
{
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double value = 0.0;
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

/// "code=value;code=value" with full precision, for reading the stored row without the scoring code.
std::string joinSubscales(const ScoreResult& result)
{
    std::ostringstream out;
    out.precision(17);
    bool first = true;
    for (const auto& [code, value] : result.subscales) {
        out << (first ? "" : ";") << code << '=' << value;
        first = false;
    }
    return out.str();
}

OutcomeRecord readRecord(const Statement& row)
{
    OutcomeRecord record;
    record.id = OutcomeId(row.int64(0));
    record.uuid = row.text(1);
    record.patientId = PatientId(row.int64(2));
    record.instrumentCode = row.text(3);
    record.instrumentVersion = row.text(4);
    record.scoringVersion = row.text(5);
    record.takenOn = Date::fromIso(row.text(6)).value_or(Date());
    record.setup = row.text(7);
    record.rawAnswers = row.text(8);
    if (!row.isNull(9))
        record.enteredTotal = row.real(9);
    if (!row.isNull(10))
        record.storedScore = row.real(10);
    record.notes = row.text(11);
    record.createdAt = row.text(12);
    record.updatedAt = row.text(13);
    return record;
}

/// The age and sex of the patient on the day of the measure, for norm-referenced bands.
ScoreContext contextFor(Connection& connection, PatientId patient, const Date& on)
{
    Statement read(connection, "SELECT date_of_birth, sex FROM patient WHERE id = ?");
    read.bind(1, patient.value());
    if (!read.step())
        throw StorageError(ErrorCode::NotFound, "no such patient", "patientId");
    ScoreContext context;
    const auto born = Date::fromIso(read.text(0));
    if (born && on.isValid())
        context.ageYears = born->yearsUntil(on);
    if (const auto sex = sexFromCode(read.text(1)); sex && *sex != Sex::Unknown)
        context.sex = *sex;
    return context;
}

/// Rescores the record from its raw answers; a stored record that no longer scores keeps scorable == false.
void rescore(Connection& connection, OutcomeRecord& record)
{
    auto scored = scoreRecord(record, contextFor(connection, record.patientId, record.takenOn));
    if (scored) {
        record.result = std::move(scored).value();
    } else {
        record.result = ScoreResult {};
        record.result.instrumentCode = record.instrumentCode;
        record.result.notScorableReason = scored.error().detail;
    }
}

/// Checks and scores a record before a write; throws StorageError naming the field on any problem.
void checkAndScore(Connection& connection, OutcomeRecord& record, const Date& today)
{
    const Instrument* instrument = InstrumentRegistry::standard().find(record.instrumentCode);
    if (instrument == nullptr)
        throw StorageError(ErrorCode::NotFound, "unknown instrument " + record.instrumentCode, "instrument");
    if (!record.takenOn.isValid())
        throw StorageError(ErrorCode::Required, "no date", "takenOn");
    if (record.takenOn > today)
        throw StorageError(ErrorCode::OutOfRange, "in the future", "takenOn");
    if (utf8Length(record.notes) > kMaxOutcomeNotesLength)
        throw StorageError(ErrorCode::TooLong, std::to_string(kMaxOutcomeNotesLength), "notes");
    if (utf8Length(record.setup) > kMaxOutcomeSetupLength)
        throw StorageError(ErrorCode::TooLong, std::to_string(kMaxOutcomeSetupLength), "setup");
    if (!isValidUtf8(record.notes) || !isValidUtf8(record.setup) || !isValidUtf8(record.rawAnswers))
        throw StorageError(ErrorCode::InvalidFormat, "not UTF-8", "notes");
    if (trimmedView(record.rawAnswers).empty() && !record.enteredTotal)
        throw StorageError(ErrorCode::Required, "no answers and no total", "answers");
    if (!trimmedView(record.rawAnswers).empty() && record.enteredTotal)
        throw StorageError(ErrorCode::Inconsistent, "give either answers or a total", "total");
    auto scored = scoreRecord(record, contextFor(connection, record.patientId, record.takenOn));
    if (!scored) {
        auto error = scored.error();
        throw StorageError(error.code, error.detail, error.field.empty() ? "answers" : error.field);
    }
    record.result = std::move(scored).value();
    record.instrumentVersion = instrument->version;
    record.scoringVersion = record.result.scoringVersion;
    record.storedScore = record.result.score;
}

void bindScore(Statement& statement, int index, const std::optional<double>& value)
{
    if (value)
        statement.bind(index, *value);
    else
        statement.bindNull(index);
}

} // namespace

Result<Answers> parseAnswerList(std::string_view text)
{
    Answers answers;
    if (trimmedView(text).empty())
        return answers;
    std::size_t position = 1;
    while (true) {
        const auto comma = text.find(',');
        const auto field = trimmedView(text.substr(0, comma));
        if (field.empty()) {
            answers.emplace_back(std::nullopt);
        } else if (const auto value = parseNumber(field)) {
            answers.emplace_back(*value);
        } else {
            return makeError(
                ErrorCode::InvalidFormat, "answers", "answer " + std::to_string(position) + " is not a number");
        }
        if (comma == std::string_view::npos)
            break;
        text.remove_prefix(comma + 1);
        ++position;
    }
    return answers;
}

Result<ScoreResult> scoreRecord(const OutcomeRecord& record, const ScoreContext& context)
{
    const Instrument* instrument = InstrumentRegistry::standard().find(record.instrumentCode);
    if (instrument == nullptr)
        return makeError(ErrorCode::NotFound, "instrument", "unknown instrument " + record.instrumentCode);
    if (trimmedView(record.rawAnswers).empty() && record.enteredTotal)
        return scoreEnteredTotal(*instrument, *record.enteredTotal, context);
    auto answers = parseAnswerList(record.rawAnswers);
    if (!answers)
        return answers.error();
    return scoreAnswers(*instrument, *answers, context);
}

OutcomeRepository::OutcomeRepository(Database& database) : m_db(database) { }

Result<OutcomeRecord> OutcomeRepository::add(OutcomeRecord record)
{
    return guarded([&] {
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        checkAndScore(connection, record, m_db.clock().today());
        if (record.uuid.empty())
            record.uuid = newUuid();
        else if (!isUuid(record.uuid))
            throw StorageError(ErrorCode::InvalidFormat, "not a uuid", "uuid");
        record.createdAt = m_db.clock().nowIso();
        record.updatedAt = record.createdAt;
        Statement insert(connection,
            "INSERT INTO outcome (uuid, patient_id, instrument, instrument_version, scoring_version, taken_on, setup, "
            "raw_answers, entered_total, score, band, subscales, notes, created_at, updated_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
        insert.bind(1, record.uuid)
            .bind(2, record.patientId.value())
            .bind(3, record.instrumentCode)
            .bind(4, record.instrumentVersion)
            .bind(5, record.scoringVersion)
            .bind(6, record.takenOn.toIso())
            .bind(7, record.setup)
            .bind(8, record.rawAnswers);
        bindScore(insert, 9, record.enteredTotal);
        bindScore(insert, 10, record.storedScore);
        insert.bind(11, record.result.band)
            .bind(12, joinSubscales(record.result))
            .bind(13, record.notes)
            .bind(14, record.createdAt)
            .bind(15, record.updatedAt);
        insert.run();
        record.id = OutcomeId(connection.lastInsertId());
        m_db.audit("create", "outcome", record.uuid);
        transaction.commit();
        return record;
    });
}

Result<OutcomeRecord> OutcomeRepository::update(OutcomeRecord record)
{
    return guarded([&] {
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        Statement read(connection, "SELECT uuid, patient_id, instrument, created_at FROM outcome WHERE id = ?");
        read.bind(1, record.id.value());
        if (!read.step())
            throw StorageError(ErrorCode::NotFound, "no such outcome", "id");
        record.uuid = read.text(0);
        record.patientId = PatientId(read.int64(1));
        record.instrumentCode = read.text(2);
        record.createdAt = read.text(3);
        checkAndScore(connection, record, m_db.clock().today());
        record.updatedAt = m_db.clock().nowIso();
        Statement write(connection,
            "UPDATE outcome SET instrument_version = ?1, scoring_version = ?2, taken_on = ?3, setup = ?4, "
            "raw_answers = ?5, entered_total = ?6, score = ?7, band = ?8, subscales = ?9, notes = ?10, "
            "updated_at = ?11 WHERE id = ?12");
        write.bind(1, record.instrumentVersion)
            .bind(2, record.scoringVersion)
            .bind(3, record.takenOn.toIso())
            .bind(4, record.setup)
            .bind(5, record.rawAnswers);
        bindScore(write, 6, record.enteredTotal);
        bindScore(write, 7, record.storedScore);
        write.bind(8, record.result.band)
            .bind(9, joinSubscales(record.result))
            .bind(10, record.notes)
            .bind(11, record.updatedAt)
            .bind(12, record.id.value());
        write.run();
        m_db.audit("update", "outcome", record.uuid);
        transaction.commit();
        return record;
    });
}

Status OutcomeRepository::remove(OutcomeId id)
{
    return guarded([&] {
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        Statement read(connection, "SELECT uuid FROM outcome WHERE id = ?");
        read.bind(1, id.value());
        if (!read.step())
            throw StorageError(ErrorCode::NotFound, "no such outcome", "id");
        const std::string uuid = read.text(0);
        Statement erase(connection, "DELETE FROM outcome WHERE id = ?");
        erase.bind(1, id.value()).run();
        m_db.audit("delete", "outcome", uuid);
        transaction.commit();
    });
}

Result<OutcomeRecord> OutcomeRepository::get(OutcomeId id)
{
    return guarded([&] {
        Statement read(m_db.connection(), std::string("SELECT ") + kColumns + " FROM outcome WHERE id = ?");
        read.bind(1, id.value());
        if (!read.step())
            throw StorageError(ErrorCode::NotFound, "no such outcome", "id");
        auto record = readRecord(read);
        rescore(m_db.connection(), record);
        return record;
    });
}

Result<std::vector<OutcomeRecord>> OutcomeRepository::list(
    PatientId patient, std::optional<Date> from, std::optional<Date> to, std::string_view instrument)
{
    return guarded([&] {
        Statement read(m_db.connection(),
            std::string("SELECT ") + kColumns
                + " FROM outcome WHERE patient_id = ?1 AND taken_on >= ?2 AND taken_on <= ?3 "
                  "AND (?4 = '' OR instrument = ?4) ORDER BY taken_on, id");
        read.bind(1, patient.value())
            .bind(2, from && from->isValid() ? from->toIso() : std::string())
            .bind(3, to && to->isValid() ? to->toIso() : std::string("9999-12-31"))
            .bind(4, instrument);
        std::vector<OutcomeRecord> records;
        while (read.step())
            records.push_back(readRecord(read));
        for (auto& record : records)
            rescore(m_db.connection(), record);
        return records;
    });
}

} // namespace paceplan::storage
