// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Benchmark: a 12-exercise handout with a pose drawing per exercise (painted as the library drawings are), and
// with two photos per exercise, built and written as PDF; side by side, a bare QTextDocument of the same plain
// text written as PDF. Prints the time of each and the file size; asserts nothing. The target of issue 9 is
// 150 ms and 1 MB for the drawings. Run: build/release/tests/paceplan_bench_handout
#include "report/DocumentRenderer.h"
#include "report/drawing/DrawingPainter.h"
#include "report/handout/HandoutDocument.h"
#include "support/TempDir.h"

#include <QGuiApplication>
#include <QLinearGradient>
#include <QPainter>
#include <QTextDocument>

#include <chrono>
#include <cstdio>
#include <filesystem>

using namespace paceplan;

namespace {

/// A photo-like picture: a gradient with shapes, so JPEG compression has realistic work to do.
QImage syntheticPhoto(int seed)
{
    QImage image(1600, 1200, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 1600, 1200);
    gradient.setColorAt(0, QColor::fromHsv((seed * 37) % 360, 120, 230));
    gradient.setColorAt(1, QColor::fromHsv((seed * 91) % 360, 160, 90));
    painter.fillRect(image.rect(), gradient);
    for (int i = 0; i < 40; ++i) {
        painter.setBrush(QColor::fromHsv((seed * 13 + i * 29) % 360, 200, 200));
        painter.drawEllipse(
            QPoint((i * 151 + seed * 17) % 1600, (i * 97 + seed * 23) % 1200), 60 + i % 50, 40 + i % 70);
    }
    return image;
}

/// A real exercise drawing, as the assembler makes them: one of the base postures moving its arms and legs.
QImage poseDrawing(int seed)
{
    using namespace core::drawing;
    const auto names = basePostureNames();
    Drawing drawing;
    const auto start = *basePosture(names.at(static_cast<std::size_t>(seed) % names.size()));
    Angles end = start;
    end.at(static_cast<std::size_t>(Segment::NearUpperArm)) -= 60 + seed * 5;
    end.at(static_cast<std::size_t>(Segment::NearThigh)) -= 20;
    drawing.view
        = names.at(static_cast<std::size_t>(seed) % names.size()).ends_with("above") ? View::Above : View::Side;
    drawing.frames = { Keyframe { start, std::nullopt }, Keyframe { end, std::nullopt } };
    drawing.props = { Prop { seed % 2 == 0 ? PropKind::Mat : PropKind::Chair } };
    return report::DrawingPainter::image(drawing, report::kHandoutDrawingSize);
}

report::HandoutContent sampleContent(bool photos)
{
    report::HandoutContent content;
    content.clinic = { QStringLiteral("Riverside Physiotherapy"), QStringLiteral("1 River Lane"),
        QStringLiteral("01632 960000"), QStringLiteral("J. Carter"), QImage(), QStringLiteral("999") };
    content.patientName = QStringLiteral("Sample Person");
    content.printedOn = QDate(2026, 11, 21);
    content.planTitle = QStringLiteral("Stronger knees, longer walks");
    content.revision = 2;
    content.goals = QStringLiteral("Walk to the shops and back.");
    report::HandoutWeek week;
    week.number = 3;
    week.startDate = QDate(2026, 11, 16);
    for (int i = 0; i < 12; ++i) {
        report::HandoutExercise exercise;
        exercise.key = QStringLiteral("item-%1").arg(i);
        exercise.name = QStringLiteral("Exercise number %1").arg(i + 1);
        exercise.steps = { QStringLiteral("Stand tall next to a chair."), QStringLiteral("Bend your knees a little."),
            QStringLiteral("Stand up straight again."), QStringLiteral("Do it slowly.") };
        exercise.cues = { QStringLiteral("Breathe out as you push.") };
        exercise.safety = { QStringLiteral("Hold on to something steady.") };
        exercise.dose.sets = 2;
        exercise.dose.repetitions = 10;
        exercise.dose.restSeconds = 60;
        if (photos)
            exercise.pictures = { { syntheticPhoto(2 * i), QStringLiteral("Start") },
                { syntheticPhoto(2 * i + 1), QStringLiteral("End") } };
        else
            exercise.pictures = { { poseDrawing(i), QString() } };
        for (int w = 3; w <= 8; ++w)
            exercise.buildUp << report::WeekDose { w, exercise.dose };
        week.days[static_cast<std::size_t>(i % 6)].type = report::HandoutDayType::Strength;
        week.days[static_cast<std::size_t>(i % 6)].exerciseKeys << exercise.key;
        content.exercises << exercise;
    }
    content.weeks << week;
    return content;
}

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    test::TempDir dir;
    constexpr int kRepeats = 5;
    const std::string file = dir.file("bench.pdf");
    for (const bool photos : { false, true }) {
        const auto content = sampleContent(photos);
        report::HandoutOptions options;
        for (const bool large : { false, true }) {
            options.largePrint = large;
            double handout = 0.0;
            double bare = 0.0;
            std::uintmax_t handoutBytes = 0;
            std::uintmax_t bareBytes = 0;
            for (int r = 0; r < kRepeats; ++r) {
                const report::HandoutDocument document(content, options);
                auto start = std::chrono::steady_clock::now();
                document.writePdf(QString::fromStdString(file));
                handout += msSince(start);
                handoutBytes = std::filesystem::file_size(file);
                // The same words with no layout, pictures or page rules, as the floor to compare with.
                const QString text = document.plainText();
                start = std::chrono::steady_clock::now();
                QTextDocument plain;
                plain.setPlainText(text);
                QFont font = plain.defaultFont();
                font.setPointSizeF(options.bodyPointSize());
                plain.setDefaultFont(font);
                report::DocumentRenderer().writePdf(
                    plain, QString::fromStdString(file), options.pageLayout(), QStringLiteral("bare"));
                bare += msSince(start);
                bareBytes = std::filesystem::file_size(file);
            }
            std::printf("%s, %s: handout %.0f ms, %.2f MB | bare QTextDocument of the same text %.0f ms, %.2f MB\n",
                photos ? "12 exercises, 24 photos   " : "12 exercises, 12 drawings ",
                large ? "large print" : "normal     ", handout / kRepeats,
                static_cast<double>(handoutBytes) / (1024.0 * 1024.0), bare / kRepeats,
                static_cast<double>(bareBytes) / (1024.0 * 1024.0));
        }
    }
    return 0;
}
