// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/drawing/DrawingPainter.h"

#include <QSvgRenderer>

#include <catch2/catch.hpp>

using namespace paceplan;
using namespace paceplan::core::drawing;

namespace {

Drawing sitToStand()
{
    Drawing drawing;
    drawing.frames
        = { Keyframe { *basePosture("sit"), std::nullopt }, Keyframe { *basePosture("stand"), std::nullopt } };
    drawing.props = { Prop { PropKind::Chair } };
    drawing.fixed = Joint::NearAnkle;
    return drawing;
}

/// How many pixels are darker than `limit` (0-255 grey).
int darkPixels(const QImage& image, int limit)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += qGray(image.pixel(x, y)) < limit ? 1 : 0;
    return count;
}

bool borderIsWhite(const QImage& image)
{
    for (int x = 0; x < image.width(); ++x)
        if (qGray(image.pixel(x, 0)) < 250 || qGray(image.pixel(x, image.height() - 1)) < 250)
            return false;
    for (int y = 0; y < image.height(); ++y)
        if (qGray(image.pixel(0, y)) < 250 || qGray(image.pixel(image.width() - 1, y)) < 250)
            return false;
    return true;
}

} // namespace

TEST_CASE("A drawing paints a solid end pose, a faint start pose and stays inside its frame", "[report][drawing]")
{
    const QImage image = report::DrawingPainter::image(sitToStand(), QSize(480, 360));
    REQUIRE(image.size() == QSize(480, 360));
    CHECK(darkPixels(image, 80) > 500); // the end pose
    int faint = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            faint += qGray(image.pixel(x, y)) >= 170 && qGray(image.pixel(x, y)) <= 200 ? 1 : 0;
    CHECK(faint > 300); // the start pose, light grey
    CHECK(borderIsWhite(image));
}

TEST_CASE("A thumbnail still shows the figure", "[report][drawing]")
{
    const QImage thumbnail = report::DrawingPainter::image(sitToStand(), QSize(64, 48));
    CHECK(darkPixels(thumbnail, 100) > 40);
    CHECK(borderIsWhite(thumbnail));
}

TEST_CASE("Inks stay distinct in black and white", "[report][drawing]")
{
    using report::DrawingPainter;
    CHECK(qGray(DrawingPainter::colour(Ink::Body).rgb()) < 60);
    CHECK(qGray(DrawingPainter::colour(Ink::Ghost).rgb()) > 150);
    CHECK(qGray(DrawingPainter::colour(Ink::Arrow).rgb()) < 110);
    CHECK(qGray(DrawingPainter::colour(Ink::BodyFar).rgb()) > qGray(DrawingPainter::colour(Ink::Body).rgb()) + 40);
}

TEST_CASE("A drawing as SVG is a valid vector picture", "[report][drawing]")
{
    const QByteArray svg = report::DrawingPainter::svg(sitToStand(), QSize(400, 300), QStringLiteral("Sit to stand"));
    CHECK(svg.startsWith("<?xml"));
    CHECK(svg.contains("<svg"));
    CHECK(svg.contains("Sit to stand"));
    CHECK_FALSE(svg.contains("<image")); // lines, not a bitmap
    QSvgRenderer renderer(svg);
    CHECK(renderer.isValid());
    CHECK(renderer.viewBox() == QRect(0, 0, 400, 300));
}

TEST_CASE("A drawing with one pose shows its hold marker", "[report][drawing]")
{
    Drawing hold;
    hold.frames = { Keyframe { *basePosture("stand"), std::nullopt } };
    const QImage image = report::DrawingPainter::image(hold, QSize(240, 180));
    // The stopwatch is drawn in the arrow ink, which is blue.
    int blue = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            blue += c.blue() > c.red() + 60 ? 1 : 0;
        }
    CHECK(blue > 10);
}
