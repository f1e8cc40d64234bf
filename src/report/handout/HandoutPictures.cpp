// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/handout/HandoutPictures.h"

#include <QPainter>

#include <cmath>

namespace paceplan::report {

QSize HandoutPictures::displaySize(const QSize& original, const QSize& box)
{
    if (original.isEmpty() || box.isEmpty())
        return {};
    return original.scaled(box, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
}

QImage HandoutPictures::prepared(const QImage& image, const QSize& displaySize)
{
    if (image.isNull() || displaySize.isEmpty())
        return {};
    const QSize limit(static_cast<int>(std::lround(displaySize.width() * kPixelsPerLayoutPixel)),
        static_cast<int>(std::lround(displaySize.height() * kPixelsPerLayoutPixel)));
    QImage scaled = image.size().width() > limit.width() || image.size().height() > limit.height()
        ? image.scaled(limit, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        : image;
    // The PDF writer stores opaque colour pictures as JPEG; a picture with transparency would be stored
    // uncompressed with a mask, so it is painted onto white first.
    QImage flat(scaled.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, scaled);
    painter.end();
    // A drawing in black and greys is stored as 8-bit grey, which the PDF writer compresses without loss (Flate):
    // a line drawing on white then takes a few kilobytes, where JPEG would take tens and blur its lines.
    if (flat.allGray())
        return flat.convertToFormat(QImage::Format_Grayscale8);
    return flat;
}

} // namespace paceplan::report
