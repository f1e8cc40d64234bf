// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace paceplan::gui {

/// One line at the top of the outcomes page: type today's pain (0-10) and press Enter.
class QuickPainEntry : public QWidget {
    Q_OBJECT
public:
    explicit QuickPainEntry(QWidget* parent = nullptr);

    /// Shows what was last recorded, e.g. "Last: 4 on 2026-11-20".
    void setLastText(const QString& text);
    QLineEdit* field() const { return m_field; }

signals:
    /// A valid rating was entered.
    void painEntered(int rating);

private:
    void submit();

    QLineEdit* m_field = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_last = nullptr;
};

} // namespace paceplan::gui
