// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/outcomes/SessionWeekModel.h"

#include "report/QtDate.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QLocale>

#include <algorithm>

namespace paceplan::gui {
namespace {

std::optional<int>* field(core::SessionLog& log, int column)
{
    switch (column) {
    case SessionWeekModel::PainBeforeColumn:
        return &log.painBefore;
    case SessionWeekModel::PainDuringColumn:
        return &log.painDuring;
    case SessionWeekModel::PainAfterColumn:
        return &log.painAfter;
    case SessionWeekModel::NextMorningColumn:
        return &log.painNextMorning;
    case SessionWeekModel::EffortColumn:
        return &log.effort;
    case SessionWeekModel::MinutesColumn:
        return &log.minutes;
    default:
        return nullptr;
    }
}

std::optional<int> fieldValue(const core::SessionLog& log, int column)
{
    core::SessionLog copy = log;
    const std::optional<int>* value = field(copy, column);
    return value ? *value : std::nullopt;
}

bool holdsSomething(const core::SessionLog& log)
{
    return log.status != core::SessionStatus::NotLogged || log.painBefore || log.painDuring || log.painAfter
        || log.painNextMorning || log.effort || log.minutes || !log.notes.empty();
}

} // namespace

QString sessionStatusLabel(core::SessionStatus status)
{
    switch (status) {
    case core::SessionStatus::Done:
        return SessionWeekModel::tr("Done");
    case core::SessionStatus::Partly:
        return SessionWeekModel::tr("Partly");
    case core::SessionStatus::Skipped:
        return SessionWeekModel::tr("Skipped");
    case core::SessionStatus::NotLogged:
        return {};
    }
    return {};
}

SessionWeekModel::SessionWeekModel(QObject* parent) : QAbstractTableModel(parent) { }

void SessionWeekModel::setWeek(const core::Date& monday, const std::vector<core::SessionLog>& logs,
    const std::vector<core::Date>& scheduled, const core::SessionLog& templateLog)
{
    beginResetModel();
    m_monday = monday;
    for (int day = 0; day < kDays; ++day) {
        const auto index = static_cast<std::size_t>(day);
        const core::Date date = monday.addDays(day);
        const auto found = std::find_if(logs.begin(), logs.end(),
            [&](const core::SessionLog& log) { return log.date == date && log.patientId == templateLog.patientId; });
        if (found != logs.end()) {
            m_rows[index] = *found;
        } else {
            m_rows[index] = core::SessionLog {};
            m_rows[index].patientId = templateLog.patientId;
            m_rows[index].planId = templateLog.planId;
            m_rows[index].revisionNumber = templateLog.revisionNumber;
            m_rows[index].date = date;
        }
        m_scheduled[index] = std::find(scheduled.begin(), scheduled.end(), date) != scheduled.end();
        m_changed[index] = false;
    }
    endResetModel();
}

std::vector<core::SessionLog> SessionWeekModel::changedLogs() const
{
    std::vector<core::SessionLog> changed;
    for (std::size_t day = 0; day < m_rows.size(); ++day)
        if (m_changed[day] && (holdsSomething(m_rows[day]) || m_rows[day].id.value() != 0))
            changed.push_back(m_rows[day]);
    return changed;
}

void SessionWeekModel::markStored(const core::SessionLog& stored)
{
    for (int day = 0; day < kDays; ++day) {
        const auto index = static_cast<std::size_t>(day);
        if (m_rows[index].date == stored.date) {
            m_rows[index] = stored;
            m_changed[index] = false;
            emit dataChanged(this->index(day, 0), this->index(day, ColumnCount - 1));
            return;
        }
    }
}

int SessionWeekModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_monday.isValid() ? 0 : kDays;
}

int SessionWeekModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionWeekModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto day = static_cast<std::size_t>(index.row());
    const core::SessionLog& log = m_rows[day];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        if (index.column() == StatusColumn)
            return sessionStatusLabel(log.status);
        if (index.column() == NotesColumn)
            return QString::fromStdString(log.notes);
        const auto value = fieldValue(log, index.column());
        return value ? QString::number(*value) : QString();
    }
    if (role == Qt::TextAlignmentRole && index.column() != NotesColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    if (role == Qt::BackgroundRole && m_scheduled[day] && log.status == core::SessionStatus::NotLogged)
        return QBrush(QColor(0xff, 0xf4, 0xd6));
    if (role == Qt::ToolTipRole && index.column() == StatusColumn)
        return tr("Type d (done), p (partly) or s (skipped); clear it when not logged.");
    return {};
}

bool SessionWeekModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto day = static_cast<std::size_t>(index.row());
    core::SessionLog& log = m_rows[day];
    const QString text = value.toString().trimmed();
    if (index.column() == StatusColumn) {
        const QString key = text.left(1).toLower();
        if (key.isEmpty() || key == QLatin1String("-"))
            log.status = core::SessionStatus::NotLogged;
        else if (key == QLatin1String("d") || key == QLatin1String("y"))
            log.status = core::SessionStatus::Done;
        else if (key == QLatin1String("p"))
            log.status = core::SessionStatus::Partly;
        else if (key == QLatin1String("s") || key == QLatin1String("n"))
            log.status = core::SessionStatus::Skipped;
        else
            return false;
    } else if (index.column() == NotesColumn) {
        log.notes = text.toStdString();
    } else {
        std::optional<int>& target = *field(log, index.column());
        if (text.isEmpty()) {
            target.reset();
        } else {
            bool ok = false;
            const int number = text.toInt(&ok);
            const int max = index.column() == MinutesColumn ? 600 : 10;
            if (!ok || number < 0 || number > max)
                return false;
            target = number;
        }
    }
    m_changed[day] = true;
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags SessionWeekModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant SessionWeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= kDays || !m_monday.isValid())
            return {};
        const core::Date date = m_monday.addDays(section);
        const QDate qdate = report::toQDate(date);
        const QString label = QLocale().toString(qdate, QStringLiteral("ddd d MMM"));
        return m_scheduled[static_cast<std::size_t>(section)] ? label + QStringLiteral(" •") : label;
    }
    switch (section) {
    case StatusColumn:
        return tr("Done? (d/p/s)");
    case PainBeforeColumn:
        return tr("Pain before");
    case PainDuringColumn:
        return tr("Pain during");
    case PainAfterColumn:
        return tr("Pain after");
    case NextMorningColumn:
        return tr("Next morning");
    case EffortColumn:
        return tr("Effort");
    case MinutesColumn:
        return tr("Minutes");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace paceplan::gui
