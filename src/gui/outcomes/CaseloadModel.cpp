// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/outcomes/CaseloadModel.h"

#include "core/outcomes/Scoring.h"

#include <QBrush>
#include <QColor>

#include <cmath>

namespace paceplan::gui {
namespace {

QColor classColour(core::ChangeClass value)
{
    switch (value) {
    case core::ChangeClass::MeaningfulImprovement:
        return QColor(200, 230, 201);
    case core::ChangeClass::ImprovementBelowMcid:
        return QColor(232, 245, 233);
    case core::ChangeClass::NoChange:
        return QColor(255, 243, 224);
    case core::ChangeClass::Worse:
        return QColor(255, 205, 210);
    case core::ChangeClass::Unknown:
        return QColor();
    }
    return QColor();
}

int classRank(core::ChangeClass value)
{
    switch (value) {
    case core::ChangeClass::Worse:
        return 0;
    case core::ChangeClass::NoChange:
        return 1;
    case core::ChangeClass::ImprovementBelowMcid:
        return 2;
    case core::ChangeClass::MeaningfulImprovement:
        return 3;
    case core::ChangeClass::Unknown:
        return 4;
    }
    return 4;
}

} // namespace

CaseloadModel::CaseloadModel(QObject* parent) : QAbstractTableModel(parent) { }

QString CaseloadModel::changeClassLabel(core::ChangeClass value)
{
    switch (value) {
    case core::ChangeClass::MeaningfulImprovement:
        return tr("Meaningful improvement");
    case core::ChangeClass::ImprovementBelowMcid:
        return tr("Improvement below MCID");
    case core::ChangeClass::NoChange:
        return tr("No change");
    case core::ChangeClass::Worse:
        return tr("Worse");
    case core::ChangeClass::Unknown:
        return tr("Not known yet");
    }
    return {};
}

void CaseloadModel::setRows(std::vector<services::CaseloadRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const services::CaseloadRow& row = m_rows[static_cast<std::size_t>(index.row())];
    QStringList flagMessages;
    for (const auto& flag : row.flags)
        flagMessages << QString::fromStdString(flag.message);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return QString::fromStdString(row.name);
        case PainColumn:
            return row.lastPain
                ? QStringLiteral("%1 (%2)").arg(QString::fromStdString(core::formatNumber(row.lastPain->value, 0)),
                    QString::fromStdString(row.lastPain->date.toIso()))
                : QString();
        case ChangeColumn:
            return QString::fromStdString(row.changeSummary());
        case ClassColumn:
            return changeClassLabel(row.changeClass);
        case AdherenceColumn:
            return row.adherencePercent() ? QStringLiteral("%1%").arg(std::lround(*row.adherencePercent())) : QString();
        case FlagsColumn:
            return flagMessages.join(QLatin1Char('\n'));
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return QString::fromStdString(row.name).toCaseFolded();
        case PainColumn:
            return row.lastPain ? QVariant(row.lastPain->value) : QVariant();
        case ChangeColumn:
        case ClassColumn:
            return classRank(row.changeClass);
        case AdherenceColumn:
            return row.adherencePercent() ? QVariant(*row.adherencePercent()) : QVariant();
        case FlagsColumn:
            return static_cast<int>(row.flags.size());
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == FlagsColumn && !flagMessages.isEmpty())
            return flagMessages.join(QLatin1Char('\n'));
        if (index.column() == ChangeColumn && row.change)
            return QString::fromStdString(row.change->summary);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == ClassColumn && classColour(row.changeClass).isValid())
            return QBrush(classColour(row.changeClass));
        if (index.column() == FlagsColumn && !row.flags.empty())
            return QBrush(QColor(255, 236, 179));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PainColumn || index.column() == AdherenceColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case PatientIdRole:
        return QVariant::fromValue<qint64>(row.patientId.value());
    case FlagCountRole:
        return static_cast<int>(row.flags.size());
    case ChangeClassRole:
        return QString::fromLatin1(core::changeClassCode(row.changeClass));
    case FlagCodesRole: {
        QStringList codes;
        for (const auto& flag : row.flags)
            codes << QString::fromLatin1(core::caseloadFlagCode(flag.code));
        return codes;
    }
    default:
        return {};
    }
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Patient");
    case PainColumn:
        return tr("Last pain");
    case ChangeColumn:
        return tr("Change since baseline");
    case ClassColumn:
        return tr("Change class");
    case AdherenceColumn:
        return tr("Adherence (2 wk)");
    case FlagsColumn:
        return tr("Flags");
    default:
        return {};
    }
}

} // namespace paceplan::gui
