// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/ProgressionRule.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QStackedWidget;

namespace paceplan::gui {

/// Edits one progression rule (none, linear, double progression, graded quota, ladder) and its deload overlay.
class ProgressionEditor : public QWidget {
    Q_OBJECT

public:
    explicit ProgressionEditor(QWidget* parent = nullptr);

    /// Shows a rule without emitting ruleEdited.
    void setRule(const core::ProgressionRule& rule);
    /// The rule as the fields show it.
    core::ProgressionRule rule() const;
    QComboBox* kindBox() const { return m_kind; }

signals:
    /// The clinician changed a field; `part` names it so consecutive edits merge.
    void ruleEdited(const paceplan::core::ProgressionRule& rule, const QString& part);

private:
    QWidget* linearPage();
    QWidget* doublePage();
    QWidget* quotaPage();
    QWidget* ladderPage();
    void edited(const QString& part);
    void updateUnits();

    QComboBox* m_kind = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_summary = nullptr;
    // Linear.
    QComboBox* m_linField = nullptr;
    QComboBox* m_linStepKind = nullptr;
    QDoubleSpinBox* m_linStep = nullptr;
    QSpinBox* m_linEvery = nullptr;
    QDoubleSpinBox* m_linCap = nullptr;
    // Double progression.
    QSpinBox* m_dpLow = nullptr;
    QSpinBox* m_dpHigh = nullptr;
    QSpinBox* m_dpRepStep = nullptr;
    QSpinBox* m_dpEvery = nullptr;
    QComboBox* m_dpLoadKind = nullptr;
    QDoubleSpinBox* m_dpLoadStep = nullptr;
    QDoubleSpinBox* m_dpMaxLoad = nullptr;
    // Graded quota.
    QComboBox* m_qField = nullptr;
    QDoubleSpinBox* m_qBaseline = nullptr;
    QSpinBox* m_qStart = nullptr;
    QComboBox* m_qStepKind = nullptr;
    QDoubleSpinBox* m_qStep = nullptr;
    QSpinBox* m_qEvery = nullptr;
    QDoubleSpinBox* m_qGoal = nullptr;
    // Ladder.
    QSpinBox* m_ladEvery = nullptr;
    QSpinBox* m_ladMax = nullptr;
    // Deload.
    QSpinBox* m_deEvery = nullptr;
    QSpinBox* m_dePercent = nullptr;
    bool m_loading = false;
};

} // namespace paceplan::gui
