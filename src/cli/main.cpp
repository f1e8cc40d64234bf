// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "gui/AppPaths.h"

#include <QGuiApplication>

#include <iostream>

int main(int argc, char* argv[])
{
    // Handouts are laid out with fonts, which needs a QGuiApplication; it runs without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    paceplan::gui::setApplicationIdentity();
    std::vector<std::string> words;
    for (int i = 1; i < argc; ++i)
        words.emplace_back(argv[i]);
    return paceplan::cli::run(words, std::cout, std::cerr);
}
