// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "services/AppPaths.h"

#include <QGuiApplication>

#include <spdlog/spdlog.h>

#include <iostream>

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
    // Handouts are laid out with fonts, which needs a QGuiApplication; it runs without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    paceplan::services::setApplicationIdentity();
    std::vector<std::string> words;
    for (int i = 1; i < argc; ++i)
        words.emplace_back(argv[i]);
    return paceplan::cli::run(words, std::cout, std::cerr);
}
