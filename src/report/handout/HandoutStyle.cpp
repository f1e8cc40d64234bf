// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/handout/HandoutStyle.h"

#include <QFont>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace paceplan::report {

namespace {

constexpr double kMmPerInch = 25.4;
constexpr double kLayoutDpi = 96.0;

QString points(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral("pt");
}

} // namespace

HandoutStyle::HandoutStyle(const HandoutOptions& options)
    : m_body(options.bodyPointSize()), m_large(options.largePrint), m_cards(options.effectiveCardsPerPage()),
      m_bodyWidth(options.pageLayout().paintRect(QPageLayout::Millimeter).width() / kMmPerInch * kLayoutDpi)
{
}

double HandoutStyle::columnPercent(const QStringList& lines, bool bold, int padding) const
{
    QFont font;
    font.setPointSizeF(m_body);
    font.setBold(bold);
    const QFontMetricsF metrics(font);
    // Metrics are measured at the screen's resolution; convert them to layout pixels (1/96 inch).
    const double scale = kLayoutDpi / metrics.fontDpi();
    double widest = 0;
    for (const auto& line : lines)
        widest = std::max(widest, metrics.horizontalAdvance(line) * scale);
    // A little slack for the borders and for the printer's own font metrics.
    const double needed = widest * 1.04 + 2.0 * padding + 2.0;
    return std::ceil(needed / m_bodyWidth * 1000.0) / 10.0;
}

int HandoutStyle::gap(double lines) const
{
    return static_cast<int>(std::lround(m_body * lines * kLayoutDpi / 72.0));
}

QSize HandoutStyle::pictureBox() const
{
    // The drawing stands beside the steps. About 32 x 24 mm with three or more cards a page and 45 x 34 mm with two
    // (large print, where every millimetre the drawing takes from the text costs a line of steps), 80 x 60 mm with one;
    // drawings are about 4:3.
    switch (m_cards) {
    case 1:
        return { 302, 227 };
    case 2:
        return { 170, 128 };
    default:
        return { 121, 91 };
    }
}

QSize HandoutStyle::thumbnailBox() const
{
    // About 14 x 10 mm (21 x 16 mm in large print): large enough to recognise the exercise, and no taller than
    // the name and amount beside it, so ten rows fit on page 1.
    return m_large ? QSize(80, 60) : QSize(52, 39);
}

QSize HandoutStyle::logoBox()
{
    return { 170, 95 }; // About 45 x 25 mm.
}

