// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/handout/HandoutDocument.h"

#include "report/handout/ExerciseBlock.h"
#include "report/handout/HandoutPictures.h"
#include "report/handout/HandoutStyle.h"
#include "report/handout/HandoutTexts.h"
#include "report/handout/PainGuidance.h"
#include "report/handout/SafetyWording.h"
#include "report/handout/WeekCalendar.h"

#include <QPagedPaintDevice>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace paceplan::report {

namespace {

QList<PlacedPicture> placedPictures(const HandoutExercise& exercise, int index, const HandoutStyle& style)
{
    QList<PlacedPicture> placed;
    // The card shows the main picture only (see ExerciseBlock); the thumbnail on page 1 reuses it.
    for (int p = 0; p < std::min<qsizetype>(1, exercise.pictures.size()); ++p) {
        const auto& picture = exercise.pictures[p];
        const QSize size = HandoutPictures::displaySize(picture.image.size(), style.pictureBox());
        if (!size.isEmpty())
            placed.append({ HandoutDocument::pictureResource(index, p), size, picture.caption });
    }
    return placed;
}

QString gridTable(const QStringList& headers, const QList<QStringList>& rows, const QStringList& widths, int padding)
{
    QString html
        = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='%1' style='border-collapse:collapse; "
                         "border:1px solid #000000; margin-bottom:4px;'>")
              .arg(padding);
    // No header row when there are no headers; the widths then go on the first row.
    if (!headers.isEmpty()) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < headers.size(); ++c)
            html += QStringLiteral(
                "<td width='%1' style='border:1px solid #000000; background-color:#e6e6e6;'><b>%2</b></td>")
                        .arg(widths.value(c), HandoutStyle::escape(headers[c]));
        html += QStringLiteral("</tr>");
    }
    for (int r = 0; r < rows.size(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < rows[r].size(); ++c)
            html += QStringLiteral("<td valign='top'%1 style='border:1px solid #000000;'>%2</td>")
                        .arg(r == 0 && headers.isEmpty() ? QStringLiteral(" width='%1'").arg(widths.value(c))
                                                         : QString(),
                            rows[r][c]);
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace

HandoutDocument::HandoutDocument(HandoutContent content, HandoutOptions options)
    : m_content(std::move(content)), m_options(options)
{
}

QString HandoutDocument::pictureResource(int exercise, int picture)
{
    return QStringLiteral("handout-picture-%1-%2").arg(exercise).arg(picture);
}

QString HandoutDocument::logoResource()
{
    return QStringLiteral("handout-logo");
}

QString HandoutDocument::letterheadHtml(const HandoutStyle& style) const
{
    const HandoutClinic& clinic = m_content.clinic;
    // Three lines at most: name, address, then phone and clinician, to leave room for the week on page 1.
    QStringList lines;
    if (!clinic.name.trimmed().isEmpty())
        lines << QStringLiteral("<span style='font-size:%1pt;'><b>%2</b></span>")
                     .arg(QString::number(style.bodyPoints() * 1.5, 'f', 1), HandoutStyle::escape(clinic.name));
    if (!clinic.address.trimmed().isEmpty())
        lines << HandoutStyle::escape(
            clinic.address.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral(", ")));
    QStringList contact;
    if (!clinic.phone.isEmpty())
        contact << tr("Phone: %1").arg(clinic.phone);
    if (!clinic.clinician.isEmpty())
        contact << HandoutTexts::clinicianLine(clinic.clinician);
    if (clinic.phone.isEmpty()) // A line to write the number on, rather than a letterhead with nothing to call.
        contact << SafetyWording::writeInContact(clinic.clinician.isEmpty());
    if (!contact.isEmpty())
        lines << HandoutStyle::escape(contact.join(QStringLiteral(" \u00B7 ")));
    QString html = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr><td valign='top'>%1</td>")
                       .arg(lines.join(QStringLiteral("<br>")));
    const QSize logo = HandoutPictures::displaySize(clinic.logo.size(), HandoutStyle::logoBox());
    if (!logo.isEmpty())
        html += QStringLiteral("<td align='right' valign='top'><img src='%1' width='%2' height='%3'></td>")
                    .arg(logoResource())
                    .arg(logo.width())
                    .arg(logo.height());
    html += QStringLiteral("</tr></table><hr>");
    return html;
}

