// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QImage>
#include <QList>

class QLabel;
class QScrollArea;

namespace paceplan::gui {

/// Shows the pages of a handout, made beforehand on a worker thread, one under the other at the width of the
/// window, with Print… and Save as PDF… (which close it and tell the caller what was chosen) and Close.
class HandoutPreviewDialog : public QDialog {
    Q_OBJECT

public:
    /// What the user chose when the dialog closed.
    enum class Choice { Close, Print, SavePdf };

    HandoutPreviewDialog(QList<QImage> pages, const QString& title, QWidget* parent = nullptr);

    int pageCount() const { return static_cast<int>(m_pages.size()); }
    Choice choice() const { return m_choice; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void layoutPages();

    QList<QImage> m_pages;
    QList<QLabel*> m_labels;
    QScrollArea* m_scroll = nullptr;
    Choice m_choice = Choice::Close;
    int m_laidOutWidth = 0;
};

} // namespace paceplan::gui
