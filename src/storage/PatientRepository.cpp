// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PatientRepository.h"

#include "core/patient/PatientValidation.h"
#include "core/text/Utf8.h"
#include "storage/Connection.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"
#include "storage/Uuid.h"

#include <sstream>

namespace paceplan::storage {

using namespace paceplan::core;

namespace {

constexpr const char* kColumns
    = "id, uuid, given_name, family_name, date_of_birth, sex, phone, email, condition, pain_duration, precautions, "
      "precaution_notes, resting_heart_rate, clinician_notes, archived, created_at, updated_at";

std::string joinPrecautions(const std::vector<Precaution>& precautions)
{
    std::string out;
    for (const auto precaution : precautions) {
        if (!out.empty())
            out += ',';
        out += precautionCode(precaution);
    }
    return out;
}

std::vector<Precaution> splitPrecautions(const std::string& text)
{
    std::vector<Precaution> out;
    std::stringstream stream(text);
    std::string code;
    while (std::getline(stream, code, ','))
        if (const auto value = precautionFromCode(code))
            out.push_back(*value);
    return out;
}

Patient readPatient(const Statement& row)
{
    Patient patient;
    patient.id = PatientId(row.int64(0));
    patient.uuid = row.text(1);
    patient.givenName = row.text(2);
    patient.familyName = row.text(3);
    patient.dateOfBirth = Date::fromIso(row.text(4)).value_or(Date());
    patient.sex = sexFromCode(row.text(5)).value_or(Sex::Unknown);
    patient.phone = row.text(6);
    patient.email = row.text(7);
    patient.condition = primaryConditionFromCode(row.text(8)).value_or(PrimaryCondition::Other);
    patient.painDuration = painDurationFromCode(row.text(9)).value_or(PainDuration::Unknown);
    patient.precautions = splitPrecautions(row.text(10));
    patient.precautionNotes = row.text(11);
    patient.restingHeartRate = row.optionalInt(12);
    patient.clinicianNotes = row.text(13);
    patient.archived = row.int64(14) != 0;
    patient.createdAt = row.text(15);
    patient.updatedAt = row.text(16);
    return patient;
}

void bindFields(Statement& statement, const Patient& patient)
{
    statement.bind(1, patient.givenName)
        .bind(2, patient.familyName)
        .bind(3, patient.dateOfBirth.toIso())
        .bind(4, sexCode(patient.sex))
        .bind(5, patient.phone)
        .bind(6, patient.email)
        .bind(7, primaryConditionCode(patient.condition))
        .bind(8, painDurationCode(patient.painDuration))
        .bind(9, joinPrecautions(patient.precautions))
        .bind(10, patient.precautionNotes)
        .bind(11, patient.restingHeartRate)
        .bind(12, patient.clinicianNotes)
        .bind(13, patient.archived)
        .bind(14, foldForSearch(patient.givenName + " " + patient.familyName))
        .bind(15, foldForSearch(patient.familyName + " " + patient.givenName))
        .bind(16, patient.updatedAt);
}

void validateOrThrow(const Patient& patient, const Date& today)
{
    const auto errors = validatePatient(patient, today);
    if (!errors.empty())
        throw StorageError(errors.front().code, errors.front().detail, errors.front().field);
}

/// WHERE clause and bound values shared by list and count; prefix ranges keep the name indexes usable.
struct Filter {
    std::string where;
    std::vector<std::string> values;
};

Filter buildFilter(const PatientQuery& query)
{
    Filter filter;
    std::vector<std::string> parts;
    if (query.archive == ArchiveFilter::Active)
        parts.emplace_back("archived = 0");
    else if (query.archive == ArchiveFilter::Archived)
        parts.emplace_back("archived = 1");
    const std::string prefix = foldForSearch(trimmed(query.namePrefix));
    if (!prefix.empty()) {
        // "\xFF" never occurs in UTF-8, so [prefix, prefix + FF) holds exactly the keys starting with prefix.
        parts.emplace_back("((key_given_first >= ?1 AND key_given_first < ?2) OR "
                           "(key_family_first >= ?1 AND key_family_first < ?2))");
        filter.values = { prefix, prefix + "\xFF" };
    }
    for (std::size_t i = 0; i < parts.size(); ++i)
        filter.where += (i == 0 ? " WHERE " : " AND ") + parts[i];
    return filter;
}

std::string orderBy(const PatientQuery& query)
{
    const char* direction = query.descending ? " DESC" : " ASC";
    switch (query.sort) {
    case PatientSort::FamilyName:
        return std::string(" ORDER BY key_family_first") + direction + ", id";
    case PatientSort::GivenName:
        return std::string(" ORDER BY key_given_first") + direction + ", id";
    case PatientSort::DateOfBirth:
        return std::string(" ORDER BY date_of_birth") + direction + ", key_family_first";
    case PatientSort::Condition:
        return std::string(" ORDER BY condition") + direction + ", key_family_first";
    case PatientSort::UpdatedAt:
        return std::string(" ORDER BY updated_at") + direction + ", key_family_first";
    }
    return " ORDER BY key_family_first";
}

std::string selectSql(const PatientQuery& query, const Filter& filter)
{
    std::string sql = std::string("SELECT ") + kColumns + " FROM patient" + filter.where + orderBy(query);
    if (query.limit >= 0 || query.offset > 0)
        sql += " LIMIT " + std::to_string(query.limit >= 0 ? query.limit : -1) + " OFFSET "
            + std::to_string(std::max(0, query.offset));
    return sql;
}

} // namespace

PatientRepository::PatientRepository(Database& database) : m_db(database) { }

Result<Patient> PatientRepository::create(Patient patient)
{
    return guarded([&] {
        patient = normalizedPatient(std::move(patient));
        validateOrThrow(patient, m_db.clock().today());
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        if (patient.uuid.empty())
            patient.uuid = newUuid();
        else if (!isUuid(patient.uuid))
            throw StorageError(ErrorCode::InvalidFormat, "not a uuid", "uuid");
        patient.createdAt = m_db.clock().nowIso();
        patient.updatedAt = patient.createdAt;
        Statement insert(connection,
            "INSERT INTO patient (given_name, family_name, date_of_birth, sex, phone, email, condition, "
            "pain_duration, precautions, precaution_notes, resting_heart_rate, clinician_notes, archived, "
            "key_given_first, key_family_first, updated_at, uuid, created_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)");
        bindFields(insert, patient);
        insert.bind(17, patient.uuid).bind(18, patient.createdAt);
        insert.run();
        patient.id = PatientId(connection.lastInsertId());
        m_db.audit("create", "patient", patient.uuid);
        transaction.commit();
        return patient;
    });
}

Result<Patient> PatientRepository::update(Patient patient)
{
    return guarded([&] {
        patient = normalizedPatient(std::move(patient));
        validateOrThrow(patient, m_db.clock().today());
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        patient.updatedAt = m_db.clock().nowIso();
        Statement write(connection,
            "UPDATE patient SET given_name = ?1, family_name = ?2, date_of_birth = ?3, sex = ?4, phone = ?5, "
            "email = ?6, condition = ?7, pain_duration = ?8, precautions = ?9, precaution_notes = ?10, "
            "resting_heart_rate = ?11, clinician_notes = ?12, archived = ?13, key_given_first = ?14, "
            "key_family_first = ?15, updated_at = ?16 WHERE id = ?17");
        bindFields(write, patient);
        write.bind(17, patient.id.value());
        write.run();
        if (connection.changes() == 0)
            throw StorageError(ErrorCode::NotFound, "no such patient", "id");
        Statement read(connection, "SELECT uuid, created_at FROM patient WHERE id = ?");
        read.bind(1, patient.id.value());
        read.step();
        patient.uuid = read.text(0);
        patient.createdAt = read.text(1);
        m_db.audit("update", "patient", patient.uuid);
        transaction.commit();
        return patient;
    });
}

Status PatientRepository::setArchived(PatientId id, bool archived)
{
    return guarded([&] {
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        Statement write(connection, "UPDATE patient SET archived = ?, updated_at = ? WHERE id = ?");
        write.bind(1, archived).bind(2, m_db.clock().nowIso()).bind(3, id.value()).run();
        if (connection.changes() == 0)
            throw StorageError(ErrorCode::NotFound, "no such patient", "id");
        Statement read(connection, "SELECT uuid FROM patient WHERE id = ?");
        read.bind(1, id.value());
        read.step();
        m_db.audit(archived ? "archive" : "unarchive", "patient", read.text(0));
        transaction.commit();
    });
}

Status PatientRepository::remove(PatientId id)
{
    return guarded([&] {
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        Statement read(connection, "SELECT uuid FROM patient WHERE id = ?");
        read.bind(1, id.value());
        if (!read.step())
            throw StorageError(ErrorCode::NotFound, "no such patient", "id");
        const std::string uuid = read.text(0);
        Statement erase(connection, "DELETE FROM patient WHERE id = ?");
        erase.bind(1, id.value()).run();
        m_db.audit("delete", "patient", uuid, "erased with all their records");
        transaction.commit();
    });
}

Result<Patient> PatientRepository::get(PatientId id)
{
    return guarded([&] {
        Statement read(m_db.connection(), std::string("SELECT ") + kColumns + " FROM patient WHERE id = ?");
        read.bind(1, id.value());
        if (!read.step())
            throw StorageError(ErrorCode::NotFound, "no such patient", "id");
        return readPatient(read);
    });
}

Result<Patient> PatientRepository::getByUuid(std::string_view uuid)
{
    return guarded([&] {
        Statement read(m_db.connection(), std::string("SELECT ") + kColumns + " FROM patient WHERE uuid = ?");
        read.bind(1, uuid);
        if (!read.step())
            throw StorageError(ErrorCode::NotFound, "no such patient", "uuid");
        return readPatient(read);
    });
}

Result<std::vector<Patient>> PatientRepository::list(const PatientQuery& query)
{
    return guarded([&] {
        const auto filter = buildFilter(query);
        Statement read(m_db.connection(), selectSql(query, filter));
        for (std::size_t i = 0; i < filter.values.size(); ++i)
            read.bind(static_cast<int>(i + 1), filter.values[i]);
        std::vector<Patient> patients;
        while (read.step())
            patients.push_back(readPatient(read));
        return patients;
    });
}

Result<int> PatientRepository::count(const PatientQuery& query)
{
    return guarded([&] {
        const auto filter = buildFilter(query);
        Statement read(m_db.connection(), "SELECT count(*) FROM patient" + filter.where);
        for (std::size_t i = 0; i < filter.values.size(); ++i)
            read.bind(static_cast<int>(i + 1), filter.values[i]);
        read.step();
        return read.integer(0);
    });
}

Result<std::string> PatientRepository::explainSearch(const PatientQuery& query)
{
    return guarded([&] {
        const auto filter = buildFilter(query);
        Statement read(m_db.connection(), "EXPLAIN QUERY PLAN " + selectSql(query, filter));
        for (std::size_t i = 0; i < filter.values.size(); ++i)
            read.bind(static_cast<int>(i + 1), filter.values[i]);
        std::string plan;
        while (read.step())
            plan += read.text(3) + "\n";
        return plan;
    });
}

} // namespace paceplan::storage
