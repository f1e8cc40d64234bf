// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/outcomes/QuickPainEntry.h"

#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace paceplan::gui {

QuickPainEntry::QuickPainEntry(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("Today's &pain (0–10):"));
    m_field = new QLineEdit;
    m_field->setObjectName(QStringLiteral("quickPain"));
    m_field->setMaximumWidth(50);
    m_field->setValidator(new QIntValidator(0, 10, m_field));
    label->setBuddy(m_field);
    auto* record = new QPushButton(tr("Record"));
    m_message = new QLabel;
    m_last = new QLabel;
    m_last->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(label);
    layout->addWidget(m_field);
    layout->addWidget(record);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_last);
    connect(m_field, &QLineEdit::returnPressed, this, &QuickPainEntry::submit);
    connect(record, &QPushButton::clicked, this, &QuickPainEntry::submit);
}

void QuickPainEntry::setLastText(const QString& text)
{
    m_last->setText(text);
}

void QuickPainEntry::submit()
{
    bool ok = false;
    const int rating = m_field->text().toInt(&ok);
    if (!ok || rating < 0 || rating > 10) {
        m_message->setText(tr("Type a whole number from 0 to 10."));
        return;
    }
    m_message->setText(tr("Recorded %1.").arg(rating));
    m_field->clear();
    emit painEntered(rating);
}

} // namespace paceplan::gui