QString HandoutDocument::headerHtml(const HandoutStyle& style) const
{
    QString html = style.heading(1, HandoutTexts::title());
    // Who, when and which plan share one line, so the whole week fits on page 1.
    QStringList about { HandoutTexts::forLine(m_content.patientName) };
    if (m_content.printedOn.isValid())
        about << HandoutTexts::dateLine(m_content.printedOn);
    if (!m_content.planTitle.isEmpty())
        about << HandoutTexts::planLine(m_content.planTitle, m_content.revision);
    html += style.paragraph(about.join(QStringLiteral(" \u00B7 ")));
    if (m_content.draft)
        html += style.paragraph(HandoutTexts::draftNotice(), true);
    // The main message and the goals share one row of boxes, and the changes since the last visit (which can be
    // long) come after the week (see exercisesHtml), so the whole week stays on page 1.
    QStringList boxes { style.paragraph(HandoutTexts::mainMessage(), true) };
    if (!m_content.goals.trimmed().isEmpty())
        boxes << style.label(HandoutTexts::goalsHeading()) + style.paragraph(m_content.goals.trimmed());
    html += style.boxes(boxes);
    return html;
}

QString HandoutDocument::weekHtml(const HandoutStyle& style) const
{
    if (m_content.weeks.isEmpty())
        return {};
    // Page 1 shows the first chosen week; the weeks after it differ only in amounts, which the table of changes
    // after the cards lists.
    QString html = style.heading(2, HandoutTexts::weekHeading());
    html += style.paragraph(HandoutTexts::weekIntro());
    const bool anyPicture = std::any_of(m_content.exercises.cbegin(), m_content.exercises.cend(),
        [](const HandoutExercise& exercise) { return !exercise.pictures.isEmpty(); });
    html += WeekCalendar(m_content, style).calendarHtml(m_content.weeks.first(), m_options.pictures && anyPicture);
    return html;
}

QString HandoutDocument::exercisesHtml(const HandoutStyle& style) const
{
    if (m_content.exercises.isEmpty())
        return {};
    const int firstWeek = m_content.weeks.isEmpty() ? 1 : m_content.weeks.first().number;
    // The cards follow the week straight on: a page break here would leave most of page 1 white in a short plan.
    QString html = style.heading(2, HandoutTexts::exercisesHeading());
    html += style.paragraph(HandoutTexts::exercisesIntro());
    for (int i = 0; i < m_content.exercises.size(); ++i) {
        const HandoutExercise& exercise = m_content.exercises[i];
        const auto pictures = m_options.pictures ? placedPictures(exercise, i, style) : QList<PlacedPicture>();
        html += ExerciseBlock(exercise, i + 1, firstWeek, style).html(pictures);
    }
    // The changes since the last visit (which can be long) come after the cards, so the first cards fill page 1.
    if (!m_content.changes.isEmpty())
        html += style.box(style.label(HandoutTexts::changesHeading()) + style.columnList(m_content.changes, false));
    html += WeekCalendar(m_content, style).changesHtml(m_content.weeks);
    return html;
}

namespace {

/// Two columns side by side, top aligned, as one table so they stay on one page.
QString twoColumns(
    const QString& left, const QString& right, int gap, bool pageBreakBefore = false, int leftPercent = 45)
{
    return QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0' style='margin-bottom:%1px;%2'><tr>"
                          "<td valign='top' width='%3%' style='padding-right:8px;'>%5</td>"
                          "<td valign='top' width='%4%'>%6</td></tr></table>")
        .arg(gap)
        .arg(pageBreakBefore ? QStringLiteral(" page-break-before:always;") : QString())
        .arg(leftPercent)
        .arg(100 - leftPercent)
        .arg(left, right);
}

} // namespace

