// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/outcomes/TrendChartView.h"

#include "core/outcomes/Scoring.h"
#include "report/QtDate.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFont>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace paceplan::gui {
namespace {

constexpr double kDayMs = 24.0 * 60 * 60 * 1000;

double toX(const core::Date& date)
{
    return static_cast<double>(QDateTime(report::toQDate(date), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

QLineSeries* horizontalLine(
    const QString& name, double y, double x0, double x1, const QColor& color, Qt::PenStyle style)
{
    auto* series = new QLineSeries;
    series->setName(name);
    series->append(x0, y);
    series->append(x1, y);
    QPen pen(color);
    pen.setWidthF(1.5);
    pen.setStyle(style);
    series->setPen(pen);
    return series;
}

} // namespace

TrendChartView::TrendChartView(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(420, 300);
}

QAbstractSeries* TrendChartView::seriesNamed(const QString& name) const
{
    for (auto* series : chart()->series())
        if (series->name() == name)
            return series;
    return nullptr;
}

QStringList TrendChartView::markerLabels() const
{
    QStringList labels;
    for (const auto& [point, item] : m_markerLabels)
        labels << item->text();
    return labels;
}

void TrendChartView::addTooltips(QXYSeries* series, const QString& what)
{
    connect(series, &QXYSeries::hovered, this, [this, what](const QPointF& point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QDate date = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(point.x()), Qt::UTC).date();
        QToolTip::showText(QCursor::pos(),
            QStringLiteral("%1\n%2: %3").arg(date.toString(Qt::ISODate), what, QString::number(point.y(), 'g', 4)),
            this);
    });
}

void TrendChartView::setContent(const TrendChartContent& content)
{
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    chart->legend()->setFont(legendFont);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_markerLabels.clear();

    const services::InstrumentTrend& trend = content.trend;
    const core::Instrument* instrument = trend.instrument;
    core::Date from = content.from;
    core::Date to = content.to;
    if (!from.isValid() || !to.isValid() || to < from) {
        from = core::Date();
        to = core::Date();
        for (const auto& point : trend.points) {
            from = !from.isValid() || point.date < from ? point.date : from;
            to = !to.isValid() || to < point.date ? point.date : to;
        }
        for (const auto& log : content.logs) {
            from = !from.isValid() || log.date < from ? log.date : from;
            to = !to.isValid() || to < log.date ? log.date : to;
        }
        if (!from.isValid())
            from = to = core::Date(2026, 1, 1);
    }
    const double x0 = toX(from) - kDayMs;
    const double x1 = toX(to) + kDayMs;

    double yMin = 0.0;
    double yMax = 10.0;
    if (instrument != nullptr) {
        yMin = instrument->scoreMin.value_or(0.0);
        double top = instrument->scoreMax.value_or(0.0);
        for (const auto& point : trend.points) {
            yMin = std::min(yMin, point.value);
            top = std::max(top, point.value * 1.1);
        }
        yMax = top > yMin ? top : yMin + 1.0;
        chart->setTitle(QString::fromStdString(instrument->shortName + " — " + instrument->name));
    } else {
        chart->setTitle(tr("Session diary: pain and adherence"));
    }

    auto* axisX = new QDateTimeAxis;
    axisX->setFormat(QStringLiteral("d MMM"));
    axisX->setTitleText(tr("Date"));
    axisX->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(x0), Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(x1), Qt::UTC));
    axisX->setTickCount(std::clamp(static_cast<int>((x1 - x0) / kDayMs / 14.0) + 2, 3, 9));
    auto* axisY = new QValueAxis;
    axisY->setRange(yMin, yMax);
    axisY->setTitleText(instrument ? tr("Score") : tr("Pain (0–10)"));
    auto* axisAdherence = new QValueAxis;
    axisAdherence->setRange(0, 100);
    axisAdherence->setLabelFormat(QStringLiteral("%d%"));
    axisAdherence->setTitleText(tr("Sessions done"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisAdherence, Qt::AlignRight);
    const auto attach = [&](QAbstractSeries* series, QValueAxis* axis) {
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axis);
    };

    // Weekly adherence: one stepped area, a bar per plan week, drawn first so lines lie on top.
    if (!content.adherence.empty()) {
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        for (const auto& week : content.adherence) {
            if (!week.counts.percent)
                continue;
            const double start = toX(week.counts.first) + 0.5 * kDayMs;
            const double end = toX(week.counts.last) - 0.5 * kDayMs;
            upper->append(start, 0);
            upper->append(start, *week.counts.percent);
            upper->append(end, *week.counts.percent);
            upper->append(end, 0);
            lower->append(start, 0);
            lower->append(end, 0);
        }
        auto* bars = new QAreaSeries(upper, lower);
        upper->setParent(bars); // QAreaSeries does not own its boundary lines.
        lower->setParent(bars);
        bars->setName(tr("Adherence (%)"));
        bars->setColor(QColor(144, 164, 174, 45));
        bars->setBorderColor(QColor(120, 144, 156, 110));
        attach(bars, axisAdherence);
    }