QString HandoutStyle::escape(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString HandoutStyle::heading(int level, const QString& text, bool pageBreakBefore) const
{
    const double factor = level == 1 ? 1.75 : level == 2 ? 1.4 : 1.15;
    const int above = gap(level == 1 ? 0.4 : level == 2 ? 0.7 : 0.4);
    return QStringLiteral("<h%1 style='font-size:%2; margin-top:%3px; margin-bottom:%4px;%5'>%6</h%1>")
        .arg(level)
        .arg(points(m_body * factor))
        .arg(above)
        .arg(gap(0.3))
        .arg(pageBreakBefore ? QStringLiteral(" page-break-before:always;") : QString())
        .arg(escape(text));
}

QString HandoutStyle::paragraph(const QString& text, bool bold) const
{
    return QStringLiteral("<p style='margin-top:0; margin-bottom:%1px; line-height:%2%;'>%3</p>")
        .arg(gap(m_large ? 0.4 : 0.3))
        .arg(m_large ? 110 : 100)
        .arg(bold ? QStringLiteral("<b>%1</b>").arg(escape(text)) : escape(text));
}

QString HandoutStyle::list(const QStringList& items, bool numbered) const
{
    if (items.isEmpty())
        return {};
    QString html = numbered ? QStringLiteral("<ol style='margin-top:0; margin-bottom:%1px;'>")
                            : QStringLiteral("<ul style='margin-top:0; margin-bottom:%1px;'>");
    html = html.arg(gap(0.3));
    for (const auto& item : items)
        html += QStringLiteral("<li style='margin-bottom:%1px; line-height:%2%;'>%3</li>")
                    .arg(gap(m_large ? 0.15 : 0.05))
                    .arg(m_large ? 105 : 100)
                    .arg(escape(item));
    html += numbered ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
    return html;
}

QString HandoutStyle::label(const QString& text) const
{
    return QStringLiteral("<p style='margin-top:%1px; margin-bottom:%2px;'><b>%3</b></p>")
        .arg(gap(0.3))
        .arg(gap(0.05))
        .arg(escape(text));
}

QString HandoutStyle::guidance(const GuidanceText& text, int headingLevel) const
{
    QString html;
    if (!text.heading.isEmpty())
        html += heading(headingLevel, text.heading);
    for (const auto& paragraphText : text.paragraphs)
        html += paragraph(paragraphText);
    html += list(text.list, text.numbered);
    for (const auto& paragraphText : text.closing)
        html += paragraph(paragraphText);
    return html;
}

QString HandoutStyle::columnList(const QStringList& items, bool numbered) const
{
    if (items.size() < 4)
        return list(items, numbered);
    const auto half = (items.size() + 1) / 2;
    // Numbers are written out: this Qt version cannot start a numbered list at another number than 1.
    const auto column = [&](qsizetype from, qsizetype to) {
        QString html;
        for (auto i = from; i < to; ++i) {
            const QString marker = numbered ? QStringLiteral("%1.").arg(i + 1) : QStringLiteral("\u2022");
            html += QStringLiteral("<p style='margin-top:0; margin-bottom:%1px; margin-left:%2px; text-indent:-%2px; "
                                   "line-height:%3%;'>%4&nbsp;%5</p>")
                        .arg(gap(0.15))
                        .arg(gap(numbered ? 1.1 : 0.8))
                        .arg(m_large ? 115 : 104)
                        .arg(marker, escape(items[i]));
        }
        return html;
    };
    return QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0' style='margin-bottom:%1px;'><tr>"
                          "<td valign='top' width='50%' style='padding-right:8px;'>%2</td><td valign='top' "
                          "width='50%'>%3</td></tr></table>")
        .arg(gap(0.3))
        .arg(column(0, half), column(half, items.size()));
}

QString HandoutStyle::guidanceInColumns(const GuidanceText& text, int headingLevel) const
{
    QString html;
    if (!text.heading.isEmpty())
        html += heading(headingLevel, text.heading);
    for (const auto& paragraphText : text.paragraphs)
        html += paragraph(paragraphText);
    html += columnList(text.list, text.numbered);
    for (const auto& paragraphText : text.closing)
        html += paragraph(paragraphText);
    return html;
}

QString HandoutStyle::box(const QString& innerHtml, bool strong) const
{
    return QStringLiteral("<table width='100%' cellspacing='0' cellpadding='%1' style='border-collapse:collapse; "
                          "border:%2px solid #000000; margin-top:%3px; margin-bottom:%3px;'><tr><td "
                          "style='background-color:#f2f2f2;'>%4</td></tr></table>")
        .arg(m_large ? 10 : 8)
        .arg(strong ? 3 : 1)
        .arg(gap(0.5))
        .arg(innerHtml);
}

QString HandoutStyle::boxes(const QStringList& innerHtmls) const
{
    if (innerHtmls.isEmpty())
        return {};
    if (innerHtmls.size() == 1)
        return box(innerHtmls.first());
    QString html
        = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='%1' style='border-collapse:collapse; "
                         "border:1px solid #000000; margin-top:%2px; margin-bottom:%2px;'><tr>")
              .arg(m_large ? 10 : 8)
              .arg(gap(0.5));
    const int width = 100 / static_cast<int>(innerHtmls.size());
    for (const auto& inner : innerHtmls)
        html += QStringLiteral(
            "<td valign='top' width='%1%' style='border:1px solid #000000; background-color:#f2f2f2;'>%2</td>")
                    .arg(width)
                    .arg(inner);
    html += QStringLiteral("</tr></table>");
    return html;
}

} // namespace paceplan::report
