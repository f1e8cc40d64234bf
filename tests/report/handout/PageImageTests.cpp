// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoutFixtures.h"

#include "report/handout/HandoutDocument.h"
#include "support/TempDir.h"

#include <QPdfWriter>
#include <QThread>

#include <catch2/catch.hpp>

#include <atomic>

using namespace paceplan;

namespace {

int inkedPixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            count += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    return count;
}

} // namespace

TEST_CASE("Preview pages are the printed pages as images of the paper", "[report][handout]")
{
    const report::HandoutDocument document(test::sampleContent(true, 5), report::HandoutOptions {});
    test::TempDir dir;
    QPdfWriter writer(QString::fromStdString(dir.file("pages.pdf")));
    writer.setPageLayout(document.pageLayout());
    writer.setResolution(300);
    const int printed = document.print(writer);
    REQUIRE(printed >= 2);

    int calls = 0;
    const QList<QImage> pages = document.pageImages(50, [&](int page, int pageCount) {
        CHECK(page == calls);
        CHECK(pageCount == printed);
        ++calls;
        return true;
    });
    CHECK(pages.size() == printed);
    CHECK(calls == printed);
    // A4 at 50 dots an inch: 413 x 585 pixels.
    const QSize a4 = document.pageLayout().fullRectPixels(50).size();
    for (const QImage& page : pages) {
        CHECK(page.size() == a4);
        CHECK(inkedPixels(page) > 200);
        CHECK(qGray(page.pixel(1, 1)) == 255); // white margins
    }
    // Stopping after the first page returns what was painted.
    CHECK(document.pageImages(50, [](int page, int) { return page < 1; }).size() == 1);
}

TEST_CASE("Preview pages can be made on a worker thread", "[report][handout]")
{
    const report::HandoutDocument document(test::sampleContent(true, 3), report::HandoutOptions {});
    std::atomic<int> pages { 0 };
    QThread* worker = QThread::create([&] { pages = static_cast<int>(document.pageImages(40).size()); });
    worker->start();
    REQUIRE(worker->wait(60000));
    delete worker;
    CHECK(pages >= 2);
}
