// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace paceplan::report {

/// What goes around the body of every printed page.
struct PageDecoration {
    QString footerLeft; ///< E.g. the clinic's phone number.
    QString footerRight; ///< Printed before "Page X of Y"; may be empty.
    QString watermark; ///< Large diagonal text such as "DRAFT"; empty for none.
    /// Moves a top-level table that would be split across two pages, and a heading that would end a page, to
    /// the next page (when the table fits on one page).
    bool keepTogether = false;
};

/// Lays a rich-text document out on pages and paints it with a footer (page X of Y) and an optional watermark.
class DocumentRenderer {
public:
    explicit DocumentRenderer(PageDecoration decoration = {});

    /// Paints `document` onto `device` (a QPdfWriter or a QPrinter); returns the number of pages, 0 when the
    /// device cannot be painted on.
    int render(QTextDocument& document, QPagedPaintDevice& device) const;

    /// The pages of `document` as white images of the paper of `layout` at `dpi`, painted as render() paints them
    /// (for previews; works on any thread). `progress(page, pageCount)` is called before each page; returning
    /// false stops and returns the pages painted so far.
    QList<QImage> renderImages(QTextDocument& document, const QPageLayout& layout, int dpi,
        const std::function<bool(int, int)>& progress = {}) const;

    /// Writes `document` to a PDF file; returns false when the file cannot be written.
    bool writePdf(
        QTextDocument& document, const QString& fileName, const QPageLayout& layout, const QString& title) const;

    /// The page layout PacePlan prints with: portrait, 15 mm margins.
    static QPageLayout standardLayout(QPageSize::PageSizeId size);

private:
    /// Paints page `page` (its body, watermark and footer) with the painter's origin at the top left of the
    /// page's paint rectangle of `pageSize`.
    void paintPage(QPainter& painter, QTextDocument& document, int page, int pageCount, const QSizeF& pageSize,
        double footerHeight) const;

    PageDecoration m_decoration;
};

} // namespace paceplan::report
