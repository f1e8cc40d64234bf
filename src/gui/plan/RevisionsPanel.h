// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Id.h"
#include "storage/PlanRecords.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QListWidget;
class QTextBrowser;

namespace paceplan::gui {

class ClinicSession;

/// The revisions of a plan and "what changed" between any two of them (core::diffPlans sentences).
class RevisionsPanel : public QWidget {
    Q_OBJECT

public:
    explicit RevisionsPanel(ClinicSession& session, QWidget* parent = nullptr);

    /// Shows the revisions of a plan (an invalid id clears the panel); compares the newest with the one before.
    void setPlan(core::PlanId plan);
    /// Compares two revisions by number and shows the sentences.
    void compare(int from, int to);
    /// The sentences shown now.
    QStringList changes() const { return m_changes; }
    QListWidget* revisionList() const { return m_list; }

private:
    void compareSelected();

    ClinicSession& m_session;
    core::PlanId m_plan;
    std::vector<storage::RevisionInfo> m_revisions;
    QListWidget* m_list = nullptr;
    QComboBox* m_from = nullptr;
    QComboBox* m_to = nullptr;
    QTextBrowser* m_view = nullptr;
    QStringList m_changes;
    bool m_loading = false;
};

} // namespace paceplan::gui
