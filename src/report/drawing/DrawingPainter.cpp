// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/drawing/DrawingPainter.h"

#include <QBuffer>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace paceplan::report {

namespace dr = core::drawing;

namespace {

/// Maps figure space (cm, y up) onto the target rectangle (pixels, y down), keeping the shape.
struct Mapping {
    double scale = 1.0;
    double offsetX = 0.0;
    double offsetY = 0.0;
    double bottom = 0.0;
    double left = 0.0;

    QPointF map(const dr::Point& point) const
    {
        return { offsetX + (point.x - left) * scale, offsetY - (point.y - bottom) * scale };
    }
};

Mapping fit(const dr::Box& box, const QRectF& target)
{
    Mapping m;
    if (box.isEmpty())
        return m;
    m.scale = std::min(target.width() / box.width(), target.height() / box.height());
    const double usedWidth = box.width() * m.scale;
    const double usedHeight = box.height() * m.scale;
    m.left = box.left;
    m.bottom = box.bottom;
    m.offsetX = target.left() + (target.width() - usedWidth) / 2;
    m.offsetY = target.top() + (target.height() + usedHeight) / 2;
    return m;
}

QPen pen(dr::Ink ink, double width)
{
    QPen result(DrawingPainter::colour(ink), width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    return result;
}

void paintArrow(QPainter& painter, const Mapping& m, const dr::Shape& shape, double width)
{
    QPolygonF line;
    for (const dr::Point& point : shape.points)
        line << m.map(point);
    painter.setPen(pen(shape.ink, width));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(line);
    // The head points along the last few millimetres of the path.
    const QPointF tip = line.back();
    QPointF back = line.front();
    for (qsizetype i = line.size() - 1; i >= 0; --i) {
        if (QLineF(line.at(i), tip).length() >= width * 2.5) {
            back = line.at(i);
            break;
        }
    }
    QLineF shaft(tip, back);
    if (shaft.length() <= 0.0)
        return;
    const double headLength = std::max(width * 3.2, 4.0);
    QLineF left = QLineF::fromPolar(headLength, shaft.angle() + 32).translated(tip);
    QLineF right = QLineF::fromPolar(headLength, shaft.angle() - 32).translated(tip);
    painter.drawPolyline(QPolygonF { left.p2(), tip, right.p2() });
}

} // namespace

QColor DrawingPainter::colour(dr::Ink ink)
{
    switch (ink) {
    case dr::Ink::Ghost:
        return QColor(0xbd, 0xbd, 0xbd);
    case dr::Ink::GhostFar:
        return QColor(0xdc, 0xdc, 0xdc);
    case dr::Ink::Body:
        return QColor(0x21, 0x21, 0x21);
    case dr::Ink::BodyFar:
        return QColor(0x80, 0x80, 0x80);
    case dr::Ink::Prop:
        return QColor(0x61, 0x61, 0x61);
    case dr::Ink::PropFill:
        return QColor(0xec, 0xec, 0xec);
    case dr::Ink::Floor:
        return QColor(0x90, 0x90, 0x90);
    case dr::Ink::Arrow:
        return QColor(0x0d, 0x47, 0xa1);
    }
    return Qt::black;
}

void DrawingPainter::paint(QPainter& painter, const dr::Scene& scene, const QRectF& target)
{
    if (scene.bounds.isEmpty() || target.isEmpty())
        return;
    const Mapping m = fit(scene.bounds, target);
    const double stroke = std::max(dr::kStrokeWidth * m.scale, 1.3);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const dr::Shape& shape : scene.shapes) {
        const double width = std::max(stroke * shape.width, 0.8);
        switch (shape.kind) {
        case dr::Shape::Kind::Line: {
            QPolygonF line;
            for (const dr::Point& point : shape.points)
                line << m.map(point);
            painter.setPen(pen(shape.ink, width));
            painter.setBrush(Qt::NoBrush);
            painter.drawPolyline(line);
            break;
        }
        case dr::Shape::Kind::Polygon: {
            QPolygonF polygon;
            for (const dr::Point& point : shape.points)
                polygon << m.map(point);
            if (shape.filled) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(colour(shape.ink));
            } else {
                painter.setPen(pen(shape.ink, width));
                painter.setBrush(Qt::NoBrush);
            }
            painter.drawPolygon(polygon);
            break;
        }
        case dr::Shape::Kind::Circle: {
            const QPointF centre = m.map(shape.points.front());
            const double radius = shape.radius * m.scale;
            if (shape.filled) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(colour(shape.ink));
            } else {
                painter.setPen(pen(shape.ink, width));
                painter.setBrush(Qt::NoBrush);
            }
            painter.drawEllipse(centre, radius, radius);
            break;
        }
        case dr::Shape::Kind::Arrow:
            paintArrow(painter, m, shape, width);
            break;
        }
    }
    painter.restore();
}

QImage DrawingPainter::image(const dr::Drawing& drawing, QSize size)
{
    QImage result(size, QImage::Format_RGB32);
    result.fill(Qt::white);
    QPainter painter(&result);
    const double pad = std::max(2.0, size.width() * 0.02);
    paint(painter, dr::composeScene(drawing), QRectF(QPointF(0, 0), QSizeF(size)).adjusted(pad, pad, -pad, -pad));
    return result;
}

QByteArray DrawingPainter::svg(const dr::Drawing& drawing, QSize size, const QString& title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(QStringLiteral("Exercise drawing made by PacePlan"));
    {
        QPainter painter(&generator);
        painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        const double pad = std::max(2.0, size.width() * 0.02);
        paint(painter, dr::composeScene(drawing), QRectF(QPointF(0, 0), QSizeF(size)).adjusted(pad, pad, -pad, -pad));
    }
    return bytes;
}

QSize DrawingPainter::naturalSize(const dr::Drawing& drawing, int width, int maxHeight)
{
    const dr::Scene scene = dr::composeScene(drawing);
    if (scene.bounds.isEmpty() || width <= 0)
        return QSize(width, width * 3 / 4);
    const int height = static_cast<int>(std::lround(width * scene.bounds.height() / scene.bounds.width()));
    return QSize(width, std::clamp(height, 1, maxHeight));
}

} // namespace paceplan::report
