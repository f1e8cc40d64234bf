// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/PatientListModel.h"

#include "services/Patients.h"

#include "gui/ClinicSession.h"
#include "report/ReportTexts.h"

#include <QDate>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace paceplan::gui {

PatientListModel::PatientListModel(ClinicSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    m_query.limit = kPageSize;
    connect(&m_session, &ClinicSession::patientsChanged, this, &PatientListModel::reload);
    connect(&m_session, &ClinicSession::databaseChanged, this, &PatientListModel::reload);
    reload();
}

int PatientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PatientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Patient& patient = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return QString::fromStdString(patient.displayName());
        case DateOfBirthColumn: {
            const auto age = patient.ageOn(m_session.today());
            return QString::fromStdString(patient.dateOfBirth.toIso())
                + (age ? QStringLiteral(" (%1)").arg(*age) : QString());
        }
        case ConditionColumn:
            return report::conditionLabel(patient.condition);
        case PrecautionsColumn: {
            QStringList labels;
            for (const auto precaution : patient.precautions)
                labels << report::precautionLabel(precaution);
            return labels.join(QStringLiteral(", "));
        }
        case UpdatedColumn:
            return QString::fromStdString(patient.updatedAt.substr(0, 10));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && patient.archived)
            return tr("Archived");
        if (index.column() == PrecautionsColumn || index.column() == ConditionColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::FontRole:
        if (patient.archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (patient.archived)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case PatientIdRole:
        return QVariant::fromValue<qint64>(patient.id.value());
    case PatientUuidRole:
        return QString::fromStdString(patient.uuid);
    case ArchivedRole:
        return patient.archived;
    case ConditionCodeRole:
        return QString::fromLatin1(core::primaryConditionCode(patient.condition));
    default:
        return {};
    }
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DateOfBirthColumn:
        return tr("Date of birth (age)");
    case ConditionColumn:
        return tr("Main condition");
    case PrecautionsColumn:
        return tr("Precautions");
    case UpdatedColumn:
        return tr("Last changed");
    default:
        return {};
    }
}

bool PatientListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && static_cast<int>(m_rows.size()) < m_total;
}

void PatientListModel::fetchMore(const QModelIndex& parent)
{
    auto* clinic = m_session.clinic();
    if (!canFetchMore(parent) || !clinic)
        return;
    auto page = m_query;
    page.offset = static_cast<int>(m_rows.size());
    auto more = services::listPatients(*clinic, page);
    if (!more || more->empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(more->size()) - 1);
    for (auto& patient : *more)
        m_rows.push_back(std::move(patient));
    endInsertRows();
}

void PatientListModel::sort(int column, Qt::SortOrder order)
{
    using storage::PatientSort;
    switch (column) {
    case NameColumn:
        m_query.sort = PatientSort::FamilyName;
        break;
    case DateOfBirthColumn:
        m_query.sort = PatientSort::DateOfBirth;
        break;
    case ConditionColumn:
        m_query.sort = PatientSort::Condition;
        break;
    case UpdatedColumn:
        m_query.sort = PatientSort::UpdatedAt;
        break;
    default:
        return; // Precautions: no meaningful order.
    }
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

void PatientListModel::setNameFilter(const QString& text)
{
    const std::string prefix = text.toStdString();
    if (prefix == m_query.namePrefix)
        return;
    m_query.namePrefix = prefix;
    reload();
}

void PatientListModel::setArchiveFilter(storage::ArchiveFilter filter)
{
    if (filter == m_query.archive)
        return;
    m_query.archive = filter;
    reload();
}

int PatientListModel::rowOf(core::PatientId id) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == id)
            return static_cast<int>(row);
    return -1;
}

core::PatientId PatientListModel::patientAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return {};
    return m_rows[static_cast<std::size_t>(row)].id;
}

void PatientListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (auto* clinic = m_session.clinic()) {
        auto page = m_query;
        page.offset = 0;
        if (auto rows = services::listPatients(*clinic, page))
            m_rows = std::move(rows).value();
        if (auto total = services::countPatients(*clinic, page))
            m_total = *total;
    }
    endResetModel();
    emit matchCountChanged(m_total);
}

} // namespace paceplan::gui
