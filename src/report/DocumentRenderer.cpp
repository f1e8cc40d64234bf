// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/DocumentRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace paceplan::report {

namespace {

constexpr double kFooterHeightMm = 10.0;

double mmToDevice(double mm, int dpi)
{
    return mm / 25.4 * dpi;
}

} // namespace

DocumentRenderer::DocumentRenderer(PageDecoration decoration) : m_decoration(std::move(decoration)) {}

QPageLayout DocumentRenderer::standardLayout(QPageSize::PageSizeId size)
{
    return QPageLayout(QPageSize(size), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

int DocumentRenderer::render(QTextDocument& document, QPagedPaintDevice& device) const
{
    const int dpi = device.logicalDpiY();
    const QRectF pageRect = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const double footerHeight = mmToDevice(kFooterHeightMm, dpi);
    const QSizeF bodySize(pageRect.width(), pageRect.height() - footerHeight);

    // Lay the document out at the device's resolution so that point sizes print at their real size.
    document.documentLayout()->setPaintDevice(&device);
    document.setPageSize(bodySize);
    const int pageCount = document.pageCount();

    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont footerFont = document.defaultFont();
    footerFont.setPointSizeF(std::max(8.0, footerFont.pointSizeF() * 0.8));
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            device.newPage();
        if (!m_decoration.watermark.isEmpty()) {
            painter.save();
            QFont markFont = document.defaultFont();
            markFont.setPointSizeF(96);
            markFont.setBold(true);
            painter.setFont(markFont);
            painter.setPen(QColor(0, 0, 0, 40));
            painter.translate(pageRect.width() / 2, pageRect.height() / 2);
            painter.rotate(-45);
            painter.drawText(QRectF(-pageRect.width(), -pageRect.height() / 4, 2 * pageRect.width(), pageRect.height() / 2),
                             Qt::AlignCenter, m_decoration.watermark);
            painter.restore();
        }
        painter.save();
        painter.translate(0, -page * bodySize.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * bodySize.height(), bodySize.width(), bodySize.height());
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(Qt::black);
        const QRectF footer(0, pageRect.height() - footerHeight * 0.7, pageRect.width(), footerHeight * 0.7);
        painter.drawLine(QPointF(0, footer.top()), QPointF(pageRect.width(), footer.top()));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_decoration.footerLeft);
        QString right = QCoreApplication::translate("paceplan::report::DocumentRenderer", "Page %1 of %2")
                            .arg(page + 1)
                            .arg(pageCount);
        if (!m_decoration.footerRight.isEmpty())
            right = m_decoration.footerRight + QStringLiteral("   ") + right;
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, right);
    }
    return pageCount;
}

bool DocumentRenderer::writePdf(QTextDocument& document, const QString& fileName, const QPageLayout& layout,
                                const QString& title) const
{
    QFile probe(fileName);
    if (!probe.open(QIODevice::WriteOnly))
        return false;
    probe.close();
    QPdfWriter writer(fileName);
    writer.setResolution(300);
    writer.setPageLayout(layout);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("PacePlan"));
    render(document, writer);
    return true;
}

} // namespace paceplan::report
