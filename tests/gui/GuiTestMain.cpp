// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "services/AppPaths.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    // Without a display QApplication aborts, and CTest would silently list no GUI tests.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    paceplan::services::setApplicationIdentity();
    return Catch::Session().run(argc, argv);
}
