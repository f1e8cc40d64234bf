// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/ExerciseListModel.h"

#include "gui/plan/PlanLabels.h"

#include <QMimeData>

#include <algorithm>

namespace paceplan::gui {

QString ExerciseListModel::mimeType()
{
    return QStringLiteral("application/x-paceplan-exercise-id");
}

ExerciseListModel::ExerciseListModel(QObject* parent) : QAbstractListModel(parent) { }

void ExerciseListModel::setPictureProvider(PictureProvider provider)
{
    beginResetModel();
    m_pictures = std::move(provider);
    m_thumbnails.clear();
    endResetModel();
}

void ExerciseListModel::setExercises(std::vector<core::Exercise> exercises)
{
    beginResetModel();
    m_thumbnails.clear();
    std::erase_if(exercises, [](const core::Exercise& exercise) { return exercise.archived; });
    std::sort(exercises.begin(), exercises.end(), [](const auto& a, const auto& b) {
        return QString::fromStdString(a.name).compare(QString::fromStdString(b.name), Qt::CaseInsensitive) < 0;
    });
    m_exercises = std::move(exercises);
    endResetModel();
}

const core::Exercise* ExerciseListModel::exercise(int row) const
{
    return row >= 0 && row < static_cast<int>(m_exercises.size()) ? &m_exercises[static_cast<std::size_t>(row)]
                                                                  : nullptr;
}

int ExerciseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_exercises.size());
}

namespace {
QStringList toList(const std::vector<std::string>& codes)
{
    QStringList list;
    for (const auto& code : codes)
        list << QString::fromStdString(code);
    return list;
}
} // namespace

QVariant ExerciseListModel::data(const QModelIndex& index, int role) const
{
    const auto* item = index.isValid() ? exercise(index.row()) : nullptr;
    if (!item)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QString::fromStdString(item->name);
    case Qt::DecorationRole: {
        if (!m_pictures)
            return {};
        auto cached = m_thumbnails.find(index.row());
        if (cached == m_thumbnails.end()) {
            const QImage image = m_pictures(*item, thumbnailSize());
            cached = m_thumbnails.insert(index.row(), image.isNull() ? QPixmap() : QPixmap::fromImage(image));
        }
        if (cached->isNull())
            return {};
        return *cached;
    }
    case Qt::ToolTipRole: {
        QStringList regions;
        for (const auto& region : item->regions)
            regions << codeLabel(region);
        return tr("%1\n%2 · level %3 · %4")
            .arg(QString::fromStdString(item->summary), categoryLabel(item->category))
            .arg(item->level)
            .arg(regions.join(QStringLiteral(", ")));
    }
    case IdRole:
        return QString::fromStdString(item->id);
    case CategoryRole:
        return static_cast<int>(item->category);
    case RegionsRole:
        return toList(item->regions);
    case EquipmentRole:
        return toList(item->equipment);
    case LevelRole:
        return item->level;
    default:
        return {};
    }
}

Qt::ItemFlags ExerciseListModel::flags(const QModelIndex& index) const
{
    const auto base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList ExerciseListModel::mimeTypes() const
{
    return { mimeType() };
}

QMimeData* ExerciseListModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(mimeType(), indexes.first().data(IdRole).toString().toUtf8());
    return mime;
}

} // namespace paceplan::gui
