// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace paceplan::gui {

/// The one seam through which the GUI asks the user modal questions, so tests can answer them.
class Prompter {
public:
    virtual ~Prompter() = default;

    /// Asks a yes/no question; true when the user chose `acceptLabel`.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel);
    virtual void showError(QWidget* parent, const QString& title, const QString& text);
    virtual void showInfo(QWidget* parent, const QString& title, const QString& text);
    /// A file to open or to save; empty when cancelled.
    virtual QString openFile(QWidget* parent, const QString& title, const QString& filter);
    virtual QString saveFile(
        QWidget* parent, const QString& title, const QString& suggestedName, const QString& filter);

    /// The prompter in use; a real one showing dialogs unless a test replaced it.
    static Prompter& instance();
    /// Replaces the prompter (tests); nullptr restores the real one. Not owned.
    static void setInstance(Prompter* prompter);
};

} // namespace paceplan::gui
