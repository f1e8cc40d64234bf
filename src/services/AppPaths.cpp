// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace paceplan::services {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PacePlan"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("paceplan.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("PacePlan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PACEPLAN_VERSION));
}

QString dataFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return {};
    return folder;
}

QString defaultDatabasePath()
{
    const QString folder = dataFolder();
    return folder.isEmpty() ? QString() : QDir(folder).filePath(QStringLiteral("clinic.db"));
}

QString logFolder()
{
    if (const QString fromEnvironment = qEnvironmentVariable("PACEPLAN_LOG_DIR"); !fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString folder = dataFolder();
    return folder.isEmpty() ? QString() : QDir(folder).filePath(QStringLiteral("logs"));
}

} // namespace paceplan::services
