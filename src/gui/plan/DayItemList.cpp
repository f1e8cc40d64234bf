// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/DayItemList.h"

#include "gui/plan/ExerciseListModel.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>

namespace paceplan::gui {

QString DayItemList::itemMimeType()
{
    return QStringLiteral("application/x-paceplan-plan-item");
}

DayItemList::DayItemList(int weekday, QWidget* parent) : QListWidget(parent), m_weekday(weekday)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setSpacing(2);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setTextElideMode(Qt::ElideNone);
}

QStringList DayItemList::mimeTypes() const
{
    return { itemMimeType(), ExerciseListModel::mimeType() };
}

QMimeData* DayItemList::mimeData(const QList<QListWidgetItem*>& items) const
{
    if (items.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(itemMimeType(), items.first()->data(ItemKeyRole).toString().toUtf8());
    return mime;
}

void DayItemList::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(itemMimeType()) || event->mimeData()->hasFormat(ExerciseListModel::mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void DayItemList::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->mimeData()->hasFormat(itemMimeType()) || event->mimeData()->hasFormat(ExerciseListModel::mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

bool DayItemList::acceptMime(const QMimeData* mime)
{
    if (mime->hasFormat(ExerciseListModel::mimeType())) {
        emit exerciseDropped(QString::fromUtf8(mime->data(ExerciseListModel::mimeType())), m_weekday);
        return true;
    }
    if (mime->hasFormat(itemMimeType())) {
        emit itemDropped(QString::fromUtf8(mime->data(itemMimeType())), m_weekday);
        return true;
    }
    return false;
}

void DayItemList::dropEvent(QDropEvent* event)
{
    // The plan document owns the items: the grid is rebuilt from it, so the view never moves rows itself.
    if (acceptMime(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void DayItemList::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && currentItem()) {
        emit deletePressed(currentItem()->data(ItemKeyRole).toString());
        return;
    }
    QListWidget::keyPressEvent(event);
}

} // namespace paceplan::gui
