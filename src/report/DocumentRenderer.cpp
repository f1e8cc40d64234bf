// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/DocumentRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>

#include <cmath>

namespace paceplan::report {

namespace {

constexpr double kFooterHeightMm = 10.0;

double mmToDevice(double mm, int dpi)
{
    return mm / 25.4 * dpi;
}

/// Marks the page breaks the renderer added, so the next layout can take them out again.
constexpr int kAddedBreakProperty = QTextFormat::UserProperty + 0x7101;

int pageOf(double y, double pageHeight)
{
    return static_cast<int>(std::floor(y / pageHeight));
}

/// Removes the page breaks an earlier render added (for another page size).
void clearAddedBreaks(QTextDocument& document)
{
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame* frame = it.currentFrame()) {
            QTextFrameFormat format = frame->frameFormat();
            if (format.boolProperty(kAddedBreakProperty)) {
                format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
                format.clearProperty(kAddedBreakProperty);
                frame->setFrameFormat(format);
            }
        } else if (const QTextBlock block = it.currentBlock(); block.isValid()) {
            QTextBlockFormat format = block.blockFormat();
            if (format.boolProperty(kAddedBreakProperty)) {
                format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
                format.clearProperty(kAddedBreakProperty);
                QTextCursor(block).setBlockFormat(format);
            }
        }
    }
}

void breakBefore(QTextFrame* frame)
{
    QTextFrameFormat format = frame->frameFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    format.setProperty(kAddedBreakProperty, true);
    frame->setFrameFormat(format);
}

void breakBefore(const QTextBlock& block)
{
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    format.setProperty(kAddedBreakProperty, true);
    QTextCursor(block).setBlockFormat(format);
}

bool isHeading(const QTextBlock& block)
{
    return block.isValid() && block.blockFormat().headingLevel() > 0;
}

/// The top of the first line of a block: a block pushed to the next page keeps its old top, its first line
/// does not.
double firstLineTop(const QTextBlock& block, const QAbstractTextDocumentLayout& layout)
{
    const QTextLayout* lines = block.layout();
    if (lines && lines->lineCount() > 0)
        return lines->position().y() + lines->lineAt(0).y();
    return layout.blockBoundingRect(block).top();
}

/// True when a block runs over a page break and leaves a single line alone on either page.
bool leavesLoneLine(const QTextBlock& block, double pageHeight)
{
    const QTextLayout* lines = block.layout();
    if (!lines || lines->lineCount() < 2)
        return false;
    const double origin = lines->position().y();
    const int firstPage = pageOf(origin + lines->lineAt(0).y(), pageHeight);
    int onFirstPage = 0;
    for (int i = 0; i < lines->lineCount(); ++i)
        if (pageOf(origin + lines->lineAt(i).y(), pageHeight) == firstPage)
            ++onFirstPage;
    const int onLaterPages = lines->lineCount() - onFirstPage;
    return onLaterPages > 0 && (onFirstPage < 2 || onLaterPages < 2);
}

/// The headings and the few paragraphs after them that lead into what follows ("Your week", its introduction,
/// "Week 3"): they move to the next page with the table or text they introduce.
constexpr int kMaxLeadIn = 4;

/// Moves each top-level table that straddles a page break (and fits on a page) to the next page, together with
/// the headings and short text leading into it; moves such a lead-in that was left at the foot of a page when
/// its table went to the next one; moves a paragraph that would leave a single line alone on a page; and moves
/// a heading that would be the last thing on a page. The document is walked in order, so each move only shifts
/// what follows it.
void keepTogether(QTextDocument& document, double pageHeight)
{
    const auto& layout = *document.documentLayout();
    const QTextFrameFormat rootFormat = document.rootFrame()->frameFormat();
    const double usable = pageHeight - rootFormat.topMargin() - rootFormat.bottomMargin();
    QList<QTextBlock> leadIn;
    const auto pageOfBlock = [&](const QTextBlock& block) { return pageOf(firstLineTop(block, layout), pageHeight); };
    // Puts a page break before the earliest lead-in heading on `page` from which the rest of the lead-in and
    // `followingHeight` fit on one page; returns false when there is none. A move never starts below a heading,
    // so a heading always stays with the text under it.
    const auto moveLeadIn = [&](int page, double followingHeight) {
        for (int i = 0; i < leadIn.size(); ++i) {
            if (!isHeading(leadIn[i]) || pageOfBlock(leadIn[i]) != page
                || leadIn[i].blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_Auto)
                continue;
            double height = followingHeight;
            for (int j = i; j < leadIn.size(); ++j)
                height += layout.blockBoundingRect(leadIn[j]).height();
            if (height > usable)
                continue;
            breakBefore(leadIn[i]);
            return true;
        }
        return false;
    };
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        QTextFrame* frame = it.currentFrame();
        const QTextBlock block = frame ? QTextBlock() : it.currentBlock();
        const QRectF rect = frame ? layout.frameBoundingRect(frame) : layout.blockBoundingRect(block);
        if (rect.isValid() && frame) {
            const int page = pageOf(rect.top(), pageHeight);
            const bool splits = pageOf(rect.bottom() - 1, pageHeight) != page && rect.height() <= usable
                && frame->frameFormat().pageBreakPolicy() == QTextFormat::PageBreak_Auto;
            const bool leftBehind
                = !leadIn.isEmpty() && isHeading(leadIn.first()) && pageOfBlock(leadIn.first()) < page;
            if (splits) {
                if (!moveLeadIn(page, rect.height()))
                    breakBefore(frame);
            } else if (leftBehind) {
                moveLeadIn(pageOfBlock(leadIn.first()), rect.height());
            }
        } else if (rect.isValid() && leavesLoneLine(block, pageHeight) && rect.height() <= usable
            && block.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_Auto) {
            if (!moveLeadIn(pageOfBlock(block), rect.height()))
                breakBefore(block);
        } else if (rect.isValid() && !leadIn.isEmpty() && isHeading(leadIn.last())
            && pageOfBlock(leadIn.last()) < pageOfBlock(block)) {
            moveLeadIn(pageOfBlock(leadIn.last()), 0.0);
        }
        // NOLINTBEGIN(bugprone-branch-clone): the first and last branches both drop the lead-in, on purpose.
        if (frame)
            leadIn.clear();
        else if (isHeading(block) && (leadIn.isEmpty() || leadIn.size() >= kMaxLeadIn))
            leadIn = { block };
        else if (!leadIn.isEmpty() && leadIn.size() < kMaxLeadIn)
            leadIn.append(block);
        else
            leadIn.clear();
        // NOLINTEND(bugprone-branch-clone)
    }
}

} // namespace

