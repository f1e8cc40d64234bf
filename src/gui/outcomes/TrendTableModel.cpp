// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/outcomes/TrendTableModel.h"

#include "core/outcomes/Scoring.h"

#include <cmath>

namespace paceplan::gui {
namespace {

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

} // namespace

TrendTableModel::TrendTableModel(QObject* parent) : QAbstractTableModel(parent) { }

void TrendTableModel::setTrend(const services::InstrumentTrend& trend)
{
    beginResetModel();
    m_trend = trend;
    endResetModel();
}

int TrendTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_trend.points.size());
}

int TrendTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrendTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const services::TrendPoint& point = m_trend.points[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() != NotesColumn && index.column() != BandColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::UserRole && index.column() == ScoreColumn)
        return point.value;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return QString::fromStdString(point.date.toIso());
    case ScoreColumn:
        return QString::fromStdString(core::formatScore(*m_trend.instrument, point.value));
    case BandColumn:
        return QString::fromStdString(point.band);
    case ChangeColumn: {
        if (!point.changeFromBaseline || index.row() == 0)
            return QString();
        QString text = QString::fromStdString(core::formatScore(*m_trend.instrument, *point.changeFromBaseline));
        if (*point.changeFromBaseline > 0)
            text.prepend(QLatin1Char('+'));
        if (point.percentFromBaseline)
            text += QStringLiteral(" (%1%)").arg(std::lround(*point.percentFromBaseline));
        return text;
    }
    case NotesColumn:
        return QString::fromStdString(point.notes);
    default:
        return {};
    }
}

QVariant TrendTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ScoreColumn:
        return tr("Score");
    case BandColumn:
        return tr("Band");
    case ChangeColumn:
        return tr("Change");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

QString TrendTableModel::toCsv() const
{
    QStringList lines;
    QStringList header { QStringLiteral("instrument") };
    for (int column = 0; column < ColumnCount; ++column)
        header << csvField(headerData(column, Qt::Horizontal).toString());
    lines << header.join(QLatin1Char(','));
    const QString code = m_trend.instrument ? QString::fromStdString(m_trend.instrument->code) : QString();
    for (int row = 0; row < rowCount(); ++row) {
        QStringList fields { code };
        for (int column = 0; column < ColumnCount; ++column)
            fields << csvField(data(index(row, column)).toString());
        lines << fields.join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace paceplan::gui
