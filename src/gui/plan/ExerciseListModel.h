// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library/Exercise.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QSize>

#include <functional>

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

    /// Makes the picture of an exercise at a size (the clinic's photo or its drawing); null: none.
    using PictureProvider = std::function<QImage(const core::Exercise&, QSize)>;
    /// The size of the thumbnails the list shows (Qt::DecorationRole).
    static QSize thumbnailSize() { return { 64, 48 }; }

    /// Sets where thumbnails come from; without a provider the list shows none.
    void setPictureProvider(PictureProvider provider);

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
    PictureProvider m_pictures;
    mutable QHash<int, QPixmap> m_thumbnails; ///< Made when first shown, by row; cleared on reset.
};

} // namespace paceplan::gui
