// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// paceplan-drawing-sheet: reads exercise library files, checks every drawing and writes a contact sheet.
//
//   paceplan-drawing-sheet [--out SHEET.png] [--ids a,b,c] [--cell PX] [--joints ID] FILE.json...
//
// Prints one line per problem ("id: problem") and exits 1 when there is any, so it doubles as a linter while
// drawings are being written. --joints prints the placed joint positions of one exercise's poses.
#include "core/drawing/DrawingCheck.h"
#include "core/drawing/Scene.h"
#include "core/library/ExerciseCatalog.h"
#include "core/library/LibraryValidation.h"
#include "interop/library/ExerciseLibraryJson.h"
#include "report/drawing/DrawingPainter.h"

#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QStringList>

#include <cstdio>
#include <set>

using namespace paceplan;

namespace {

int usage()
{
    std::fprintf(
        stderr, "usage: paceplan-drawing-sheet [--out SHEET.png] [--ids a,b] [--cell PX] [--joints ID] FILE.json...\n");
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments();
    args.removeFirst();
    QString out;
    QString jointsOf;
    std::set<std::string> ids;
    int cell = 180;
    QStringList files;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (arg == QLatin1String("--out") && hasValue)
            out = args.at(++i);
        else if (arg == QLatin1String("--ids") && hasValue) {
            for (const QString& id : args.at(++i).split(QLatin1Char(','), Qt::SkipEmptyParts))
                ids.insert(id.trimmed().toStdString());
        } else if (arg == QLatin1String("--cell") && hasValue)
            cell = std::max(48, args.at(++i).toInt());
        else if (arg == QLatin1String("--joints") && hasValue)
            jointsOf = args.at(++i);
        else if (arg.startsWith(QLatin1String("--")))
            return usage();
        else
            files << arg;
    }
    if (files.isEmpty())
        return usage();

    std::vector<core::Exercise> all;
    int problems = 0;
    for (const QString& file : files) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: cannot read\n", qPrintable(file));
            return 2;
        }
        auto parsed = interop::parseExerciseLibrary(in.readAll().toStdString(), interop::UnknownKeys::Reject);
        if (!parsed) {
            std::printf("%s: %s: %s\n", qPrintable(file), parsed.error().field.c_str(), parsed.error().detail.c_str());
            return 1;
        }
        for (auto& exercise : parsed->exercises)
            all.push_back(std::move(exercise));
    }
    const core::InMemoryCatalog catalog(all);
    for (const core::LibraryFinding& finding : core::validateExercises(all)) {
        const std::string code = core::libraryFindingCodeName(finding.code);
        if (code.find("drawing") == std::string::npos)
            continue;
        if (!ids.empty() && ids.count(finding.subjectId) == 0)
            continue;
        std::printf("%s: %s\n", finding.subjectId.c_str(), finding.message.c_str());
        ++problems;
    }

    if (!jointsOf.isEmpty()) {
        const core::Exercise* exercise = catalog.find(jointsOf.toStdString());
        const auto drawing = exercise ? core::drawingOf(catalog, *exercise) : std::nullopt;
        if (!drawing) {
            std::fprintf(stderr, "%s: no such exercise or no drawing\n", qPrintable(jointsOf));
            return 2;
        }
        const core::drawing::Scene scene = core::drawing::composeScene(*drawing);
        for (std::size_t pose = 0; pose < scene.poses.size(); ++pose) {
            std::printf("pose %zu:\n", pose);
            for (std::size_t j = 0; j < core::drawing::kJointCount; ++j) {
                const auto point = scene.poses[pose].at(j);
                std::printf("  %-13s %7.1f %7.1f\n",
                    std::string(core::drawing::jointName(static_cast<core::drawing::Joint>(j))).c_str(), point.x,
                    point.y);
            }
        }
        std::printf("arrows:");
        for (auto joint : scene.arrowJoints)
            std::printf(" %s", std::string(core::drawing::jointName(joint)).c_str());
        std::printf("\n");
    }

    if (!out.isEmpty()) {
        std::vector<const core::Exercise*> shown;
        for (const core::Exercise& exercise : all) {
            if (ids.empty() || ids.count(exercise.id) > 0)
                shown.push_back(&exercise);
        }
        const int columns = 6;
        const int labelHeight = 30;
        const int cellHeight = cell * 3 / 4 + labelHeight;
        const int rows = std::max(1, static_cast<int>((shown.size() + columns - 1) / columns));
        QImage sheet(columns * cell, rows * cellHeight, QImage::Format_RGB32);
        sheet.fill(Qt::white);
        QPainter painter(&sheet);
        QFont font = painter.font();
        font.setPixelSize(11);
        painter.setFont(font);
        for (std::size_t i = 0; i < shown.size(); ++i) {
            const int x = static_cast<int>(i % columns) * cell;
            const int y = static_cast<int>(i / columns) * cellHeight;
            const auto drawing = core::drawingOf(catalog, *shown[i]);
            if (drawing) {
                const QImage picture = report::DrawingPainter::image(*drawing, QSize(cell - 8, cell * 3 / 4 - 4));
                painter.drawImage(x + 4, y + 2, picture);
            } else {
                painter.setPen(Qt::red);
                painter.drawText(QRect(x, y, cell, cell * 3 / 4), Qt::AlignCenter, QStringLiteral("no drawing"));
            }
            painter.setPen(QColor(0xdd, 0xdd, 0xdd));
            painter.drawRect(x, y, cell - 1, cellHeight - 1);
            painter.setPen(Qt::black);
            painter.drawText(QRect(x + 3, y + cell * 3 / 4, cell - 6, labelHeight), Qt::AlignCenter | Qt::TextWordWrap,
                QString::fromStdString(shown[i]->id));
        }
        painter.end();
        if (!sheet.save(out)) {
            std::fprintf(stderr, "%s: cannot write\n", qPrintable(out));
            return 2;
        }
    }
    return problems > 0 ? 1 : 0;
}
