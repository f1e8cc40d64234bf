// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/monitoring/Adherence.h"
#include "services/Trends.h"

#include <QChartView>

#include <vector>

class QAbstractSeries;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QXYSeries;

namespace paceplan::gui {

/// What one trend chart draws: an instrument's results (or only the diary when there is no instrument),
/// weekly adherence, session pain and plan revisions, between two dates.
struct TrendChartContent {
    services::InstrumentTrend trend; ///< trend.instrument == nullptr draws the session diary only.
    std::vector<core::WeekAdherence> adherence;
    std::vector<core::SessionLog> logs;
    std::vector<services::PlanMarker> markers;
    core::Date from;
    core::Date to;
    bool showSessionPain = false; ///< Draws pain before/after exercise on the score axis (0-10 scales).
};

/// A Qt Charts view of an instrument over time: results, baseline, MCID band, IMMPACT lines, plan revision
/// markers, weekly adherence bars on a second axis and session pain, with tooltips on the points.
class TrendChartView : public QChartView {
    Q_OBJECT
public:
    explicit TrendChartView(QWidget* parent = nullptr);

    /// Redraws the chart with this content.
    void setContent(const TrendChartContent& content);
    /// The series with this name, or nullptr (tests).
    QAbstractSeries* seriesNamed(const QString& name) const;
    /// The labels of the drawn plan revision markers.
    QStringList markerLabels() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void placeMarkerLabels();
    void addTooltips(QXYSeries* series, const QString& what);

    std::vector<std::pair<QPointF, QGraphicsSimpleTextItem*>> m_markerLabels;
};

} // namespace paceplan::gui
