// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace paceplan::gui {

/// The items of one day in the week grid: accepts dropped exercises and items dragged from other days.
class DayItemList : public QListWidget {
    Q_OBJECT

public:
    /// The item key stored on each row.
    static constexpr int ItemKeyRole = Qt::UserRole + 1;
    /// The MIME type of a dragged plan item key.
    static QString itemMimeType();

    DayItemList(int weekday, QWidget* parent = nullptr);
    int weekday() const { return m_weekday; }

    /// Handles a drop of this MIME data as if it were dropped here; true when it was an exercise or an item.
    bool acceptMime(const QMimeData* mime);

signals:
    void exerciseDropped(const QString& exerciseId, int weekday);
    void itemDropped(const QString& itemKey, int weekday);
    void deletePressed(const QString& itemKey);

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    int m_weekday;
};

} // namespace paceplan::gui
