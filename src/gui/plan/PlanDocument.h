// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Plan.h"
#include "core/plan/PlanChecks.h"
#include "core/plan/Schedule.h"
#include "storage/PlanRecords.h"

#include <QObject>

#include <memory>
#include <optional>
#include <string>
#include <vector>

class QUndoStack;

namespace paceplan::core {
class ExerciseCatalog;
}

namespace paceplan::gui {

/// The plan being edited with its undo stack, its live schedule and its live check findings.
class PlanDocument : public QObject {
    Q_OBJECT

public:
    explicit PlanDocument(std::shared_ptr<const core::ExerciseCatalog> catalog, QObject* parent = nullptr);

    /// Uses another catalog (after the clinic's exercises changed) and recomputes; the document keeps the
    /// catalog alive, so it never points into one that was dropped.
    void setCatalog(std::shared_ptr<const core::ExerciseCatalog> catalog);

    /// Starts editing a stored revision; the undo stack is cleared.
    void load(
        const core::Plan& plan, const std::optional<storage::RevisionInfo>& info, const core::PatientContext& context);
    /// Takes the plan as stored after a save: the stack becomes clean, the revision facts change.
    void markSaved(const core::Plan& stored, const std::optional<storage::RevisionInfo>& info);

    const core::Plan& plan() const { return m_plan; }
    const core::ExerciseCatalog& catalog() const { return *m_catalog; }
    const core::PatientContext& context() const { return m_context; }
    const core::Schedule& schedule() const { return m_schedule; }
    const std::vector<core::PlanFinding>& findings() const { return m_findings; }
    QUndoStack* undoStack() const { return m_stack; }
    /// True when there are edits that are not saved.
    bool isModified() const;
    /// True when the loaded revision is active or printed, so saving makes a new revision.
    bool isLocked() const { return m_info && m_info->locked; }
    const std::optional<storage::RevisionInfo>& revisionInfo() const { return m_info; }
    /// A short sentence such as "Revision 2 · active · locked: saving makes revision 3".
    QString revisionText() const;

    /// The plan for undo commands to change; call planEdited() after every change.
    core::Plan& editablePlan() { return m_plan; }
    /// Rebuilds the schedule and the checks and tells the views.
    void planEdited();
    /// A key that no item of the plan uses yet.
    std::string newItemKey() const;

    std::string selectedItem() const { return m_selected; }
    /// Selects an item (empty = none) and tells the views.
    void selectItem(const std::string& key);

signals:
    void changed();
    void selectionChanged(const QString& key);
    void modifiedChanged(bool modified);
    void revisionChanged();

private:
    void recompute();

    std::shared_ptr<const core::ExerciseCatalog> m_catalog;
    core::Plan m_plan;
    core::PatientContext m_context;
    std::optional<storage::RevisionInfo> m_info;
    core::Schedule m_schedule;
    std::vector<core::PlanFinding> m_findings;
    QUndoStack* m_stack = nullptr;
    std::string m_selected;
};

} // namespace paceplan::gui
