// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Id.h"
#include "core/monitoring/PainAdvice.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;

namespace paceplan::gui {

class ClinicSession;

/// The pain-monitoring advice for the current patient's active plan, from the last week of diary entries
/// (traffic light, with the reasons). Hold and step-back advice can be accepted, which stores a new plan
/// revision; the plan is never changed silently.
class PainAdviceBanner : public QFrame {
    Q_OBJECT

public:
    explicit PainAdviceBanner(ClinicSession& session, QWidget* parent = nullptr);

    /// The advice shown, when there is one.
    const std::optional<core::PainAdvice>& advice() const { return m_advice; }
    QPushButton* applyButton() const { return m_apply; }

public slots:
    void refresh();
    /// Stores the revision that carries out the advice, after the clinician confirms; true when stored.
    bool apply();

signals:
    /// A new revision was stored for this plan.
    void revisionCreated(paceplan::core::PlanId plan);

private:
    ClinicSession& m_session;
    QLabel* m_headline = nullptr;
    QLabel* m_reasons = nullptr;
    QPushButton* m_apply = nullptr;
    std::optional<core::PainAdvice> m_advice;
    core::PlanId m_plan;
    int m_activeRevision = 0;
};

} // namespace paceplan::gui
