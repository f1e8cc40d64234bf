// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "services/AppPaths.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace {

/// Qt's own notices (such as a missing XDG_RUNTIME_DIR) go to the log file, not into a script's stderr.
void logQtMessage(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    const std::string text = message.toStdString();
    if (type == QtFatalMsg || type == QtCriticalMsg)
        spdlog::error("Qt: {}", text);
    else
        spdlog::debug("Qt: {}", text);
}

} // namespace

int main(int argc, char* argv[])
{
    qInstallMessageHandler(logQtMessage);
    std::vector<std::string> words;
    for (int i = 1; i < argc; ++i)
        words.emplace_back(argv[i]);
    // Only handouts are laid out with fonts, which needs a QGuiApplication (offscreen: no display needed);
    // every other command runs on QtCore alone.
    // Exercise pictures are painted too.
    const bool handout = std::find(words.begin(), words.end(), "handout") != words.end()
        || std::find(words.begin(), words.end(), "picture") != words.end();
    std::unique_ptr<QCoreApplication> app;
    if (handout) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    paceplan::services::setApplicationIdentity();
    return paceplan::cli::run(words, std::cout, std::cerr);
}
