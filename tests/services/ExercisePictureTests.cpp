// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceFixtures.h"

#include "services/Clinic.h"
#include "services/Exercises.h"

#include <QFile>
#include <QImage>
#include <QSvgRenderer>

using namespace paceplan;
using test::PatientClinicFixture;

namespace {

int darkPixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
    return count;
}

} // namespace

TEST_CASE("Every library exercise has a picture as SVG and PNG", "[services][exercises][drawing]")
{
    PatientClinicFixture fixture;
    auto exercises = services::listExercises(*fixture.clinic, {});
    REQUIRE(exercises);
    int library = 0;
    for (const auto& exercise : *exercises) {
        if (exercise.custom)
            continue;
        ++library;
        CAPTURE(exercise.id);
        const QString svg = QString::fromStdString(fixture.dir.file(exercise.id + ".svg"));
        const QString png = QString::fromStdString(fixture.dir.file(exercise.id + ".png"));
        REQUIRE(services::writeExercisePicture(*fixture.clinic, exercise.id, svg, 240));
        REQUIRE(services::writeExercisePicture(*fixture.clinic, exercise.id, png, 240));
        QSvgRenderer renderer(svg);
        CHECK(renderer.isValid());
        const QImage image(png);
        REQUIRE(image.size() == QSize(240, 180));
        CHECK(darkPixels(image) > 50);
    }
    CHECK(library >= 180);
}

TEST_CASE("A clinic photo wins over the drawing", "[services][exercises][drawing]")
{
    PatientClinicFixture fixture;
    auto bridge = services::exercise(*fixture.clinic, "bridge");
    REQUIRE(bridge);
    const QImage drawn = services::exercisePicture(*fixture.clinic, *bridge, QSize(80, 60));
    REQUIRE_FALSE(drawn.isNull());
    CHECK(qGray(drawn.pixel(1, 1)) == 255);

    const std::string photo = fixture.dir.file("photo.png");
    QImage green(400, 300, QImage::Format_RGB32);
    green.fill(Qt::darkGreen);
    REQUIRE(green.save(QString::fromStdString(photo)));
    auto picture = services::pictureFromFile(QString::fromStdString(photo));
    REQUIRE(picture);
    REQUIRE(services::addExercisePicture(*fixture.clinic, "bridge", *picture));
    const QImage shown = services::exercisePicture(*fixture.clinic, *bridge, QSize(80, 60));
    const QColor centre = shown.pixelColor(40, 30);
    CHECK(centre.green() > centre.red() + 40);

    const QString svg = QString::fromStdString(fixture.dir.file("bridge.svg"));
    REQUIRE(services::writeExercisePicture(*fixture.clinic, "bridge", svg, 200));
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("<image")); // the photo, embedded
}

TEST_CASE("Writing a picture refuses unknown exercises, file types and sizes", "[services][exercises][drawing]")
{
    PatientClinicFixture fixture;
    const QString file = QString::fromStdString(fixture.dir.file("out.png"));
    auto missing = services::writeExercisePicture(*fixture.clinic, "no-such-exercise", file, 200);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == core::ErrorCode::NotFound);
    auto gif = services::writeExercisePicture(
        *fixture.clinic, "bridge", QString::fromStdString(fixture.dir.file("out.gif")), 200);
    REQUIRE_FALSE(gif);
    CHECK(gif.error().code == core::ErrorCode::InvalidValue);
    auto tiny = services::writeExercisePicture(*fixture.clinic, "bridge", file, 4);
    REQUIRE_FALSE(tiny);
    CHECK(tiny.error().code == core::ErrorCode::OutOfRange);
    CHECK_FALSE(QFile::exists(file));
    auto folder = services::writeExercisePicture(
        *fixture.clinic, "bridge", QString::fromStdString(fixture.dir.file("no/such/folder/out.png")), 200);
    REQUIRE_FALSE(folder);
    CHECK(folder.error().code == core::ErrorCode::Io);
}

TEST_CASE(
    "A clinic drawing starts from a library drawing, mirrored, with other props", "[services][exercises][drawing]")
{
    PatientClinicFixture fixture;
    auto squat = services::exercise(*fixture.clinic, "squat-to-chair");
    REQUIRE(squat);
    const auto base = services::exerciseDrawing(*fixture.clinic, *squat);
    REQUIRE(base);
    const auto adapted
        = services::adaptDrawing(*base, true, { core::drawing::PropKind::Dumbbell, core::drawing::PropKind::Mat });
    CHECK(adapted.mirrored != base->mirrored);
    CHECK(adapted.frames == base->frames);
    const auto has = [&](core::drawing::PropKind kind) {
        return std::any_of(
            adapted.props.begin(), adapted.props.end(), [kind](const auto& prop) { return prop.kind == kind; });
    };
    CHECK(has(core::drawing::PropKind::Dumbbell));
    CHECK(has(core::drawing::PropKind::Mat));
    CHECK_FALSE(has(core::drawing::PropKind::Chair)); // an adaptable prop not chosen goes

    core::Exercise own;
    own.name = "Squat holding weights";
    own.summary = "A squat with a weight in each hand.";
    own.category = core::ExerciseCategory::Strength;
    own.regions = { "thighs" };
    own.steps = { "Stand tall.", "Bend your knees.", "Stand up again." };
    own.startDose.sets = 2;
    own.startDose.repetitions = 8;
    own.drawing = adapted;
    auto created = services::createExercise(*fixture.clinic, own);
    REQUIRE(created);
    REQUIRE(created->drawing);
    CHECK(*created->drawing == adapted);
    const QImage picture = services::exercisePicture(*fixture.clinic, *created, QSize(120, 90));
    CHECK(darkPixels(picture) > 20);
}
