// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSize>

namespace paceplan::report {

/// Sizes pictures for the page and shrinks them before they go into a document, so PDFs stay small.
class HandoutPictures {
public:
    /// The size a picture of `original` size takes on the page: as large as fits in `box`, same shape.
    static QSize displaySize(const QSize& original, const QSize& box);

    /// The picture flattened onto white (8-bit grey when it has no colour, for lossless compression) and scaled down to
    /// at most `kPixelsPerLayoutPixel` times its display size (about 240 dots per inch on paper); never scaled up. A
    /// null image stays null.
    static QImage prepared(const QImage& image, const QSize& displaySize);

    /// Image pixels per layout pixel (1/96 inch) kept for print: 2.5, about 240 dots per inch.
    static constexpr double kPixelsPerLayoutPixel = 2.5;
};

} // namespace paceplan::report
