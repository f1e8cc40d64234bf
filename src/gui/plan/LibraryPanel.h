// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library/Exercise.h"

#include <QWidget>

#include <QImage>
#include <QSize>

#include <functional>
#include <vector>

class QComboBox;
class QLineEdit;
class QListView;
class QPushButton;
class QLabel;

namespace paceplan::gui {

class ExerciseFilterModel;
class ExerciseListModel;

/// The exercise library beside the week grid: search, filters, and adding the selected exercise to a day
/// (Add button or Enter) or dragging it onto a day.
class LibraryPanel : public QWidget {
    Q_OBJECT

public:
    explicit LibraryPanel(QWidget* parent = nullptr);

    void setExercises(std::vector<core::Exercise> exercises);
    /// Sets where the list's thumbnails come from (see ExerciseListModel::setPictureProvider).
    void setPictureProvider(std::function<QImage(const core::Exercise&, QSize)> provider);
    /// The day the Add button adds to (0 = Monday).
    void setTargetDay(int weekday);
    int targetDay() const;
    /// The id of the selected exercise, or empty.
    QString selectedExercise() const;
    /// Selects an exercise by id; false when it is filtered out or unknown.
    bool selectExercise(const QString& id);

    QLineEdit* searchField() const { return m_search; }
    QListView* list() const { return m_list; }
    ExerciseFilterModel* filterModel() const { return m_filter; }

signals:
    /// The clinician asked to add an exercise to a day.
    void addRequested(const QString& exerciseId, int weekday);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void requestAdd();
    void updateCount();

    ExerciseListModel* m_model = nullptr;
    ExerciseFilterModel* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_region = nullptr;
    QComboBox* m_equipment = nullptr;
    QComboBox* m_level = nullptr;
    QListView* m_list = nullptr;
    QComboBox* m_day = nullptr;
    QPushButton* m_add = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace paceplan::gui
