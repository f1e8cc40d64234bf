// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/PreExerciseScreening.h"

#include <QDialog>

#include <array>
#include <map>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace paceplan::gui {

/// Pre-exercise screening before a plan is activated: PAR-Q+ answers by question number, red flags, and a
/// written override reason when core decides that activation is blocked.
class ScreeningDialog : public QDialog {
    Q_OBJECT

public:
    ScreeningDialog(const core::Date& today, QWidget* parent = nullptr);

    /// Fills the dialog from an earlier screening.
    void setScreening(const core::PreExerciseScreening& screening);
    /// The screening as entered, with the override reason when one is typed and needed.
    core::PreExerciseScreening screening() const;
    /// The decision for the screening as entered.
    core::ActivationDecision decision() const;

    /// Sets the answer to question 1-7 (tests and quick entry).
    void setAnswer(int question, core::ParqAnswer answer);
    void setRedFlag(core::RedFlag flag, bool present);
    void setOverrideReason(const QString& reason);
    QPushButton* activateButton() const { return m_activate; }
    QLabel* decisionLabel() const { return m_decision; }

private:
    void update();

    core::Date m_today;
    std::array<QComboBox*, core::kParqQuestionCount> m_answers {};
    std::array<QComboBox*, core::kParqQuestionCount> m_resolutions {};
    std::map<core::RedFlag, QCheckBox*> m_flags;
    QPlainTextEdit* m_override = nullptr;
    QLabel* m_decision = nullptr;
    QPushButton* m_activate = nullptr;
};

/// A short construct label of a PAR-Q+ general question (1-7), in PacePlan's own words.
QString parqQuestionLabel(int question);

} // namespace paceplan::gui