    if (instrument != nullptr && trend.baseline) {
        const double baseline = *trend.baseline;
        if (trend.mcid) {
            auto* top = new QLineSeries;
            auto* bottom = new QLineSeries;
            const double high = std::min(baseline + *trend.mcid, yMax);
            const double low = std::max(baseline - *trend.mcid, yMin);
            top->append(x0, high);
            top->append(x1, high);
            bottom->append(x0, low);
            bottom->append(x1, low);
            auto* band = new QAreaSeries(top, bottom);
            top->setParent(band);
            bottom->setParent(band);
            band->setName(
                tr("Baseline ± MCID %1").arg(QString::fromStdString(core::formatScore(*instrument, *trend.mcid))));
            band->setColor(QColor(255, 193, 7, 55));
            band->setBorderColor(Qt::transparent);
            attach(band, axisY);
        }
        attach(horizontalLine(tr("Baseline"), baseline, x0, x1, QColor(90, 90, 90), Qt::DashLine), axisY);
        if (trend.painIntensity && baseline > 0) {
            attach(horizontalLine(tr("30% less"), baseline * 0.7, x0, x1, QColor(46, 125, 50), Qt::DotLine), axisY);
            attach(horizontalLine(tr("50% less"), baseline * 0.5, x0, x1, QColor(27, 94, 32), Qt::DashDotLine), axisY);
        }
    }

    const bool sessionPain = instrument == nullptr || content.showSessionPain;
    if (sessionPain) {
        auto* before = new QScatterSeries;
        before->setName(tr("Pain before"));
        before->setMarkerSize(7);
        before->setColor(QColor(30, 136, 229));
        auto* after = new QScatterSeries;
        after->setName(tr("Pain after"));
        after->setMarkerSize(7);
        after->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        after->setColor(QColor(229, 57, 53));
        for (const auto& log : content.logs) {
            if (log.date < from || to < log.date)
                continue;
            if (log.painBefore)
                before->append(toX(log.date), *log.painBefore);
            if (log.painAfter)
                after->append(toX(log.date), *log.painAfter);
        }
        attach(before, axisY);
        attach(after, axisY);
        addTooltips(before, tr("Pain before"));
        addTooltips(after, tr("Pain after"));
    }

    if (instrument != nullptr) {
        auto* line = new QLineSeries;
        line->setName(QString::fromStdString(instrument->shortName));
        line->setPointsVisible(true);
        QPen pen(QColor(13, 71, 161));
        pen.setWidthF(2.5);
        line->setPen(pen);
        for (const auto& point : trend.points)
            line->append(toX(point.date), point.value);
        attach(line, axisY);
        addTooltips(line, QString::fromStdString(instrument->shortName));
    }

    for (const auto& marker : content.markers) {
        if (!marker.date.isValid() || marker.date < from || to < marker.date)
            continue;
        auto* line = new QLineSeries;
        line->setName(QStringLiteral("marker:") + QString::fromStdString(marker.label));
        line->append(toX(marker.date), yMin);
        line->append(toX(marker.date), yMax);
        QPen pen(QColor(106, 27, 154));
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        attach(line, axisY);
        auto* label = new QGraphicsSimpleTextItem(QString::fromStdString(marker.label), chart);
        label->setBrush(QColor(106, 27, 154));
        m_markerLabels.emplace_back(QPointF(toX(marker.date), yMax), label);
    }
    for (auto* legendMarker : chart->legend()->markers())
        if (legendMarker->series()->name().startsWith(QLatin1String("marker:")))
            legendMarker->setVisible(false);

    QChart* old = this->chart();
    setChart(chart);
    delete old;
    connect(chart, &QChart::plotAreaChanged, this, [this] { placeMarkerLabels(); });
    placeMarkerLabels();
}

void TrendChartView::placeMarkerLabels()
{
    QChart* current = chart();
    if (current->series().isEmpty())
        return;
    QAbstractSeries* reference = nullptr;
    for (auto* series : current->series())
        if (series->name().startsWith(QLatin1String("marker:")))
            reference = series;
    if (reference == nullptr)
        return;
    for (auto& [point, item] : m_markerLabels) {
        const QPointF position = current->mapToPosition(point, reference);
        item->setPos(position.x() + 3, current->plotArea().top() + 2);
    }
}

void TrendChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    placeMarkerLabels();
}

} // namespace paceplan::gui
