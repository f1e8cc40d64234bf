// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/RevisionsPanel.h"

#include "services/Plans.h"

#include "core/plan/PlanDiff.h"
#include "gui/ClinicSession.h"
#include "gui/plan/PlanListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace paceplan::gui {

RevisionsPanel::RevisionsPanel(ClinicSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QHBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("revisionList"));
    m_list->setMaximumWidth(300);
    m_list->setSpacing(3);
    m_list->setAlternatingRowColors(true);
    layout->addWidget(m_list);
    auto* right = new QVBoxLayout;
    auto* pick = new QHBoxLayout;
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("compareFrom"));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("compareTo"));
    pick->addWidget(new QLabel(tr("What changed from"), this));
    pick->addWidget(m_from);
    pick->addWidget(new QLabel(tr("to"), this));
    pick->addWidget(m_to);
    pick->addStretch(1);
    right->addLayout(pick);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("changesView"));
    right->addWidget(m_view, 1);
    layout->addLayout(right, 1);
    connect(m_from, &QComboBox::currentIndexChanged, this, &RevisionsPanel::compareSelected);
    connect(m_to, &QComboBox::currentIndexChanged, this, &RevisionsPanel::compareSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading || row < 0)
            return;
        const int revision = m_list->item(row)->data(Qt::UserRole).toInt();
        m_to->setCurrentIndex(m_to->findData(revision));
        m_from->setCurrentIndex(m_from->findData(std::max(1, revision - 1)));
    });
}

void RevisionsPanel::setPlan(core::PlanId plan)
{
    m_loading = true;
    m_plan = plan;
    m_revisions.clear();
    m_list->clear();
    m_from->clear();
    m_to->clear();
    if (auto* clinic = m_session.clinic(); plan.isValid() && clinic) {
        if (auto revisions = services::planRevisions(*clinic, plan))
            m_revisions = *revisions;
    }
    for (auto it = m_revisions.rbegin(); it != m_revisions.rend(); ++it) {
        QString text = tr("Revision %1 · %2").arg(it->revision).arg(revisionStateLabel(it->state));
        if (it->printed)
            text += tr(" · printed");
        text += QStringLiteral("\n") + QString::fromStdString(it->createdAt.substr(0, 10));
        if (!it->activatedAt.empty())
            text += tr(" · activated %1").arg(QString::fromStdString(it->activatedAt.substr(0, 10)));
        auto* row = new QListWidgetItem(text, m_list);
        row->setData(Qt::UserRole, it->revision);
        if (!it->overrideReason.empty())
            row->setToolTip(tr("Screening block overridden: %1").arg(QString::fromStdString(it->overrideReason)));
    }
    for (const auto& info : m_revisions) {
        m_from->addItem(tr("revision %1").arg(info.revision), info.revision);
        m_to->addItem(tr("revision %1").arg(info.revision), info.revision);
    }
    m_loading = false;
    if (m_revisions.size() >= 2)
        compare(m_revisions[m_revisions.size() - 2].revision, m_revisions.back().revision);
    else
        compare(0, 0);
}

void RevisionsPanel::compareSelected()
{
    if (!m_loading)
        compare(m_from->currentData().toInt(), m_to->currentData().toInt());
}

void RevisionsPanel::compare(int from, int to)
{
    m_changes.clear();
    m_loading = true;
    m_from->setCurrentIndex(m_from->findData(from));
    m_to->setCurrentIndex(m_to->findData(to));
    m_loading = false;
    auto* clinic = m_session.clinic();
    if (!clinic || from <= 0 || to <= 0) {
        m_view->setHtml(tr("<p style='color:#666'>Only one revision so far. Saving changes to an active or printed "
                           "revision makes a new one; the changes show here.</p>"));
        return;
    }
    auto before = services::planRevision(*clinic, m_plan, from);
    auto after = services::planRevision(*clinic, m_plan, to);
    if (!before || !after) {
        m_view->setPlainText(tr("These revisions cannot be read."));
        return;
    }
    for (const auto& change : core::diffPlans(*before, *after, *m_session.catalog())) {
        // The revision list shows each revision's state; the summary is about the prescription.
        if (change.kind != core::ChangeKind::StatusChanged)
            m_changes << QString::fromStdString(change.sentence);
    }
    QString html = tr("<h3>From revision %1 to revision %2</h3>").arg(from).arg(to);
    if (m_changes.isEmpty()) {
        html += tr("<p>No changes.</p>");
    } else {
        html += QStringLiteral("<ul>");
        for (const auto& sentence : m_changes)
            html += QStringLiteral("<li>%1</li>").arg(sentence.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_view->setHtml(html);
}

} // namespace paceplan::gui
