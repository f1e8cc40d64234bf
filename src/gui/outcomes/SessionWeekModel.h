// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Date.h"
#include "core/monitoring/SessionLog.h"

#include <QAbstractTableModel>

#include <array>
#include <vector>

namespace paceplan::gui {

/// One week of the session diary, laid out like the paper diary: a row per day, a column per entry.
/// Every cell is typed as text: status by its first letter (d, p, s), ratings 0-10, minutes 0-600.
class SessionWeekModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        PainBeforeColumn,
        PainDuringColumn,
        PainAfterColumn,
        NextMorningColumn,
        EffortColumn,
        MinutesColumn,
        NotesColumn,
        ColumnCount
    };
    static constexpr int kDays = 7;

    explicit SessionWeekModel(QObject* parent = nullptr);

    /// Shows the week that starts on `monday`: the logs of those days (the first of each day), with the
    /// days the plan schedules marked; new rows use `templateLog` for patient, plan and revision.
    void setWeek(const core::Date& monday, const std::vector<core::SessionLog>& logs,
        const std::vector<core::Date>& scheduled, const core::SessionLog& templateLog);

    const core::Date& weekStart() const { return m_monday; }
    /// The log of a row (day 0 = Monday) as edited.
    const core::SessionLog& log(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
    /// The logs that were edited since setWeek and hold something.
    std::vector<core::SessionLog> changedLogs() const;
    /// Replaces a row's log with its stored version and clears its edited mark.
    void markStored(const core::SessionLog& stored);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    core::Date m_monday;
    std::array<core::SessionLog, kDays> m_rows {};
    std::array<bool, kDays> m_scheduled {};
    std::array<bool, kDays> m_changed {};
};

/// The plain label of a session status ("Done", "Partly", "Skipped", "" when not logged).
QString sessionStatusLabel(core::SessionStatus status);

} // namespace paceplan::gui