QString HandoutDocument::effortHtml(const HandoutStyle& style) const
{
    const GuidanceText effort = HandoutTexts::effortGuidance();
    // Effort, pain, the stop rules and the flare-up plan start a page of their own, the page to keep on the fridge.
    // How hard to work stands beside what pain is OK, one short line per effort band.
    // How hard to work stands beside what pain is OK, and the effort bands run three to a row under both.
    // Its headings are one size smaller than the other sections', so the whole of it fits on one page.
    QString left = style.heading(3, effort.heading);
    for (const auto& text : effort.paragraphs)
        left += style.paragraph(text);
    left += style.list(effort.list, false);
    GuidanceText pain = PainGuidance::painIntro(m_content.painThresholds);
    pain.paragraphs = QStringList { (pain.paragraphs + PainGuidance::painClosing()).join(QLatin1Char(' ')) };
    const QString right = style.guidance(pain, 3);
    QString html = twoColumns(left, right, style.gap(0.1), false);
    const auto bands = HandoutTexts::effortBands();
    constexpr int kBandsPerRow = 3;
    html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='%1' style='border-collapse:collapse; "
                           "border:1px solid #000000; margin-bottom:%2px;'>")
                .arg(style.largePrint() ? 3 : 2)
                .arg(style.gap(0.15));
    for (int b = 0; b < bands.size(); b += kBandsPerRow) {
        html += QStringLiteral("<tr>");
        for (int c = b; c < b + kBandsPerRow; ++c)
            html += QStringLiteral("<td valign='top' width='33%' style='border:1px solid #000000;'>%1</td>")
                        .arg(c < bands.size()
                                ? QStringLiteral("<b>%1 %2.</b> %3")
                                      .arg(HandoutStyle::escape(bands[c].range), HandoutStyle::escape(bands[c].label),
                                          HandoutStyle::escape(bands[c].feels))
                                : QString());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

QString HandoutDocument::painHtml(const HandoutStyle& style) const
{
    const auto& thresholds = m_content.painThresholds;
    QList<QStringList> rows;
    for (const auto& light : PainGuidance::trafficLights(thresholds, m_content.clinic.phone))
        rows << QStringList { QStringLiteral("<span style='font-size:%1pt; color:%2;'>%3</span> <b>%4:</b> %5")
                                  .arg(QString::number(style.bodyPoints() * 1.2, 'f', 1), light.colour.name(),
                                      light.symbol, HandoutStyle::escape(light.name), HandoutStyle::escape(light.when)),
            HandoutStyle::escape(light.action) };
    // Each light's name leads its row, so the table needs no header row.
    QString html = gridTable({}, rows, { QStringLiteral("52%"), QStringLiteral("48%") }, style.largePrint() ? 3 : 2);
    // The stop signs stand beside the emergency box: both are short lines.
    // The emergency text is unchanged; its two closing sentences share a paragraph.
    GuidanceText help = PainGuidance::urgentHelp(m_content.clinic);
    help.closing = QStringList { help.closing.join(QLatin1Char(' ')) };
    QString urgent = style.box(style.guidance(help, 3), true);
    urgent.replace(QStringLiteral("margin-top:%1px; margin-bottom:%1px;").arg(style.gap(0.5)),
        QStringLiteral("margin-top:0; margin-bottom:0;"));
    html += twoColumns(style.guidance(PainGuidance::stopRules(m_content.clinic), 3), urgent, style.gap(0.1), false, 41);
    // The flare-up steps run the full width: most then take one line each.
    // One table, so the plan is never split across pages.
    html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr><td>%1</td></tr></table>")
                .arg(style.guidance(
                    PainGuidance::flarePlan(thresholds, m_content.flarePlan, m_content.clinic.phone), 3));
    return html;
}

QString HandoutDocument::educationHtml(const HandoutStyle& style) const
{
    QString html;
    if (m_options.education && !m_content.topics.isEmpty()) {
        html += style.heading(2, HandoutTexts::educationHeading());
        // Each topic is its summary and key points, at most half a page; the whole text is in the app and the
        // physio can talk it through. Each is one table, so it is never split across pages.
        for (const auto& topic : m_content.topics) {
            QString text = style.heading(3, topic.title);
            const QString lead = topic.summary.trimmed().isEmpty() ? topic.paragraphs.value(0) : topic.summary;
            if (!lead.trimmed().isEmpty())
                text += style.paragraph(lead.trimmed());
            text += style.columnList(topic.keyPoints, false);
            html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr><td>%1</td></tr></table>")
                        .arg(text);
        }
    }
    if (m_options.everydayTips)
        html += style.guidanceInColumns(HandoutTexts::everydayTips());
    return html;
}

QString HandoutDocument::diaryHtml(const HandoutStyle& style) const
{
    if (!m_options.diary)
        return {};
    QList<HandoutWeek> weeks = m_content.diaryWeeks.isEmpty() ? m_content.weeks : m_content.diaryWeeks;
    // A whole plan gets the diary of its first week only: a diary page per week would double the handout. The
    // person copies it, or the clinic prints the next one at the next visit.
    if (m_options.weeks == HandoutWeeks::WholePlan && m_content.diaryWeeks.isEmpty() && weeks.size() > 1)
        weeks = { weeks.first() };
    const WeekCalendar calendar(m_content, style);
    // The first diary follows on from the last page when it fits there; each further week starts a page.
    QString html;
    for (int w = 0; w < weeks.size(); ++w)
        html += calendar.diaryHtml(weeks[w], w > 0);
    return html;
}

QString HandoutDocument::html() const
{
    const HandoutStyle style(m_options);
    QString html = QStringLiteral("<html><body>");
    html += letterheadHtml(style);
    html += headerHtml(style);
    html += weekHtml(style);
    html += exercisesHtml(style);
    // The topics, tips and the diary follow the cards and fill the last card page; the page of effort, pain, stop
    // and flare-up rules comes last, on a page of its own, to keep on the fridge.
    html += educationHtml(style);
    html += diaryHtml(style);
    html += effortHtml(style);
    html += painHtml(style);
    html += QStringLiteral("</body></html>");
    return html;
}

void HandoutDocument::build(QTextDocument& document) const
{
    const HandoutStyle style(m_options);
    document.clear();
    document.setUndoRedoEnabled(false);
    QFont font = document.defaultFont();
    font.setPointSizeF(style.bodyPoints());
    // No ligatures: with them a PDF reader finds "ﬁ" instead of "fi", and searching or copying the text fails.
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
    // Lists indent by about two characters instead of Qt's 40 pixels, so their lines wrap less.
    document.setIndentWidth(style.gap(1.6));
    document.setMetaInformation(QTextDocument::DocumentTitle, documentTitle());
    const QSize logo = HandoutPictures::displaySize(m_content.clinic.logo.size(), HandoutStyle::logoBox());
    if (!logo.isEmpty())
        document.addResource(
            QTextDocument::ImageResource, QUrl(logoResource()), HandoutPictures::prepared(m_content.clinic.logo, logo));
    if (m_options.pictures) {
        for (int i = 0; i < m_content.exercises.size(); ++i)
            for (const auto& placed : placedPictures(m_content.exercises[i], i, style)) {
                const int p = placed.resource.section(QLatin1Char('-'), -1).toInt();
                document.addResource(QTextDocument::ImageResource, QUrl(placed.resource),
                    HandoutPictures::prepared(m_content.exercises[i].pictures[p].image, placed.size));
            }
    }
    document.setHtml(html());
}

QString HandoutDocument::plainText() const
{
    QTextDocument document;
    build(document);
    return document.toPlainText();
}

PageDecoration HandoutDocument::decoration() const
{
    PageDecoration decoration;
    decoration.footerLeft = HandoutTexts::footerPhone(m_content.clinic.phone);
    decoration.footerRight = m_content.patientName;
    decoration.watermark = m_content.draft ? HandoutTexts::draftWatermark() : QString();
    decoration.keepTogether = true;
    return decoration;
}

QPageLayout HandoutDocument::pageLayout() const
{
    return m_options.pageLayout();
}

QString HandoutDocument::documentTitle() const
{
    return m_content.patientName.isEmpty() ? HandoutTexts::title()
                                           : tr("%1: %2").arg(HandoutTexts::title(), m_content.patientName);
}

bool HandoutDocument::writePdf(const QString& fileName) const
{
    QTextDocument document;
    build(document);
    return DocumentRenderer(decoration()).writePdf(document, fileName, pageLayout(), documentTitle());
}

QList<QImage> HandoutDocument::pageImages(int dpi, const std::function<bool(int, int)>& progress) const
{
    QTextDocument document;
    build(document);
    return DocumentRenderer(decoration()).renderImages(document, pageLayout(), dpi, progress);
}

int HandoutDocument::print(QPagedPaintDevice& device) const
{
    QTextDocument document;
    build(document);
    return DocumentRenderer(decoration()).render(document, device);
}

} // namespace paceplan::report
