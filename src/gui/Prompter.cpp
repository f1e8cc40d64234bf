// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/Prompter.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace paceplan::gui {

namespace {
Prompter* g_override = nullptr;
} // namespace

bool Prompter::confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton* accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void Prompter::showError(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
}

void Prompter::showInfo(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

QString Prompter::openFile(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString Prompter::saveFile(QWidget* parent, const QString& title, const QString& suggestedName, const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedName, filter);
}

Prompter& Prompter::instance()
{
    static Prompter real;
    return g_override ? *g_override : real;
}

void Prompter::setInstance(Prompter* prompter)
{
    g_override = prompter;
}

} // namespace paceplan::gui
