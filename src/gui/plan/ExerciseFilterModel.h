// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace paceplan::gui {

/// Filters the exercise list by words of the name, category, body region, equipment and level.
class ExerciseFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ExerciseFilterModel(QObject* parent = nullptr);

    /// Keeps exercises whose name has a word starting with each typed word.
    void setSearchText(const QString& text);
    /// A category as int(core::ExerciseCategory), or -1 for any.
    void setCategory(int category);
    /// A body-region code, or empty for any.
    void setRegion(const QString& region);
    /// An equipment code, "none" for exercises without equipment, or empty for any.
    void setEquipment(const QString& equipment);
    /// A level 1-5, or 0 for any.
    void setLevel(int level);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    int m_category = -1;
    QString m_region;
    QString m_equipment;
    int m_level = 0;
};

} // namespace paceplan::gui
