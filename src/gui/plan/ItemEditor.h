// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Plan.h"

#include <QImage>
#include <QSize>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

namespace paceplan::gui {

class PlanDocument;
class ProgressionEditor;

/// Edits the selected plan item: day, dose with units, intensity target, notes and progression rule.
/// Every change is an undo command on the document.
class ItemEditor : public QWidget {
    Q_OBJECT

public:
    explicit ItemEditor(PlanDocument& document, QWidget* parent = nullptr);

    QSpinBox* setsBox() const { return m_sets; }
    QSpinBox* repetitionsBox() const { return m_reps; }
    QDoubleSpinBox* durationBox() const { return m_duration; }
    QComboBox* intensityKindBox() const { return m_intensityKind; }
    QLabel* heartRateLabel() const { return m_heartRate; }
    /// The larger picture of the selected exercise (its drawing, or the clinic's photo).
    QLabel* pictureLabel() const { return m_picture; }
    /// Sets where the picture comes from; without a provider no picture is shown.
    void setPictureProvider(std::function<QImage(const core::Exercise&, QSize)> provider);
    ProgressionEditor* progressionEditor() const { return m_progression; }
    /// Keeps the full height inside a scroll area, so form rows are never squeezed.
    QSize minimumSizeHint() const override;

private:
    void load();
    void pushDose(const QString& part);
    void pushIntensity(const QString& part);
    void updateHeartRate();
    void showDoseRows(const core::Dose& dose);
    const core::PlanItem* item() const;

    PlanDocument& m_document;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_picture = nullptr;
    std::function<QImage(const core::Exercise&, QSize)> m_pictures;
    QComboBox* m_day = nullptr;
    QSpinBox* m_sets = nullptr;
    QSpinBox* m_reps = nullptr;
    QSpinBox* m_hold = nullptr;
    QDoubleSpinBox* m_duration = nullptr;
    QSpinBox* m_distance = nullptr;
    QSpinBox* m_rest = nullptr;
    QSpinBox* m_times = nullptr;
    QComboBox* m_loadKind = nullptr;
    QDoubleSpinBox* m_loadKg = nullptr;
    QComboBox* m_band = nullptr;
    QComboBox* m_intensityKind = nullptr;
    QSpinBox* m_effortLow = nullptr;
    QSpinBox* m_effortHigh = nullptr;
    QSpinBox* m_hrrLow = nullptr;
    QSpinBox* m_hrrHigh = nullptr;
    QLabel* m_heartRate = nullptr;
    QComboBox* m_talk = nullptr;
    QStackedWidget* m_intensityPages = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    ProgressionEditor* m_progression = nullptr;
    QFormLayout* m_doseForm = nullptr;
    QCheckBox* m_allFields = nullptr;
    bool m_loading = false;
};

} // namespace paceplan::gui
