// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/Prompter.h"
#include "support/StorageFixtures.h"

#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace paceplan::test {

/// Answers the GUI's modal questions from a script and records what was asked; installed while alive.
class ScriptedPrompter : public gui::Prompter {
public:
    ScriptedPrompter() { gui::Prompter::setInstance(this); }
    ~ScriptedPrompter() override { gui::Prompter::setInstance(nullptr); }

    bool confirm(QWidget*, const QString& title, const QString& text, const QString&) override
    {
        questions << title + QStringLiteral(": ") + text;
        return answer;
    }
    void showError(QWidget*, const QString& title, const QString& text) override
    {
        errors << title + QStringLiteral(": ") + text;
    }
    void showInfo(QWidget*, const QString& title, const QString& text) override
    {
        infos << title + QStringLiteral(": ") + text;
    }
    QString openFile(QWidget*, const QString&, const QString&) override { return fileToOpen; }
    QString saveFile(QWidget*, const QString&, const QString&, const QString&) override { return fileToSave; }

    bool answer = true;
    QString fileToOpen;
    QString fileToSave;
    QStringList questions;
    QStringList errors;
    QStringList infos;
};

} // namespace paceplan::test
