// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/TemplateRepository.h"

#include "storage/Connection.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"
#include "storage/Uuid.h"

namespace paceplan::storage {

using namespace paceplan::core;

namespace {

PlanTemplate readTemplate(const Statement& row, const DocumentCodec& codec)
{
    PlanTemplate result;
    result.code = row.text(0);
    result.name = row.text(1);
    result.description = row.text(2);
    result.condition = primaryConditionFromCode(row.text(3)).value_or(PrimaryCondition::Other);
    result.builtin = row.integer(4) != 0;
    auto plan = codec.decodePlan(row.text(5));
    if (!plan)
        throw StorageError(
            ErrorCode::Damaged, "stored template cannot be read: " + plan.error().field + " " + plan.error().detail);
    result.plan = std::move(plan).value();
    return result;
}

/// A template never carries a patient, a start date or a status.
Plan strippedPlan(Plan plan)
{
    plan.id = {};
    plan.revisionId = {};
    plan.patientId = {};
    plan.uuid.clear();
    plan.startDate = Date();
    plan.status = PlanStatus::Draft;
    plan.revision = 1;
    return plan;
}

constexpr const char* kColumns = "code, name, description, condition, builtin, content";

/// Inserts a template row created and updated `now`; `builtin` marks a shipped template.
void insertTemplate(Connection& connection, const std::string& uuid, const PlanTemplate& planTemplate,
    const std::string& content, const std::string& now, bool builtin)
{
    Statement insert(connection,
        "INSERT INTO plan_template (uuid, code, name, description, condition, builtin, "
        "content, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, uuid)
        .bind(2, planTemplate.code)
        .bind(3, planTemplate.name)
        .bind(4, planTemplate.description)
        .bind(5, primaryConditionCode(planTemplate.condition))
        .bind(6, builtin)
        .bind(7, content)
        .bind(8, now)
        .bind(9, now)
        .run();
}

/// Rewrites the name, description, condition and content of the row with the template's code.
void updateTemplate(
    Connection& connection, const PlanTemplate& planTemplate, const std::string& content, const std::string& now)
{
    Statement write(connection,
        "UPDATE plan_template SET name = ?, description = ?, condition = ?, content = ?, "
        "updated_at = ? WHERE code = ?");
    write.bind(1, planTemplate.name)
        .bind(2, planTemplate.description)
        .bind(3, primaryConditionCode(planTemplate.condition))
        .bind(4, content)
        .bind(5, now)
        .bind(6, planTemplate.code)
        .run();
}

} // namespace

TemplateRepository::TemplateRepository(Database& database, const DocumentCodec& codec) : m_db(database), m_codec(codec)
{
}

Status TemplateRepository::mergeBuiltins(const std::vector<PlanTemplate>& templates)
{
    return guarded([&] {
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        const std::string now = m_db.clock().nowIso();
        for (const auto& shipped : templates) {
            const std::string content = m_codec.encodeTemplate(strippedPlan(shipped.plan));
            Statement read(
                connection, "SELECT uuid, builtin, content, name, description FROM plan_template WHERE code = ?");
            read.bind(1, shipped.code);
            if (!read.step()) {
                const std::string uuid = newUuid();
                insertTemplate(connection, uuid, shipped, content, now, true);
                m_db.audit("library-add", "plan_template", uuid);
            } else if (read.integer(1) != 0
                && (read.text(2) != content || read.text(3) != shipped.name || read.text(4) != shipped.description)) {
                const std::string uuid = read.text(0);
                updateTemplate(connection, shipped, content, now);
                m_db.audit("library-update", "plan_template", uuid);
            }
        }
        transaction.commit();
    });
}

Result<std::vector<PlanTemplate>> TemplateRepository::list()
{
    return guarded([&] {
        Statement read(
            m_db.connection(), std::string("SELECT ") + kColumns + " FROM plan_template ORDER BY builtin DESC, name");
        std::vector<PlanTemplate> out;
        while (read.step())
            out.push_back(readTemplate(read, m_codec));
        return out;
    });
}

Result<PlanTemplate> TemplateRepository::get(std::string_view code)
{
    return guarded([&] {
        Statement read(m_db.connection(), std::string("SELECT ") + kColumns + " FROM plan_template WHERE code = ?");
        read.bind(1, code);
        if (!read.step())
            throw StorageError(ErrorCode::NotFound, "no such template", "template");
        return readTemplate(read, m_codec);
    });
}

Result<PlanTemplate> TemplateRepository::save(PlanTemplate planTemplate)
{
    return guarded([&] {
        if (planTemplate.name.empty())
            throw StorageError(ErrorCode::Required, "a template needs a name", "name");
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        const std::string now = m_db.clock().nowIso();
        planTemplate.plan = strippedPlan(std::move(planTemplate.plan));
        planTemplate.builtin = false;
        const std::string content = m_codec.encodeTemplate(planTemplate.plan);
        if (planTemplate.code.empty()) {
            const std::string uuid = newUuid();
            planTemplate.code = "custom-" + uuid;
            insertTemplate(connection, uuid, planTemplate, content, now, false);
            m_db.audit("create", "plan_template", uuid);
        } else {
            Statement read(connection, "SELECT uuid, builtin FROM plan_template WHERE code = ?");
            read.bind(1, planTemplate.code);
            if (!read.step())
                throw StorageError(ErrorCode::NotFound, "no such template", "template");
            if (read.integer(1) != 0)
                throw StorageError(
                    ErrorCode::Conflict, "built-in templates cannot be changed; save a copy", "template");
            const std::string uuid = read.text(0);
            updateTemplate(connection, planTemplate, content, now);
            m_db.audit("update", "plan_template", uuid);
        }
        transaction.commit();
        return planTemplate;
    });
}

Status TemplateRepository::remove(std::string_view code)
{
    return guarded([&] {
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        Statement read(connection, "SELECT uuid, builtin FROM plan_template WHERE code = ?");
        read.bind(1, code);
        if (!read.step())
            throw StorageError(ErrorCode::NotFound, "no such template", "template");
        if (read.integer(1) != 0)
            throw StorageError(ErrorCode::Conflict, "built-in templates cannot be deleted", "template");
        const std::string uuid = read.text(0);
        Statement erase(connection, "DELETE FROM plan_template WHERE code = ?");
        erase.bind(1, code).run();
        m_db.audit("delete", "plan_template", uuid);
        transaction.commit();
    });
}

} // namespace paceplan::storage
