// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include "gui/ClinicSession.h"
#include "services/DemoSeeder.h"
#include "gui/HandoutPage.h"
#include "storage/PlanRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <filesystem>

using namespace paceplan;

namespace {

/// A seeded demo clinic (patients, plans, history) in a session, with patient 1 current.
struct HandoutFixture {
    HandoutFixture()
    {
        auto db = std::move(clinic.db);
        REQUIRE(gui::seedDemoClinic(*db, session.codec()));
        session.adopt(std::move(db));
        session.setCurrentPatient(core::PatientId(1));
        page = std::make_unique<gui::HandoutPage>(session);
        page->resize(900, 600);
        page->show();
    }
    test::ScriptedPrompter prompter;
    test::DatabaseFixture clinic;
    gui::ClinicSession session;
    std::unique_ptr<gui::HandoutPage> page;
};

std::string pdfText(const std::string& pdf, const test::TempDir& dir)
{
    const std::string out = dir.file("handout.txt");
    if (std::system(("pdftotext '" + pdf + "' '" + out + "' 2>/dev/null").c_str()) != 0)
        return {};
    return test::readFile(out);
}

} // namespace

TEST_CASE("The handout page saves a PDF of the active revision and marks it printed", "[gui][handout]")
{
    HandoutFixture fixture;
    auto* plan = fixture.page->findChild<QComboBox*>(QStringLiteral("handoutPlan"));
    REQUIRE(plan);
    REQUIRE(plan->count() >= 1);
    CHECK(plan->currentText().contains(QStringLiteral("active")));

    const std::string file = fixture.clinic.dir.file("handout.pdf");
    fixture.prompter.fileToSave = QString::fromStdString(file);
    QTest::mouseClick(fixture.page->findChild<QPushButton*>(QStringLiteral("handoutSavePdf")), Qt::LeftButton);
    REQUIRE(std::filesystem::exists(file));
    const std::string text = pdfText(file, fixture.clinic.dir);
    CHECK(text.find("Margaret Okafor") != std::string::npos);
    CHECK(text.find("Your week") != std::string::npos);

    storage::PlanRepository plans(*fixture.session.database(), fixture.session.codec());
    const auto summaries = plans.plansOf(core::PatientId(1));
    REQUIRE(summaries);
    REQUIRE(summaries->front().active);
    CHECK(summaries->front().active->printed);
    CHECK(plan->currentText().contains(QStringLiteral("printed")));
    CHECK(fixture.prompter.errors.isEmpty());
}

TEST_CASE("The handout page opens a print preview with the handout's pages", "[gui][handout]")
{
    HandoutFixture fixture;
    bool previewShown = false;
    int pages = 0;
    QTimer::singleShot(0, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* preview = qobject_cast<QPrintPreviewDialog*>(widget); preview && preview->isVisible()) {
                previewShown = true;
                if (auto* previewWidget = preview->findChild<QPrintPreviewWidget*>())
                    pages = previewWidget->pageCount();
                preview->reject();
            }
        }
    });
    QTest::mouseClick(fixture.page->findChild<QPushButton*>(QStringLiteral("handoutPreview")), Qt::LeftButton);
    CHECK(previewShown);
    CHECK(pages >= 3); // letterhead and goals, the week, exercises, diary
    // Closing the preview without printing does not mark the revision printed.
    storage::PlanRepository plans(*fixture.session.database(), fixture.session.codec());
    CHECK_FALSE(plans.plansOf(core::PatientId(1))->front().active->printed);
}

TEST_CASE("Handout options are remembered for the clinic", "[gui][handout]")
{
    HandoutFixture fixture;
    auto* large = fixture.page->findChild<QCheckBox*>(QStringLiteral("handoutLargePrint"));
    REQUIRE(large);
    large->setChecked(true);
    gui::HandoutPage second(fixture.session);
    CHECK(second.options().largePrint);
    CHECK(second.buildDocument().ok());
}
