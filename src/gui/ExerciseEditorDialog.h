// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library/Exercise.h"

#include <QDialog>

#include <map>
#include <vector>

class QCheckBox;
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

    /// Offers these exercises' drawings to start the exercise's drawing from (the library), with its current
    /// drawing (`current`, already resolved) first; without this call the dialog keeps the drawing as it is.
    void setDrawingChoices(
        const std::vector<core::Exercise>& exercises, const std::optional<core::drawing::Drawing>& current);

    QComboBox* drawingBox() const { return m_drawing; }
    QCheckBox* mirrorBox() const { return m_mirror; }
    QLabel* drawingPreview() const { return m_preview; }
    /// The check box of an adaptable prop.
    QCheckBox* propBox(core::drawing::PropKind kind) const;

private:
    /// The drawing chosen to start from (the current one or a library one), or none.
    std::optional<core::drawing::Drawing> baseDrawing() const;
    /// The drawing the choices make, or none.
    std::optional<core::drawing::Drawing> chosenDrawing() const;
    void updatePreview();
    void baseChanged();

    core::Exercise m_original;
    std::optional<core::drawing::Drawing> m_current;
    std::map<std::string, core::drawing::Drawing> m_bases; ///< Drawings to start from, by exercise id.
    bool m_drawingChosen = false; ///< setDrawingChoices was called: the choices decide the drawing.
    QComboBox* m_drawing = nullptr;
    QCheckBox* m_mirror = nullptr;
    std::map<core::drawing::PropKind, QCheckBox*> m_props;
    QLabel* m_preview = nullptr;
    QWidget* m_drawingPanel = nullptr;
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
