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
    // The PDF writer stores opaque pictures as JPEG; a picture with transparency would be stored uncompressed
    // with a mask, so it is painted onto white first.
    QImage flat(scaled.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, scaled);
    painter.end();
    return flat;
}

} // namespace paceplan::report
