// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SessionLogRepository.h"

#include "core/monitoring/SessionLogValidation.h"
#include "storage/Connection.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"
#include "storage/Uuid.h"

#include <string>

namespace paceplan::storage {

using namespace paceplan::core;

namespace {

constexpr const char* kColumns = "id, uuid, patient_id, plan_id, revision, date, status, pain_before, pain_during, "
                                 "pain_after, pain_next_morning, effort, minutes, notes, created_at, updated_at";

SessionLog readLog(const Statement& row)
{
    SessionLog log;
    log.id = SessionLogId(row.int64(0));
    log.uuid = row.text(1);
    log.patientId = PatientId(row.int64(2));
    log.planId = row.isNull(3) ? PlanId() : PlanId(row.int64(3));
    log.revisionNumber = row.integer(4);
    log.date = Date::fromIso(row.text(5)).value_or(Date());
    log.status = sessionStatusFromCode(row.text(6)).value_or(SessionStatus::NotLogged);
    log.painBefore = row.optionalInt(7);
    log.painDuring = row.optionalInt(8);
    log.painAfter = row.optionalInt(9);
    log.painNextMorning = row.optionalInt(10);
    log.effort = row.optionalInt(11);
    log.minutes = row.optionalInt(12);
    log.notes = row.text(13);
    log.createdAt = row.text(14);
    log.updatedAt = row.text(15);
    return log;
}

/// Runs core validation; a log without a plan is allowed (no plan id, revision 0), see the class comment.
void validateOrThrow(const SessionLog& log, const Date& today)
{
    for (const auto& error : validateSessionLog(log, today)) {
        const bool noPlan = !log.planId.isValid() && log.revisionNumber == 0;
        if (noPlan && (error.field == session_log_field::kPlanId || error.field == session_log_field::kRevisionNumber))
            continue;
        throw StorageError(error.code, error.detail, error.field);
    }
}

void checkPatient(Connection& connection, PatientId patient)
{
    Statement read(connection, "SELECT 1 FROM patient WHERE id = ?");
    read.bind(1, patient.value());
    if (!read.step())
        throw StorageError(ErrorCode::NotFound, "no such patient", session_log_field::kPatientId);
}

/// Checks the plan belongs to the patient and fills in the revision in force when none is given.
void resolvePlan(Connection& connection, SessionLog& log)
{
    if (!log.planId.isValid())
        return;
    Statement owner(connection, "SELECT patient_id FROM plan WHERE id = ?");
    owner.bind(1, log.planId.value());
    if (!owner.step())
        throw StorageError(ErrorCode::NotFound, "no such plan", session_log_field::kPlanId);
    if (owner.int64(0) != log.patientId.value())
        throw StorageError(ErrorCode::Inconsistent, "plan of another patient", session_log_field::kPlanId);
    if (log.revisionNumber > 0) {
        Statement exists(connection, "SELECT 1 FROM plan_revision WHERE plan_id = ? AND revision = ?");
        exists.bind(1, log.planId.value()).bind(2, log.revisionNumber);
        if (!exists.step())
            throw StorageError(ErrorCode::NotFound, "no such revision", session_log_field::kRevisionNumber);
        return;
    }
    Statement inForce(connection,
        "SELECT revision FROM plan_revision WHERE plan_id = ? ORDER BY (state = 'active') DESC, revision DESC LIMIT 1");
    inForce.bind(1, log.planId.value());
    if (inForce.step())
        log.revisionNumber = inForce.integer(0);
}

void bindValues(Statement& statement, const SessionLog& log)
{
    statement.bind(1, sessionStatusCode(log.status))
        .bind(2, log.painBefore)
        .bind(3, log.painDuring)
        .bind(4, log.painAfter)
        .bind(5, log.painNextMorning)
        .bind(6, log.effort)
        .bind(7, log.minutes)
        .bind(8, log.notes)
        .bind(9, log.updatedAt);
}

} // namespace

SessionLogRepository::SessionLogRepository(Database& database) : m_db(database) { }

Result<SessionLog> SessionLogRepository::add(SessionLog log)
{
    return guarded([&] {
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        checkPatient(connection, log.patientId);
        resolvePlan(connection, log);
        validateOrThrow(log, m_db.clock().today());
        if (log.uuid.empty())
            log.uuid = newUuid();
        else if (!isUuid(log.uuid))
            throw StorageError(ErrorCode::InvalidFormat, "not a uuid", session_log_field::kUuid);
        Statement duplicate(
            connection, "SELECT 1 FROM session_log WHERE patient_id = ? AND ifnull(plan_id, 0) = ? AND date = ?");
        duplicate.bind(1, log.patientId.value()).bind(2, log.planId.value()).bind(3, log.date.toIso());
        if (duplicate.step())
            throw StorageError(ErrorCode::Conflict, "a log for this day exists", session_log_field::kDate);
        log.createdAt = m_db.clock().nowIso();
        log.updatedAt = log.createdAt;
        Statement insert(connection,
            "INSERT INTO session_log (status, pain_before, pain_during, pain_after, pain_next_morning, effort, "
            "minutes, "
            "notes, updated_at, uuid, patient_id, plan_id, revision, date, created_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
        bindValues(insert, log);
        insert.bind(10, log.uuid).bind(11, log.patientId.value());
        if (log.planId.isValid())
            insert.bind(12, log.planId.value());
        else
            insert.bindNull(12);
        insert.bind(13, log.revisionNumber).bind(14, log.date.toIso()).bind(15, log.createdAt);
        insert.run();
        log.id = SessionLogId(connection.lastInsertId());
        m_db.audit("create", "session_log", log.uuid);
        transaction.commit();
        return log;
    });
}

Result<SessionLog> SessionLogRepository::update(SessionLog log)
{
    return guarded([&] {
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        Statement read(connection, std::string("SELECT ") + kColumns + " FROM session_log WHERE id = ?");
        read.bind(1, log.id.value());
        if (!read.step())
            throw StorageError(ErrorCode::NotFound, "no such session log", "id");
        const SessionLog stored = readLog(read);
        log.uuid = stored.uuid;
        log.patientId = stored.patientId;
        log.planId = stored.planId;
        log.revisionNumber = stored.revisionNumber;
        log.date = stored.date;
        log.createdAt = stored.createdAt;
        validateOrThrow(log, m_db.clock().today());
        log.updatedAt = m_db.clock().nowIso();
        Statement write(connection,
            "UPDATE session_log SET status = ?1, pain_before = ?2, pain_during = ?3, pain_after = ?4, "
            "pain_next_morning = ?5, effort = ?6, minutes = ?7, notes = ?8, updated_at = ?9 WHERE id = ?10");
        bindValues(write, log);
        write.bind(10, log.id.value());
        write.run();
        m_db.audit("update", "session_log", log.uuid);
        transaction.commit();
        return log;
    });
}

Status SessionLogRepository::remove(SessionLogId id)
{
    return guarded([&] {
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        Statement read(connection, "SELECT uuid FROM session_log WHERE id = ?");
        read.bind(1, id.value());
        if (!read.step())
            throw StorageError(ErrorCode::NotFound, "no such session log", "id");
        const std::string uuid = read.text(0);
        Statement erase(connection, "DELETE FROM session_log WHERE id = ?");
        erase.bind(1, id.value()).run();
        m_db.audit("delete", "session_log", uuid);
        transaction.commit();
    });
}

Result<SessionLog> SessionLogRepository::get(SessionLogId id)
{
    return guarded([&] {
        Statement read(m_db.connection(), std::string("SELECT ") + kColumns + " FROM session_log WHERE id = ?");
        read.bind(1, id.value());
        if (!read.step())
            throw StorageError(ErrorCode::NotFound, "no such session log", "id");
        return readLog(read);
    });
}

Result<std::vector<SessionLog>> SessionLogRepository::list(
    PatientId patient, std::optional<Date> from, std::optional<Date> to)
{
    return guarded([&] {
        Statement read(m_db.connection(),
            std::string("SELECT ") + kColumns
                + " FROM session_log WHERE patient_id = ? AND date >= ? AND date <= ? ORDER BY date, id");
        read.bind(1, patient.value())
            .bind(2, from && from->isValid() ? from->toIso() : std::string())
            .bind(3, to && to->isValid() ? to->toIso() : std::string("9999-12-31"));
        std::vector<SessionLog> logs;
        while (read.step())
            logs.push_back(readLog(read));
        return logs;
    });
}

Result<std::vector<SessionLog>> SessionLogRepository::listForPlan(PlanId plan)
{
    return guarded([&] {
        Statement read(m_db.connection(),
            std::string("SELECT ") + kColumns + " FROM session_log WHERE plan_id = ? ORDER BY date, id");
        read.bind(1, plan.value());
        std::vector<SessionLog> logs;
        while (read.step())
            logs.push_back(readLog(read));
        return logs;
    });
}

} // namespace paceplan::storage
