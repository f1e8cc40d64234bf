// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library/Exercise.h"

#include <QAbstractListModel>

#include <vector>

namespace paceplan::gui {

/// The exercises of the catalog as a list; drags carry the exercise id.
class ExerciseListModel : public QAbstractListModel {
    Q_OBJECT

public:
    /// Extra roles for filtering.
    enum Role { IdRole = Qt::UserRole + 1, CategoryRole, RegionsRole, EquipmentRole, LevelRole };

    /// The MIME type of a dragged exercise id.
    static QString mimeType();

    explicit ExerciseListModel(QObject* parent = nullptr);

    /// Shows these exercises (archived ones are left out), sorted by name.
    void setExercises(std::vector<core::Exercise> exercises);
    const core::Exercise* exercise(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

private:
    std::vector<core::Exercise> m_exercises;
};

} // namespace paceplan::gui
