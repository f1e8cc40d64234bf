// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ClinicSession.h"
#include "gui/MainWindow.h"
#include "gui/Settings.h"
#include "services/AppPaths.h"
#include "services/DemoSeeder.h"
#include "storage/Logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

#include <spdlog/spdlog.h>

using namespace paceplan;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    services::setApplicationIdentity();
    gui::stampSettingsVersion();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Exercise plans for chronic-pain physiotherapy."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringList { QStringLiteral("d"), QStringLiteral("database") },
        QApplication::translate("main", "Open the database in <file>."), QStringLiteral("file"));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"), QApplication::translate("main", "Write debug details to the log."));
    parser.addOption(databaseOption);
    parser.addOption(verboseOption);
    parser.process(app);

    storage::setUpLogging(services::logFolder().toStdString(), parser.isSet(verboseOption), false);
    spdlog::info("PacePlan {} starting", PACEPLAN_VERSION);

    const bool useDefault = !parser.isSet(databaseOption);
    const QString path = useDefault ? services::defaultDatabasePath() : parser.value(databaseOption);
    if (path.isEmpty()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "PacePlan"),
            QApplication::translate("main",
                "PacePlan cannot find or create its data folder. "
                "Check that your home folder can be written to."));
        return 1;
    }

    gui::ClinicSession session;
    gui::MainWindow window(session);
    const bool firstRun = useDefault && !QFileInfo::exists(path);
    if (window.openDatabase(path, useDefault) && firstRun) {
        if (auto seeded = services::seedDemoClinic(*session.clinic()); !seeded)
            spdlog::error("the demo clinic could not be seeded");
        session.refresh();
    }
    window.show();
    const int code = QApplication::exec();
    spdlog::info("PacePlan closing");
    return code;
}
