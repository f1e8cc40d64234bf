// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliRunner.h"

#include <QImage>
#include <QString>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace paceplan;
using test::CliRunner;
using test::TempDir;

namespace {

std::string readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("exercise picture writes an SVG and a PNG for every library exercise", "[cli][drawing]")
{
    TempDir dir;
    CliRunner cli(dir);
    const auto db = dir.file("clinic.db");
    REQUIRE(cli.run({ "--database", db, "demo" }).exitCode == 0);
    const auto list = cli.run({ "--database", db, "library", "list", "--json" });
    REQUIRE(list.exitCode == 0);
    const auto exercises = list.json();
    REQUIRE(exercises.size() >= 180);
    for (const auto& exercise : exercises) {
        const std::string id = exercise["id"].get<std::string>();
        CAPTURE(id);
        const auto svg = dir.file(id + ".svg");
        const auto png = dir.file(id + ".png");
        const auto svgRun = cli.run({ "--database", db, "exercise", "picture", id, "--out", svg });
        REQUIRE(svgRun.exitCode == 0);
        const std::string text = readText(svg);
        CHECK(text.rfind("<?xml", 0) == 0);
        CHECK(text.find("</svg>") != std::string::npos);
        const auto pngRun = cli.run({ "--database", db, "exercise", "picture", id, "--out", png, "--size", "128" });
        REQUIRE(pngRun.exitCode == 0);
        const QImage image(QString::fromStdString(png));
        CHECK(image.size() == QSize(128, 96));
    }
}

TEST_CASE("exercise picture explains bad input on stderr", "[cli][drawing]")
{
    TempDir dir;
    CliRunner cli(dir);
    const auto db = dir.file("clinic.db");
    REQUIRE(cli.run({ "--database", db, "demo" }).exitCode == 0);
    const auto noOut = cli.run({ "--database", db, "exercise", "picture", "bridge" });
    CHECK(noOut.exitCode != 0);
    CHECK(noOut.err.find("--out") != std::string::npos);
    const auto badSize
        = cli.run({ "--database", db, "exercise", "picture", "bridge", "--out", dir.file("a.png"), "--size", "big" });
    CHECK(badSize.exitCode != 0);
    CHECK(badSize.err.find("--size") != std::string::npos);
    const auto unknown = cli.run({ "--database", db, "exercise", "picture", "moonwalk", "--out", dir.file("a.png") });
    CHECK(unknown.exitCode == 3);
    CHECK(unknown.err.find("moonwalk") != std::string::npos);
    const auto gif = cli.run({ "--database", db, "exercise", "picture", "bridge", "--out", dir.file("a.gif") });
    CHECK(gif.exitCode != 0);
    CHECK(gif.err.find(".svg") != std::string::npos);
}
