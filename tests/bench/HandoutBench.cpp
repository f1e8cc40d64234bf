// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Benchmark: a 12-exercise handout with two photos per exercise, built and written as PDF. Prints the time
// of each step and the file size; asserts nothing. Run: build/release/tests/paceplan_bench_handout
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

report::HandoutContent sampleContent()
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
        exercise.pictures = { { syntheticPhoto(2 * i), QStringLiteral("Start") },
            { syntheticPhoto(2 * i + 1), QStringLiteral("End") } };
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
    const auto content = sampleContent();
    report::HandoutOptions options;
    for (const bool large : { false, true }) {
        options.largePrint = large;
        constexpr int kRepeats = 3;
        double build = 0.0;
        double write = 0.0;
        std::uintmax_t bytes = 0;
        for (int r = 0; r < kRepeats; ++r) {
            auto start = std::chrono::steady_clock::now();
            const report::HandoutDocument document(content, options);
            QTextDocument text;
            document.build(text);
            build += msSince(start);
            start = std::chrono::steady_clock::now();
            const std::string file = dir.file("bench.pdf");
            document.writePdf(QString::fromStdString(file));
            write += msSince(start);
            bytes = std::filesystem::file_size(file);
        }
        std::printf("%s: 12 exercises, 24 photos: build %.0f ms, build + lay out + write PDF %.0f ms, %.2f MB\n",
            large ? "large print" : "normal     ", build / kRepeats, write / kRepeats,
            static_cast<double>(bytes) / (1024.0 * 1024.0));
    }
    return 0;
}
