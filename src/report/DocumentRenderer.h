// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;
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

    /// Writes `document` to a PDF file; returns false when the file cannot be written.
    bool writePdf(
        QTextDocument& document, const QString& fileName, const QPageLayout& layout, const QString& title) const;

    /// The page layout PacePlan prints with: portrait, 15 mm margins.
    static QPageLayout standardLayout(QPageSize::PageSizeId size);

private:
    PageDecoration m_decoration;
};

} // namespace paceplan::report
