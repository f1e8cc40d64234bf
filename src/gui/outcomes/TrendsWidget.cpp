// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/outcomes/TrendsWidget.h"

#include "core/outcomes/InstrumentRegistry.h"
#include "gui/Prompter.h"
#include "gui/outcomes/TrendChartView.h"
#include "gui/outcomes/TrendTableModel.h"
#include "report/QtDate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextStream>
#include <QVBoxLayout>

namespace paceplan::gui {
TrendsWidget::TrendsWidget(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_instrument = new QComboBox;
    m_instrument->setObjectName(QStringLiteral("trendInstrument"));
    m_from = new QDateEdit;
    m_to = new QDateEdit;
    for (auto* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto* all = new QPushButton(tr("&All dates"));
    auto* png = new QPushButton(tr("PNG…"));
    auto* pdf = new QPushButton(tr("PDF…"));
    auto* csv = new QPushButton(tr("CSV…"));
    png->setToolTip(tr("Save the chart as a picture"));
    pdf->setToolTip(tr("Save the chart and summary as a PDF"));
    csv->setToolTip(tr("Save the table as a spreadsheet file"));
    auto* measureLabel = new QLabel(tr("&Measure:"));
    measureLabel->setBuddy(m_instrument);
    top->addWidget(measureLabel);
    top->addWidget(m_instrument, 1);
    top->addWidget(new QLabel(tr("From")));
    top->addWidget(m_from);
    top->addWidget(new QLabel(tr("to")));
    top->addWidget(m_to);
    top->addWidget(all);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("Export:")));
    top->addWidget(png);
    top->addWidget(pdf);
    top->addWidget(csv);
    layout->addLayout(top);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("trendSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto* splitter = new QSplitter;
    m_chart = new TrendChartView;
    m_table = new TrendTableModel(this);
    m_tableView = new QTableView;
    m_tableView->setModel(m_table);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_tableView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 900, 380 });
    layout->addWidget(splitter, 1);

    connect(m_instrument, &QComboBox::currentIndexChanged, this, &TrendsWidget::redraw);
    connect(m_from, &QDateEdit::dateChanged, this, &TrendsWidget::redraw);
    connect(m_to, &QDateEdit::dateChanged, this, &TrendsWidget::redraw);
    connect(all, &QPushButton::clicked, this, [this] { setRange({}, {}); });
    connect(png, &QPushButton::clicked, this,
        [this] { exportWith(tr("Save chart as picture"), QStringLiteral("png"), tr("PNG pictures (*.png)")); });
    connect(pdf, &QPushButton::clicked, this,
        [this] { exportWith(tr("Save chart as PDF"), QStringLiteral("pdf"), tr("PDF files (*.pdf)")); });
    connect(csv, &QPushButton::clicked, this,
        [this] { exportWith(tr("Save table as CSV"), QStringLiteral("csv"), tr("CSV files (*.csv)")); });
}

void TrendsWidget::setPatientData(const services::PatientOutcomeData& patientData, const core::Date& today)
{
    m_data = patientData;
    m_today = today;
    const QString chosen = m_instrument->currentData().toString();
    {
        const QSignalBlocker blocker(m_instrument);
        m_instrument->clear();
        for (const auto& code : services::recordedInstruments(m_data.outcomes)) {
            const auto* instrument = core::InstrumentRegistry::standard().find(code);
            m_instrument->addItem(
                QString::fromStdString(instrument->shortName + " — " + instrument->name), QString::fromStdString(code));
        }
        m_instrument->addItem(tr("Session diary (pain and adherence)"), QString());
        const int index = m_instrument->findData(chosen);
        m_instrument->setCurrentIndex(index >= 0 ? index : 0);
    }
    QStringList lines;
    for (const auto& line : services::summaryLines(m_data.outcomes))
        lines << QString::fromStdString(line);
    m_summary->setText(
        lines.isEmpty() ? tr("No change to report yet: record a follow-up measure.") : lines.join(QLatin1Char('\n')));
    setRange({}, {});
}

void TrendsWidget::showInstrument(const QString& code)
{
    const int index = m_instrument->findData(code);
    if (index >= 0)
        m_instrument->setCurrentIndex(index);
}

void TrendsWidget::setRange(const QDate& from, const QDate& to)
{
    QDate first = from;
    QDate last = to;
    if (!first.isValid() || !last.isValid()) {
        for (const auto& entry : m_data.outcomes) {
            const QDate date = report::toQDate(entry.date);
            first = !first.isValid() || date < first ? date : first;
            last = !last.isValid() || date > last ? date : last;
        }
        for (const auto& log : m_data.logs) {
            const QDate date = report::toQDate(log.date);
            first = !first.isValid() || date < first ? date : first;
            last = !last.isValid() || date > last ? date : last;
        }
        if (!first.isValid())
            first = last = m_today.isValid() ? report::toQDate(m_today) : QDate::currentDate();
    }
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(first);
        m_to->setDate(last);
    }
    redraw();
}

QStringList TrendsWidget::summaryLines() const
{
    return m_summary->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TrendsWidget::redraw()
{
    const core::Date from = report::fromQDate(m_from->date());
    const core::Date to = report::fromQDate(m_to->date());
    const std::string code = m_instrument->currentData().toString().toStdString();
    TrendChartContent content;
    if (const auto* instrument = core::InstrumentRegistry::standard().find(code)) {
        content.trend = services::buildTrend(*instrument, m_data.outcomes, from, to);
        content.showSessionPain = instrument->scoreMax && *instrument->scoreMax == 10.0
            && instrument->measure() != nullptr && instrument->measure()->painIntensity;
    }
    content.adherence = services::weeklyAdherenceOf(m_data, m_today.isValid() ? m_today : to);
    content.logs = m_data.logs;
    content.markers = m_data.markers;
    content.from = from;
    content.to = to;
    m_chart->setContent(content);
    m_table->setTrend(content.trend);
}

bool TrendsWidget::exportPng(const QString& path)
{
    return m_chart->grab().save(path, "PNG");
}

bool TrendsWidget::exportPdf(const QString& path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setTitle(tr("PacePlan trends"));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const QRect page = painter.viewport();
    const int textHeight = page.height() / 6;
    painter.drawText(
        QRect(page.left(), page.top(), page.width(), textHeight), Qt::AlignLeft | Qt::TextWordWrap, m_summary->text());
    m_chart->render(&painter, QRectF(page.left(), page.top() + textHeight, page.width(), page.height() - textHeight));
    return painter.end();
}

bool TrendsWidget::exportCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream stream(&file);
    stream << m_table->toCsv();
    stream.flush();
    return file.error() == QFile::NoError;
}

void TrendsWidget::exportWith(const QString& title, const QString& suffix, const QString& filter)
{
    const QString suggested
        = QStringLiteral("trend-%1.%2")
              .arg(m_instrument->currentData().toString().isEmpty() ? QStringLiteral("diary")
                                                                    : m_instrument->currentData().toString(),
                  suffix);
    const QString path = Prompter::instance().saveFile(this, title, suggested, filter);
    if (path.isEmpty())
        return;
    const bool written = suffix == QLatin1String("png") ? exportPng(path)
        : suffix == QLatin1String("pdf")                ? exportPdf(path)
                                                        : exportCsv(path);
    if (!written)
        Prompter::instance().showError(this, title, tr("The file could not be written: %1").arg(path));
}

} // namespace paceplan::gui
