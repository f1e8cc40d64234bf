// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include "gui/ClinicSession.h"
#include "gui/HandoutPage.h"
#include "gui/HandoutPreviewDialog.h"
#include "services/DemoSeeder.h"
#include "services/Handouts.h"
#include "services/Plans.h"
#include "storage/PlanRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <filesystem>

using namespace paceplan;

namespace {

/// A seeded demo clinic (patients, plans, history) in a session, with patient 1 current.
struct HandoutFixture {
    HandoutFixture()
    {
        auto adopted = services::Clinic::adopt(std::move(clinic.db));
        REQUIRE(services::seedDemoClinic(*adopted));
        // A clinic that has set its details, so printing does not stop to ask for them (ClinicDetailsTests does).
        report::HandoutClinic details;
        details.name = QStringLiteral("Riverside Physiotherapy");
        details.phone = QStringLiteral("01632 960000");
        REQUIRE(services::saveClinicDetails(*adopted, details));
        session.adopt(std::move(adopted));
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

/// Whether the active revision of patient 1's newest plan is marked printed.
bool activePrinted(gui::ClinicSession& session)
{
    auto plans = services::listPlans(*session.clinic(), core::PatientId(1));
    REQUIRE(plans);
    REQUIRE_FALSE(plans->empty());
    REQUIRE(plans->front().active);
    return plans->front().active->printed;
}

/// A one-exercise walking plan starting on Monday 2026-11-23, titled `title`.
core::Plan walkingPlan(const std::string& title)
{
    core::Plan plan;
    plan.title = title;
    plan.goals = "Walk to the allotment without stopping.";
    plan.startDate = core::Date(2026, 11, 23);
    plan.lengthWeeks = 8;
    plan.phases = { { 1, 8, "Getting going" } };
    for (int day = 0; day < core::kDaysPerWeek; ++day)
        plan.days[static_cast<std::size_t>(day)].type = core::DayType::Rest;
    core::PlanItem walk;
    walk.key = "walk";
    walk.exerciseId = "walking-flat";
    walk.dose.durationSeconds = 600;
    plan.days[0].type = core::DayType::Aerobic;
    plan.days[0].items.push_back(walk);
    return plan;
}

/// Selects the picker entry whose text starts with `title`; false when there is none.
bool choosePlan(QComboBox* picker, const QString& title)
{
    for (int row = 0; row < picker->count(); ++row)
        if (picker->itemText(row).startsWith(title)) {
            picker->setCurrentIndex(row);
            return true;
        }
    return false;
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
    QSignalSpy finished(fixture.page.get(), &gui::HandoutPage::pdfFinished);
    QTest::mouseClick(fixture.page->findChild<QPushButton*>(QStringLiteral("handoutSavePdf")), Qt::LeftButton);
    REQUIRE(finished.wait(20000));
    CHECK(finished.first().at(1).toBool());
    REQUIRE(std::filesystem::exists(file));
    const std::string text = pdfText(file, fixture.clinic.dir);
    CHECK(text.find("Margaret Okafor") != std::string::npos);
    CHECK(text.find("Your week") != std::string::npos);

    CHECK(activePrinted(fixture.session));
    CHECK(plan->currentText().contains(QStringLiteral("printed")));
    CHECK(fixture.prompter.errors.isEmpty());
}

TEST_CASE("The handout page prepares the preview off the GUI thread and shows its pages", "[gui][handout]")
{
    HandoutFixture fixture;
    int pages = 0;
    bool progressCounted = false;
    auto* progress = fixture.page->findChild<QProgressBar*>(QStringLiteral("handoutProgress"));
    REQUIRE(progress);
    QObject::connect(progress, &QProgressBar::valueChanged, [&](int) { progressCounted = progress->maximum() > 0; });
    QObject::connect(fixture.page.get(), &gui::HandoutPage::previewOpened, [&](int count) {
        pages = count;
        QTimer::singleShot(0, [] {
            if (auto* dialog = qobject_cast<gui::HandoutPreviewDialog*>(QApplication::activeModalWidget())) {
                CHECK(dialog->findChild<QScrollArea*>(QStringLiteral("handoutPreviewPages")));
                dialog->reject();
            }
        });
    });
    QSignalSpy closed(fixture.page.get(), &gui::HandoutPage::previewClosed);
    QTest::mouseClick(fixture.page->findChild<QPushButton*>(QStringLiteral("handoutPreview")), Qt::LeftButton);
    // The page stays usable while the worker paints: the busy bar shows and the buttons wait.
    CHECK(fixture.page->isBusy());
    CHECK(progress->isVisible());
    CHECK_FALSE(fixture.page->findChild<QPushButton*>(QStringLiteral("handoutPreview"))->isEnabled());
    REQUIRE(closed.wait(30000));
    CHECK(pages >= 3); // page 1, the exercise cards, the rest
    CHECK(progressCounted);
    CHECK_FALSE(fixture.page->isBusy());
    // Closing the preview without printing does not mark the revision printed.
    CHECK_FALSE(activePrinted(fixture.session));
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

TEST_CASE("A PDF that cannot be written is reported and leaves the revision unprinted", "[gui][handout]")
{
    HandoutFixture fixture;
    fixture.prompter.fileToSave = QString::fromStdString(fixture.clinic.dir.file("no/such/folder/handout.pdf"));
    QSignalSpy finished(fixture.page.get(), &gui::HandoutPage::pdfFinished);
    CHECK_FALSE(fixture.page->saveAsPdf().isEmpty());
    REQUIRE(finished.wait(20000));
    CHECK_FALSE(finished.first().at(1).toBool());
    REQUIRE(fixture.prompter.errors.size() == 1);
    CHECK(fixture.prompter.errors.front().contains(QStringLiteral("could not be written")));
    CHECK_FALSE(activePrinted(fixture.session));
}

TEST_CASE("The handout page tells a draft from the revision state and not from the title", "[gui][handout]")
{
    HandoutFixture fixture;
    auto& clinic = *fixture.session.clinic();
    storage::PlanRepository plans(clinic.database(), clinic.codec());
    auto redraft = plans.create(core::PatientId(1), walkingPlan("Redraft of the walking plan"));
    REQUIRE(redraft);
    core::PreExerciseScreening screening;
    screening.screenedOn = core::Date(2026, 11, 21);
    for (int question = 1; question <= core::kParqQuestionCount; ++question)
        screening.parq[question].answer = core::ParqAnswer::No;
    REQUIRE(plans.activate(redraft->id, 1, screening));
    REQUIRE(plans.create(core::PatientId(1), walkingPlan("Stairs and steps")));
    fixture.session.notifyPlansChanged(core::PatientId(1));

    auto* picker = fixture.page->findChild<QComboBox*>(QStringLiteral("handoutPlan"));
    auto* status = fixture.page->findChild<QLabel*>(QStringLiteral("handoutStatus"));
    REQUIRE(picker);
    REQUIRE(status);
    REQUIRE(choosePlan(picker, QStringLiteral("Redraft of the walking plan")));
    CHECK_FALSE(fixture.page->isDraftChosen());
    CHECK_FALSE(status->text().contains(QStringLiteral("DRAFT")));

    REQUIRE(choosePlan(picker, QStringLiteral("Stairs and steps")));
    CHECK(fixture.page->isDraftChosen());
    CHECK(status->text().contains(QStringLiteral("DRAFT")));
    // Saving the draft does not mark it printed.
    fixture.prompter.fileToSave = QString::fromStdString(fixture.clinic.dir.file("draft.pdf"));
    QSignalSpy finished(fixture.page.get(), &gui::HandoutPage::pdfFinished);
    CHECK_FALSE(fixture.page->saveAsPdf().isEmpty());
    REQUIRE(finished.wait(20000));
    REQUIRE(choosePlan(picker, QStringLiteral("Stairs and steps")));
    CHECK_FALSE(picker->currentText().contains(QStringLiteral("printed")));
    CHECK(fixture.prompter.errors.isEmpty());
}

TEST_CASE(
    "The handout PDF is written off the GUI thread with a busy bar and the page stays responsive", "[gui][handout]")
{
    HandoutFixture fixture;
    auto* progress = fixture.page->findChild<QProgressBar*>(QStringLiteral("handoutProgress"));
    auto* save = fixture.page->findChild<QPushButton*>(QStringLiteral("handoutSavePdf"));
    REQUIRE(progress);
    REQUIRE(save);
    CHECK_FALSE(progress->isVisible());
    fixture.prompter.fileToSave = QString::fromStdString(fixture.clinic.dir.file("busy.pdf"));
    QSignalSpy finished(fixture.page.get(), &gui::HandoutPage::pdfFinished);
    // saveAsPdf() returns before the file is written: the work runs on a worker thread.
    CHECK_FALSE(fixture.page->saveAsPdf().isEmpty());
    CHECK(fixture.page->isBusy());
    CHECK(progress->isVisible());
    CHECK_FALSE(save->isEnabled());
    CHECK(finished.isEmpty());
    // The GUI thread keeps handling events meanwhile: a timer fires before (or while) the PDF is finished.
    bool timerFired = false;
    QTimer::singleShot(0, [&] { timerFired = true; });
    REQUIRE(finished.wait(20000));
    CHECK(timerFired);
    CHECK(finished.first().at(1).toBool());
    CHECK_FALSE(fixture.page->isBusy());
    CHECK_FALSE(progress->isVisible());
    CHECK(save->isEnabled());
    CHECK(std::filesystem::file_size(fixture.clinic.dir.file("busy.pdf")) > 1000);
    CHECK(activePrinted(fixture.session));
}

TEST_CASE("Handout preview screenshot", "[.][screenshot]")
{
    const QString folder = qEnvironmentVariable("PACEPLAN_SCREENSHOT_DIR", QDir::tempPath());
    HandoutFixture fixture;
    QObject::connect(fixture.page.get(), &gui::HandoutPage::previewOpened, [&](int) {
        QTimer::singleShot(100, [folder] {
            if (auto* dialog = qobject_cast<gui::HandoutPreviewDialog*>(QApplication::activeModalWidget())) {
                dialog->resize(900, 760);
                QTest::qWait(100);
                CHECK(dialog->grab().save(QDir(folder).filePath(QStringLiteral("handout-preview.png"))));
                dialog->reject();
            }
        });
    });
    QSignalSpy closed(fixture.page.get(), &gui::HandoutPage::previewClosed);
    QTest::mouseClick(fixture.page->findChild<QPushButton*>(QStringLiteral("handoutPreview")), Qt::LeftButton);
    REQUIRE(closed.wait(30000));
}
