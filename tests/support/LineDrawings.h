// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPen>

namespace paceplan::test {

/// A stand-in for a library exercise drawing: a stick figure with a chair and an arrow, painted in black and a
/// light grey with one round-ended stroke width on white, 4:3, as the drawing renderer will make them. `seed`
/// changes the pose so that pictures differ.
inline QImage lineDrawing(int seed, QSize size = QSize(480, 360))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size.width() / 480.0, size.height() / 360.0);
    const auto figure = [&](double lean, const QColor& colour) {
        painter.setPen(QPen(colour, 9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        const QPointF hip(240 + lean, 200);
        const QPointF neck(240 + 2 * lean, 110);
        painter.drawEllipse(neck + QPointF(lean / 2, -32), 24, 24);
        painter.drawLine(hip, neck);
        painter.drawLine(neck, QPointF(190 + lean, 170 - lean));
        painter.drawLine(neck, QPointF(300 + lean, 160 + lean / 2));
        painter.drawLine(hip, QPointF(200, 270));
        painter.drawLine(QPointF(200, 270), QPointF(210, 330));
        painter.drawLine(hip, QPointF(290, 265));
        painter.drawLine(QPointF(290, 265), QPointF(300, 330));
    };
    // Floor and chair.
    painter.setPen(QPen(Qt::black, 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawLine(QPointF(30, 335), QPointF(450, 335));
    painter.drawLine(QPointF(110, 210), QPointF(110, 335));
    painter.drawLine(QPointF(110, 210), QPointF(170, 210));
    painter.drawLine(QPointF(110, 210), QPointF(110, 120));
    const double lean = 10.0 + (seed % 7) * 6.0;
    figure(-lean, QColor(190, 190, 190)); // The start pose, light grey.
    figure(lean, Qt::black); // The end pose, solid.
    // An arrow along the path of the moving hand.
    QPainterPath path(QPointF(330, 150));
    path.quadTo(QPointF(390, 110 - seed % 5 * 4), QPointF(380, 60));
    painter.setPen(QPen(Qt::black, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    painter.drawLine(QPointF(380, 60), QPointF(366, 78));
    painter.drawLine(QPointF(380, 60), QPointF(392, 80));
    painter.end();
    return image;
}

} // namespace paceplan::test
