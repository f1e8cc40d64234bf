// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/PlanDocument.h"

#include "core/plan/ProgressionEngine.h"

#include <QUndoStack>

namespace paceplan::gui {

PlanDocument::PlanDocument(std::shared_ptr<const core::ExerciseCatalog> catalog, QObject* parent)
    : QObject(parent), m_catalog(std::move(catalog)), m_stack(new QUndoStack(this))
{
    connect(m_stack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

void PlanDocument::setCatalog(std::shared_ptr<const core::ExerciseCatalog> catalog)
{
    m_catalog = std::move(catalog);
    planEdited();
}

void PlanDocument::load(
    const core::Plan& plan, const std::optional<storage::RevisionInfo>& info, const core::PatientContext& context)
{
    m_stack->clear();
    m_plan = plan;
    m_info = info;
    m_context = context;
    m_selected.clear();
    recompute();
    emit revisionChanged();
    emit changed();
    emit selectionChanged(QString());
    emit modifiedChanged(false);
}

void PlanDocument::markSaved(const core::Plan& stored, const std::optional<storage::RevisionInfo>& info)
{
    m_plan.id = stored.id;
    m_plan.uuid = stored.uuid;
    m_plan.revisionId = stored.revisionId;
    m_plan.revision = stored.revision;
    m_plan.status = stored.status;
    m_info = info;
    m_stack->setClean();
    emit revisionChanged();
    emit changed();
}

bool PlanDocument::isModified() const
{
    return !m_stack->isClean();
}

QString PlanDocument::revisionText() const
{
    if (!m_info)
        return tr("New plan, not saved yet");
    QStringList facts;
    facts << tr("Revision %1").arg(m_info->revision);
    switch (m_info->state) {
    case storage::RevisionState::Draft:
        facts << tr("draft");
        break;
    case storage::RevisionState::Active:
        facts << tr("active");
        break;
    case storage::RevisionState::Superseded:
        facts << tr("superseded");
        break;
    case storage::RevisionState::Completed:
        facts << tr("completed");
        break;
    }
    if (m_info->printed)
        facts << tr("printed");
    QString text = facts.join(QStringLiteral(" · "));
    if (m_info->locked)
        text += tr(" · locked: saving makes a new revision");
    return text;
}

void PlanDocument::planEdited()
{
    recompute();
    emit changed();
}

std::string PlanDocument::newItemKey() const
{
    for (int n = m_plan.itemCount() + 1;; ++n) {
        std::string key = "item-" + std::to_string(n);
        if (!m_plan.findItem(key))
            return key;
    }
}

void PlanDocument::selectItem(const std::string& key)
{
    const std::string wanted = m_plan.findItem(key) ? key : std::string();
    if (wanted == m_selected)
        return;
    m_selected = wanted;
    emit selectionChanged(QString::fromStdString(m_selected));
}

void PlanDocument::recompute()
{
    m_schedule = core::buildSchedule(m_plan, *m_catalog, m_context);
    m_findings = core::checkPlan(m_plan, m_schedule, *m_catalog, m_context);
    if (!m_selected.empty() && !m_plan.findItem(m_selected)) {
        m_selected.clear();
        emit selectionChanged(QString());
    }
}

} // namespace paceplan::gui
