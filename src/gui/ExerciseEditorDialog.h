// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library/Exercise.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace paceplan::gui {

/// Edits one exercise's texts and starting dose: the clinic's own, or a library exercise the clinic adapts.
class ExerciseEditorDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExerciseEditorDialog(const core::Exercise& exercise, QWidget* parent = nullptr);

    /// The exercise as edited.
    core::Exercise exercise() const;
    /// Shows a problem from storage under the form.
    void showProblem(const QString& text);

private:
    core::Exercise m_original;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_summary = nullptr;
    QComboBox* m_category = nullptr;
    QSpinBox* m_level = nullptr;
    QListWidget* m_regions = nullptr;
    QListWidget* m_equipment = nullptr;
    QComboBox* m_doseKind = nullptr;
    QSpinBox* m_sets = nullptr;
    QSpinBox* m_amount = nullptr;
    QPlainTextEdit* m_steps = nullptr;
    QPlainTextEdit* m_cues = nullptr;
    QPlainTextEdit* m_safety = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace paceplan::gui
