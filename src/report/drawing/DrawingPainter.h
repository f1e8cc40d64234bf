// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drawing/Drawing.h"
#include "core/drawing/Scene.h"

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

class QPainter;

namespace paceplan::report {

/// Paints exercise drawings with QPainter, so the screen, PNG and SVG files and printed handouts all come from
/// one code path: limbs as stroked centre lines of one width with round ends, the start pose light grey, the end
/// pose solid, arrows along the moving joints' paths. Everything reads in black and white.
class DrawingPainter {
public:
    /// The colour of an ink.
    static QColor colour(core::drawing::Ink ink);

    /// Paints `scene` fitted (same shape, centred) into `target` on a painter whose background is already white.
    static void paint(QPainter& painter, const core::drawing::Scene& scene, const QRectF& target);

    /// The drawing on a white image of `size` device pixels.
    static QImage image(const core::drawing::Drawing& drawing, QSize size);

    /// The drawing as an SVG document of `size` pixels titled `title`.
    static QByteArray svg(const core::drawing::Drawing& drawing, QSize size, const QString& title);

    /// The size of the drawing's own box scaled to `width` pixels wide, at most `maxHeight` high.
    static QSize naturalSize(const core::drawing::Drawing& drawing, int width, int maxHeight);
};

} // namespace paceplan::report
