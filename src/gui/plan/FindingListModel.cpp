// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/FindingListModel.h"

#include "core/plan/Plan.h"
#include "gui/plan/PlanLabels.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace paceplan::gui {

FindingListModel::FindingListModel(QObject* parent) : QAbstractListModel(parent) { }

void FindingListModel::setFindings(const std::vector<core::PlanFinding>& findings)
{
    if (findings == m_findings)
        return;
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

QVariant FindingListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& finding = m_findings[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        QString where;
        if (finding.week > 0)
            where = tr("Week %1").arg(finding.week);
        if (finding.weekday >= 0)
            where += (where.isEmpty() ? QString() : QStringLiteral(", "))
                + QString::fromLatin1(core::weekdayName(finding.weekday));
        const QString prefix
            = severityLabel(finding.severity) + (where.isEmpty() ? QString() : QStringLiteral(" · ") + where);
        return prefix + QStringLiteral(": ") + QString::fromStdString(finding.message);
    }
    case Qt::ToolTipRole:
        return finding.itemKey.empty()
            ? QString::fromStdString(finding.message)
            : tr("%1\nClick to select the exercise.").arg(QString::fromStdString(finding.message));
    case Qt::DecorationRole: {
        const auto icon = finding.severity == core::Severity::Problem ? QStyle::SP_MessageBoxCritical
            : finding.severity == core::Severity::Warning             ? QStyle::SP_MessageBoxWarning
                                                                      : QStyle::SP_MessageBoxInformation;
        return QApplication::style()->standardIcon(icon);
    }
    case ItemKeyRole:
        return QString::fromStdString(finding.itemKey);
    case SeverityRole:
        return static_cast<int>(finding.severity);
    default:
        return {};
    }
}

} // namespace paceplan::gui
