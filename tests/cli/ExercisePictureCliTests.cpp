// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliRunner.h"

#include <QImage>
#include <QString>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

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

/// The ids of every library exercise of a fresh demo clinic at `db`.
std::vector<std::string> libraryIds(const CliRunner& cli, const std::string& db)
{
    REQUIRE(cli.run({ "--database", db, "demo" }).exitCode == 0);
    const auto list = cli.run({ "--database", db, "library", "list", "--json" });
    REQUIRE(list.exitCode == 0);
    std::vector<std::string> ids;
    for (const auto& exercise : list.json())
        ids.push_back(exercise["id"].get<std::string>());
    return ids;
}

} // namespace

TEST_CASE("exercise picture writes an SVG for every library exercise", "[cli][drawing]")
{
    TempDir dir;
    CliRunner cli(dir);
    const auto db = dir.file("clinic.db");
    const auto ids = libraryIds(cli, db);
    REQUIRE(ids.size() >= 180);
    for (const auto& id : ids) {
        CAPTURE(id);
        const auto svg = dir.file(id + ".svg");
        REQUIRE(cli.run({ "--database", db, "exercise", "picture", id, "--out", svg }).exitCode == 0);
        const std::string text = readText(svg);
        CHECK(text.rfind("<?xml", 0) == 0);
        CHECK(text.find("</svg>") != std::string::npos);
    }
}

TEST_CASE("exercise picture writes a PNG for every library exercise", "[cli][drawing]")
{
    TempDir dir;
    CliRunner cli(dir);
    const auto db = dir.file("clinic.db");
    const auto ids = libraryIds(cli, db);
    REQUIRE(ids.size() >= 180);
    for (const auto& id : ids) {
        CAPTURE(id);
        const auto png = dir.file(id + ".png");
        REQUIRE(cli.run({ "--database", db, "exercise", "picture", id, "--out", png, "--size", "128" }).exitCode == 0);
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