DocumentRenderer::DocumentRenderer(PageDecoration decoration) : m_decoration(std::move(decoration)) { }

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

    // Lay the document out at the device's resolution so that point sizes print at their real size. The
    // layout's paint device is put back afterwards: the caller may destroy `device`.
    QPaintDevice* const previousDevice = document.documentLayout()->paintDevice();
    const QSizeF previousPageSize = document.pageSize();
    document.documentLayout()->setPaintDevice(&device);
    document.setPageSize(bodySize);
    clearAddedBreaks(document);
    if (m_decoration.keepTogether)
        keepTogether(document, bodySize.height());
    const int pageCount = document.pageCount();

    QPainter painter(&device);
    if (!painter.isActive()) { // The device cannot be painted on (a printer that failed to start, say).
        document.documentLayout()->setPaintDevice(previousDevice);
        document.setPageSize(previousPageSize);
        return 0;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            device.newPage();
        paintPage(painter, document, page, pageCount, pageRect.size(), footerHeight);
    }
    painter.end();
    document.documentLayout()->setPaintDevice(previousDevice);
    document.setPageSize(previousPageSize);
    return pageCount;
}

void DocumentRenderer::paintPage(QPainter& painter, QTextDocument& document, int page, int pageCount,
    const QSizeF& pageSize, double footerHeight) const
{
    const QSizeF bodySize(pageSize.width(), pageSize.height() - footerHeight);
    const QRectF pageRect(QPointF(0, 0), pageSize);
    QFont footerFont = document.defaultFont();
    footerFont.setPointSizeF(std::max(8.0, footerFont.pointSizeF() * 0.8));
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

QList<QImage> DocumentRenderer::renderImages(
    QTextDocument& document, const QPageLayout& layout, int dpi, const std::function<bool(int, int)>& progress) const
{
    // The pages are laid out and painted on images of the paper's size at `dpi`, white, margins included.
    const QSize paperPixels = layout.fullRectPixels(dpi).size();
    const QRect paintRect = layout.paintRectPixels(dpi);
    QImage probe(paperPixels, QImage::Format_RGB32);
    const int dotsPerMetre = static_cast<int>(std::lround(dpi / 0.0254));
    probe.setDotsPerMeterX(dotsPerMetre);
    probe.setDotsPerMeterY(dotsPerMetre);
    const double footerHeight = mmToDevice(kFooterHeightMm, dpi);
    const QSizeF bodySize(paintRect.width(), paintRect.height() - footerHeight);

    QPaintDevice* const previousDevice = document.documentLayout()->paintDevice();
    const QSizeF previousPageSize = document.pageSize();
    document.documentLayout()->setPaintDevice(&probe);
    document.setPageSize(bodySize);
    clearAddedBreaks(document);
    if (m_decoration.keepTogether)
        keepTogether(document, bodySize.height());
    const int pageCount = document.pageCount();

    QList<QImage> pages;
    for (int page = 0; page < pageCount; ++page) {
        if (progress && !progress(page, pageCount))
            break;
        QImage image = probe.copy();
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(paintRect.topLeft());
        paintPage(painter, document, page, pageCount, paintRect.size(), footerHeight);
        painter.end();
        pages << image;
    }
    document.documentLayout()->setPaintDevice(previousDevice);
    document.setPageSize(previousPageSize);
    return pages;
}

bool DocumentRenderer::writePdf(
    QTextDocument& document, const QString& fileName, const QPageLayout& layout, const QString& title) const
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
