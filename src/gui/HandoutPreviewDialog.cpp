// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/HandoutPreviewDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace paceplan::gui {

HandoutPreviewDialog::HandoutPreviewDialog(QList<QImage> pages, const QString& title, QWidget* parent)
    : QDialog(parent), m_pages(std::move(pages))
{
    setObjectName(QStringLiteral("handoutPreviewDialog"));
    setWindowTitle(tr("Handout preview: %1").arg(title));
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("handoutPreviewPages"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);
    auto* pagesWidget = new QWidget(m_scroll);
    auto* pagesLayout = new QVBoxLayout(pagesWidget);
    pagesLayout->setSpacing(12);
    for (int page = 0; page < m_pages.size(); ++page) {
        auto* label = new QLabel(pagesWidget);
        label->setAlignment(Qt::AlignHCenter);
        label->setAccessibleName(tr("Page %1 of %2").arg(page + 1).arg(m_pages.size()));
        pagesLayout->addWidget(label);
        m_labels << label;
    }
    pagesLayout->addStretch(1);
    m_scroll->setWidget(pagesWidget);

    auto* count = new QLabel(tr("%n page(s)", nullptr, static_cast<int>(m_pages.size())), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* print = buttons->addButton(tr("Print\u2026"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("previewPrint"));
    auto* pdf = buttons->addButton(tr("Save as PDF\u2026"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("previewSavePdf"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(print, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Print;
        accept();
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        m_choice = Choice::SavePdf;
        accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(count);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(760, 720);
}

void HandoutPreviewDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    layoutPages();
}

void HandoutPreviewDialog::layoutPages()
{
    // Each page as wide as the view allows (never larger than made), so a page reads without zooming.
    const int width = std::max(200, m_scroll->viewport()->width() - 40);
    if (width == m_laidOutWidth)
        return;
    m_laidOutWidth = width;
    for (int page = 0; page < m_pages.size(); ++page) {
        const QImage& image = m_pages.at(page);
        const QImage shown = image.width() > width ? image.scaledToWidth(width, Qt::SmoothTransformation) : image;
        m_labels.at(page)->setPixmap(QPixmap::fromImage(shown));
    }
}

} // namespace paceplan::gui
