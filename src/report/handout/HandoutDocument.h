// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/DocumentRenderer.h"
#include "report/handout/HandoutContent.h"
#include "report/handout/HandoutOptions.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace paceplan::report {

class HandoutStyle;

/// A patient handout: builds the printable document of a home exercise plan from its content and the print
/// options, and prints it to a PDF file or a printer.
class HandoutDocument {
    Q_DECLARE_TR_FUNCTIONS(paceplan::report::HandoutDocument)

public:
    /// A handout of `content` printed with `options`.
    HandoutDocument(HandoutContent content, HandoutOptions options);

    /// What the handout prints.
    const HandoutContent& content() const { return m_content; }
    /// How the handout is printed.
    const HandoutOptions& options() const { return m_options; }

    /// The handout as HTML for a QTextDocument; pictures refer to the resources build() adds.
    QString html() const;
    /// Fills `document` with the handout: the HTML, the picture resources and the body font size.
    void build(QTextDocument& document) const;
    /// The handout's text as plain lines, as a reader sees it.
    QString plainText() const;

    /// The footer (clinic phone, name, page X of Y), the "DRAFT" watermark of drafts, and blocks kept whole.
    PageDecoration decoration() const;
    /// The page layout of the chosen paper.
    QPageLayout pageLayout() const;
    /// The document title stored in the PDF.
    QString documentTitle() const;

    /// Writes the handout to a PDF file; returns false when the file cannot be written.
    bool writePdf(const QString& fileName) const;
    /// Paints the handout on `device` (a printer set up with pageLayout() and documentTitle(), or a PDF writer)
    /// with the device's current page layout; returns the number of pages, 0 when nothing could be painted.
    int print(QPagedPaintDevice& device) const;

    /// The pages as white images at `dpi` (for a preview; works on any thread); `progress(page, pageCount)` is
    /// called before each page and may stop the work by returning false.
    QList<QImage> pageImages(int dpi, const std::function<bool(int, int)>& progress = {}) const;

    /// The resource name of picture `picture` of exercise `exercise` (both counted from 0).
    static QString pictureResource(int exercise, int picture);
    /// The resource name of the clinic logo.
    static QString logoResource();

private:
    QString letterheadHtml(const HandoutStyle& style) const;
    QString headerHtml(const HandoutStyle& style) const;
    QString weekHtml(const HandoutStyle& style) const;
    QString exercisesHtml(const HandoutStyle& style) const;
    QString effortHtml(const HandoutStyle& style) const;
    QString painHtml(const HandoutStyle& style) const;
    QString educationHtml(const HandoutStyle& style) const;
    QString diaryHtml(const HandoutStyle& style) const;

    HandoutContent m_content;
    HandoutOptions m_options;
};

} // namespace paceplan::report
