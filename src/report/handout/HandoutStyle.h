// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/handout/HandoutOptions.h"
#include "report/handout/HandoutTexts.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace paceplan::report {

/// Sizes and the small HTML pieces a handout is built from; large print makes text bigger and gaps wider.
class HandoutStyle {
public:
    /// The style for the paper and print size of `options`.
    explicit HandoutStyle(const HandoutOptions& options);

    /// The body text size in points.
    double bodyPoints() const { return m_body; }
    /// A vertical gap of `lines` body-text heights in layout pixels, for CSS margins (Qt ignores margins in pt).
    int gap(double lines) const;
    /// True in large print.
    bool largePrint() const { return m_large; }

    /// The width of the page body, in layout pixels (1/96 inch).
    double bodyWidth() const { return m_bodyWidth; }
    /// The share of the body width, in percent rounded up to a tenth, that the widest of `lines` needs at body
    /// size, plus `padding` layout pixels on each side; words in a line are not split.
    double columnPercent(const QStringList& lines, bool bold, int padding) const;

    /// How many exercise cards share a page (1-3).
    int cardsPerPage() const { return m_cards; }
    /// The largest size of the drawing on an exercise card, in layout pixels (1/96 inch); larger with fewer
    /// cards per page.
    QSize pictureBox() const;
    /// The largest size of an exercise's thumbnail in the week table on page 1, in layout pixels.
    QSize thumbnailBox() const;
    /// The largest size of the clinic logo, in layout pixels.
    static QSize logoBox();

    /// A heading: level 1 (title), 2 (section) or 3 (part of a section).
    QString heading(int level, const QString& text, bool pageBreakBefore = false) const;
    /// A paragraph of escaped text.
    QString paragraph(const QString& text, bool bold = false) const;
    /// A bulleted or numbered list of escaped items.
    QString list(const QStringList& items, bool numbered) const;
    /// A bold label line inside a block ("How to do it").
    QString label(const QString& text) const;
    /// A guidance section: heading, paragraphs, list and closing paragraphs.
    QString guidance(const GuidanceText& text, int headingLevel = 2) const;
    /// A guidance section like guidance(), with its list in two columns side by side (numbers kept in order),
    /// which saves the white space short list items leave at the right of a full-width column.
    QString guidanceInColumns(const GuidanceText& text, int headingLevel = 2) const;
    /// `items` as a list in two columns side by side, numbered 1..N down the columns when `numbered`.
    QString columnList(const QStringList& items, bool numbered) const;
    /// A framed box around `innerHtml`, with a thick border when `strong`.
    QString box(const QString& innerHtml, bool strong = false) const;
    /// Framed boxes side by side in one row, sharing the width; nothing when `innerHtmls` is empty.
    QString boxes(const QStringList& innerHtmls) const;

    /// Text escaped for HTML, with line breaks kept.
    static QString escape(const QString& text);

private:
    double m_body;
    bool m_large;
    int m_cards;
    double m_bodyWidth;
};

} // namespace paceplan::report
