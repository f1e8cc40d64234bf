// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PlanRepository.h"

#include "storage/Connection.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"
#include "storage/Uuid.h"

#include "core/plan/PlanValidation.h"

namespace paceplan::storage {

using namespace paceplan::core;

namespace {

constexpr const char* kInfoColumns = "id, uuid, revision, state, locked, printed_at, title, start_date, length_weeks, "
                                     "created_at, activated_at, override_reason";

RevisionState stateFromCode(const std::string& code)
{
    if (code == "active")
        return RevisionState::Active;
    if (code == "superseded")
        return RevisionState::Superseded;
    if (code == "completed")
        return RevisionState::Completed;
    return RevisionState::Draft;
}

RevisionInfo readInfo(const Statement& row)
{
    RevisionInfo info;
    info.id = PlanRevisionId(row.int64(0));
    info.uuid = row.text(1);
    info.revision = row.integer(2);
    info.state = stateFromCode(row.text(3));
    info.locked = row.integer(4) != 0;
    info.printedAt = row.text(5);
    info.printed = !info.printedAt.empty();
    info.title = row.text(6);
    info.startDate = Date::fromIso(row.text(7)).value_or(Date());
    info.lengthWeeks = row.integer(8);
    info.createdAt = row.text(9);
    info.activatedAt = row.text(10);
    info.overrideReason = row.text(11);
    return info;
}

PlanStatus planStatusFor(RevisionState state)
{
    switch (state) {
    case RevisionState::Draft:
        return PlanStatus::Draft;
    case RevisionState::Active:
    case RevisionState::Superseded:
        return PlanStatus::Active;
    case RevisionState::Completed:
        return PlanStatus::Completed;
    }
    return PlanStatus::Draft;
}

void insertRevision(Database& db, const DocumentCodec& codec, Plan& plan, const std::string& now)
{
    plan.status = PlanStatus::Draft;
    const std::string uuid = newUuid();
    Statement insert(db.connection(),
        "INSERT INTO plan_revision (uuid, plan_id, revision, state, title, start_date, length_weeks, content, "
        "created_at, updated_at) VALUES (?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?)");
    insert.bind(1, uuid).bind(2, plan.id.value()).bind(3, plan.revision).bind(4, plan.title);
    insert.bind(5, plan.startDate.toIso()).bind(6, plan.lengthWeeks);
    plan.revisionId = PlanRevisionId(0);
    insert.bind(7, codec.encodePlan(plan)).bind(8, now).bind(9, now).run();
    plan.revisionId = PlanRevisionId(db.connection().lastInsertId());
    db.audit("create", "plan_revision", uuid, "revision " + std::to_string(plan.revision));
}

std::string planUuid(Connection& connection, PlanId plan)
{
    Statement read(connection, "SELECT uuid FROM plan WHERE id = ?");
    read.bind(1, plan.value());
    if (!read.step())
        throw StorageError(ErrorCode::NotFound, "no such plan", "plan");
    return read.text(0);
}

} // namespace

const char* revisionStateCode(RevisionState state)
{
    switch (state) {
    case RevisionState::Draft:
        return "draft";
    case RevisionState::Active:
        return "active";
    case RevisionState::Superseded:
        return "superseded";
    case RevisionState::Completed:
        return "completed";
    }
    return "draft";
}

namespace {

/// The first problem of a plan that must not be stored, with every problem listed in its detail.
std::optional<Error> invalidPlan(const Plan& plan)
{
    const auto errors = validatePlan(plan);
    if (errors.empty())
        return std::nullopt;
    Error first = errors.front();
    for (std::size_t i = 1; i < errors.size(); ++i)
        first.detail += "; " + errors[i].field + ": " + errors[i].detail;
    return first;
}

/// Why a screening does not allow activation, or nothing when it does. Checked here so that no face can
/// activate a plan without a screening that clears it (REFERENCE §5).
std::optional<Error> screeningBlocks(const PreExerciseScreening& screening)
{
    if (const auto problems = validateScreening(screening); !problems.empty())
        return problems.front();
    const auto decision = assessActivation(screening);
    if (!decision.blocked)
        return std::nullopt;
    std::string reasons;
    for (const auto& reason : decision.reasons)
        reasons += (reasons.empty() ? "" : "; ") + reason.message;
    return makeError(ErrorCode::InvalidValue, "screening",
        (decision.overrideAllowed ? "the screening blocks activation: "
                                  : "the screening blocks activation and cannot be overridden: ")
            + reasons);
}

} // namespace

PlanRepository::PlanRepository(Database& database, const DocumentCodec& codec) : m_db(database), m_codec(codec) { }

Result<Plan> PlanRepository::create(PatientId patient, Plan plan)
{
    return guarded([&] {
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        Statement owner(connection, "SELECT uuid FROM patient WHERE id = ?");
        owner.bind(1, patient.value());
        if (!owner.step())
            throw StorageError(ErrorCode::NotFound, "no such patient", "patient");
        const std::string now = m_db.clock().nowIso();
        plan.uuid = newUuid();
        plan.patientId = patient;
        plan.revision = 1;
        if (auto invalid = invalidPlan(plan))
            throw StorageError(invalid->code, invalid->detail, invalid->field);
        Statement insert(connection, "INSERT INTO plan (uuid, patient_id, created_at, updated_at) VALUES (?, ?, ?, ?)");
        insert.bind(1, plan.uuid).bind(2, patient.value()).bind(3, now).bind(4, now).run();
        plan.id = PlanId(connection.lastInsertId());
        m_db.audit("create", "plan", plan.uuid);
        plan.revision = 1;
        insertRevision(m_db, m_codec, plan, now);
        transaction.commit();
        return plan;
    });
}

Result<Plan> PlanRepository::save(Plan plan)
{
    return guarded([&] {
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        if (auto invalid = invalidPlan(plan))
            throw StorageError(invalid->code, invalid->detail, invalid->field);
        const std::string uuid = planUuid(connection, plan.id);
        Statement newest(connection,
            "SELECT revision, locked, uuid FROM plan_revision WHERE plan_id = ? "
            "ORDER BY revision DESC LIMIT 1");
        newest.bind(1, plan.id.value());
        newest.step();
        const int latest = newest.integer(0);
        const bool locked = newest.integer(1) != 0;
        const std::string now = m_db.clock().nowIso();
        plan.uuid = uuid;
        if (!locked && plan.revision == latest) {
            plan.status = PlanStatus::Draft;
            Statement write(connection,
                "UPDATE plan_revision SET title = ?, start_date = ?, length_weeks = ?, "
                "content = ?, updated_at = ? WHERE plan_id = ? AND revision = ?");
            write.bind(1, plan.title).bind(2, plan.startDate.toIso()).bind(3, plan.lengthWeeks);
            write.bind(4, m_codec.encodePlan(plan)).bind(5, now).bind(6, plan.id.value()).bind(7, latest).run();
            m_db.audit("update", "plan_revision", newest.text(2), "revision " + std::to_string(latest));
        } else {
            plan.revision = latest + 1;
            insertRevision(m_db, m_codec, plan, now);
        }
        Statement touch(connection, "UPDATE plan SET updated_at = ? WHERE id = ?");
        touch.bind(1, now).bind(2, plan.id.value()).run();
        transaction.commit();
        return plan;
    });
}

Status PlanRepository::activate(PlanId plan, int revision, const PreExerciseScreening& screening)
{
    if (auto blocked = screeningBlocks(screening))
        return *blocked;
    return guarded([&] {
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        Statement read(connection, "SELECT uuid, state, content FROM plan_revision WHERE plan_id = ? AND revision = ?");
        read.bind(1, plan.value()).bind(2, revision);
        if (!read.step())
            throw StorageError(ErrorCode::NotFound, "no such revision", "revision");
        const std::string uuid = read.text(0);
        if (read.text(1) != "draft")
            throw StorageError(ErrorCode::Conflict, "only a draft revision can be activated", "revision");
        auto content = m_codec.decodePlan(read.text(2));
        if (!content)
            throw StorageError(ErrorCode::Damaged, "stored plan cannot be read");
        content->status = PlanStatus::Active;
        const std::string now = m_db.clock().nowIso();
        Statement supersede(connection,
            "UPDATE plan_revision SET state = 'superseded', updated_at = ? "
            "WHERE plan_id = ? AND state = 'active'");
        supersede.bind(1, now).bind(2, plan.value()).run();
        Statement write(connection,
            "UPDATE plan_revision SET state = 'active', locked = 1, activated_at = ?, "
            "screening = ?, override_reason = ?, content = ?, updated_at = ? "
            "WHERE plan_id = ? AND revision = ?");
        write.bind(1, now).bind(2, m_codec.encodeScreening(screening)).bind(3, screening.overrideReason);
        write.bind(4, m_codec.encodePlan(*content)).bind(5, now).bind(6, plan.value()).bind(7, revision).run();
        m_db.audit("activate", "plan_revision", uuid,
            screening.overrideReason.empty() ? std::string("screening clear")
                                             : std::string("screening block overridden with a written reason"));
        transaction.commit();
    });
}

Status PlanRepository::markPrinted(PlanId plan, int revision)
{
    return recordHandout(plan, revision, true, {});
}

Status PlanRepository::recordHandout(PlanId plan, int revision, bool lock, std::string_view how)
{
    return guarded([&] {
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        Statement read(connection, "SELECT uuid FROM plan_revision WHERE plan_id = ? AND revision = ?");
        read.bind(1, plan.value()).bind(2, revision);
        if (!read.step())
            throw StorageError(ErrorCode::NotFound, "no such revision", "revision");
        const std::string uuid = read.text(0);
        if (lock) {
            const std::string now = m_db.clock().nowIso();
            Statement write(connection,
                "UPDATE plan_revision SET locked = 1, printed_at = ?, updated_at = ? "
                "WHERE plan_id = ? AND revision = ?");
            write.bind(1, now).bind(2, now).bind(3, plan.value()).bind(4, revision).run();
        }
        m_db.audit("print", "plan_revision", uuid, std::string(how) + (lock ? "" : ", draft not locked"));
        transaction.commit();
    });
}

Status PlanRepository::complete(PlanId plan)
{
    return guarded([&] {
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        const std::string uuid = planUuid(connection, plan);
        Statement write(connection,
            "UPDATE plan_revision SET state = 'completed', updated_at = ? "
            "WHERE plan_id = ? AND state = 'active'");
        write.bind(1, m_db.clock().nowIso()).bind(2, plan.value()).run();
        if (connection.changes() == 0)
            throw StorageError(ErrorCode::Conflict, "the plan has no active revision", "plan");
        m_db.audit("complete", "plan", uuid);
        transaction.commit();
    });
}

Status PlanRepository::remove(PlanId plan)
{
    return guarded([&] {
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        const std::string uuid = planUuid(connection, plan);
        Statement erase(connection, "DELETE FROM plan WHERE id = ?");
        erase.bind(1, plan.value()).run();
        m_db.audit("delete", "plan", uuid);
        transaction.commit();
    });
}

Result<Plan> PlanRepository::revision(PlanId planId, int number)
{
    return guarded([&] {
        Statement read(m_db.connection(),
            "SELECT r.id, r.state, r.content, p.uuid, p.patient_id FROM plan_revision r "
            "JOIN plan p ON p.id = r.plan_id WHERE r.plan_id = ? AND r.revision = ?");
        read.bind(1, planId.value()).bind(2, number);
        if (!read.step())
            throw StorageError(ErrorCode::NotFound, "no such revision", "revision");
        auto plan = m_codec.decodePlan(read.text(2));
        if (!plan)
            throw StorageError(ErrorCode::Damaged, "stored plan cannot be read: " + plan.error().detail);
        plan->id = planId;
        plan->revisionId = PlanRevisionId(read.int64(0));
        plan->revision = number;
        plan->status = planStatusFor(stateFromCode(read.text(1)));
        plan->uuid = read.text(3);
        plan->patientId = PatientId(read.int64(4));
        return std::move(plan).value();
    });
}

Result<Plan> PlanRepository::latest(PlanId planId)
{
    auto numbers = revisions(planId);
    if (!numbers)
        return numbers.error();
    if (numbers->empty())
        return makeError(ErrorCode::NotFound, "plan", "no revisions");
    return revision(planId, numbers->back().revision);
}

Result<std::vector<RevisionInfo>> PlanRepository::revisions(PlanId plan)
{
    return guarded([&] {
        planUuid(m_db.connection(), plan);
        Statement read(m_db.connection(),
            std::string("SELECT ") + kInfoColumns + " FROM plan_revision WHERE plan_id = ? ORDER BY revision");
        read.bind(1, plan.value());
        std::vector<RevisionInfo> out;
        while (read.step())
            out.push_back(readInfo(read));
        return out;
    });
}

Result<PlanSummary> PlanRepository::summary(PlanId plan)
{
    return guarded([&] {
        Statement read(m_db.connection(), "SELECT uuid, patient_id FROM plan WHERE id = ?");
        read.bind(1, plan.value());
        if (!read.step())
            throw StorageError(ErrorCode::NotFound, "no such plan", "plan");
        PlanSummary summary;
        summary.id = plan;
        summary.uuid = read.text(0);
        summary.patientId = PatientId(read.int64(1));
        auto all = revisions(plan);
        if (!all)
            throw StorageError(all.error().code, all.error().detail);
        for (const auto& info : *all)
            if (info.state == RevisionState::Active)
                summary.active = info;
        if (!all->empty())
            summary.latest = all->back();
        return summary;
    });
}

Result<std::vector<PlanSummary>> PlanRepository::plansOf(PatientId patient)
{
    return guarded([&] {
        Statement read(m_db.connection(), "SELECT id FROM plan WHERE patient_id = ? ORDER BY created_at DESC, id DESC");
        read.bind(1, patient.value());
        std::vector<PlanId> ids;
        while (read.step())
            ids.emplace_back(read.int64(0));
        std::vector<PlanSummary> out;
        for (const auto id : ids) {
            auto one = summary(id);
            if (!one)
                throw StorageError(one.error().code, one.error().detail);
            out.push_back(std::move(one).value());
        }
        return out;
    });
}

Result<std::optional<PreExerciseScreening>> PlanRepository::screening(PlanId plan, int revision)
{
    return guarded([&]() -> std::optional<PreExerciseScreening> {
        Statement read(m_db.connection(), "SELECT screening FROM plan_revision WHERE plan_id = ? AND revision = ?");
        read.bind(1, plan.value()).bind(2, revision);
        if (!read.step())
            throw StorageError(ErrorCode::NotFound, "no such revision", "revision");
        if (read.text(0).empty())
            return std::nullopt;
        auto decoded = m_codec.decodeScreening(read.text(0));
        if (!decoded)
            throw StorageError(ErrorCode::Damaged, "stored screening cannot be read");
        return std::move(decoded).value();
    });
}

} // namespace paceplan::storage
