// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include "gui/ClinicDetailsDialog.h"
#include "gui/ClinicSession.h"
#include "gui/HandoutPage.h"
#include "services/ClinicDetails.h"
#include "services/DemoSeeder.h"
#include "services/Handouts.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <filesystem>

using namespace paceplan;

namespace {

/// The demo clinic, which has no clinic details yet, with the handout page of patient 1.
struct NoDetailsFixture {
    NoDetailsFixture()
    {
        auto adopted = services::Clinic::adopt(std::move(clinic.db));
        REQUIRE(services::seedDemoClinic(*adopted));
        session.adopt(std::move(adopted));
        session.setCurrentPatient(core::PatientId(1));
        page = std::make_unique<gui::HandoutPage>(session);
        page->resize(900, 600);
        page->show();
    }

    /// Saves the handout as a PDF through the page and returns its text with white space collapsed.
    std::string savePdf(const std::string& name)
    {
        const std::string file = clinic.dir.file(name);
        prompter.fileToSave = QString::fromStdString(file);
        QSignalSpy finished(page.get(), &gui::HandoutPage::pdfFinished);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("handoutSavePdf")), Qt::LeftButton);
        // The PDF is written on a worker thread.
        REQUIRE(finished.wait(20000));
        REQUIRE(finished.first().at(1).toBool());
        REQUIRE(std::filesystem::exists(file));
        const std::string out = clinic.dir.file(name + ".txt");
        REQUIRE(std::system(("pdftotext -raw '" + file + "' '" + out + "' 2>/dev/null").c_str()) == 0);
        return QString::fromStdString(test::readFile(out)).simplified().toStdString();
    }

    test::ScriptedPrompter prompter;
    test::DatabaseFixture clinic;
    gui::ClinicSession session;
    std::unique_ptr<gui::HandoutPage> page;
};

gui::ClinicDetailsDialog* openDialog()
{
    return qobject_cast<gui::ClinicDetailsDialog*>(QApplication::activeModalWidget());
}

void pressSave(gui::ClinicDetailsDialog& dialog)
{
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

} // namespace

TEST_CASE("Printing without clinic details asks once and may go on without them", "[gui][handout]")
{
    NoDetailsFixture f;
    f.prompter.answer = false; // go on without details
    const std::string first = f.savePdf("first.pdf");
    REQUIRE(f.prompter.questions.size() == 1);
    CHECK(f.prompter.questions.front().startsWith(QStringLiteral("Clinic details: ")));
    CHECK(first.find("contact your physio") != std::string::npos);
    CHECK(first.find("all us") == std::string::npos); // neither "Call us" nor "call us"
    CHECK(first.find("Phone: ____") != std::string::npos);

    f.savePdf("second.pdf");
    CHECK(f.prompter.questions.size() == 1); // asked once, not at every print
}

TEST_CASE("The clinic details asked for at printing check the phone and reach the handout", "[gui][handout]")
{
    NoDetailsFixture f;
    f.prompter.answer = true; // add the details
    bool refusedShown = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = openDialog();
        REQUIRE(dialog);
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("clinicName"));
        auto* phone = dialog->findChild<QLineEdit*>(QStringLiteral("clinicPhone"));
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("clinicPhoneError"));
        REQUIRE(name);
        REQUIRE(phone);
        REQUIRE(error);
        CHECK_FALSE(error->isVisible());
        QTest::keyClicks(name, QStringLiteral("Riverside Physiotherapy"));
        QTest::keyClicks(phone, QStringLiteral("call us!!"));
        pressSave(*dialog);
        // The dialog stays open and says why, next to the field.
        refusedShown = dialog->isVisible() && error->isVisible() && error->text() == services::clinicPhoneRule();
        phone->clear();
        CHECK_FALSE(error->isVisible()); // the message follows the typing
        QTest::keyClicks(phone, QStringLiteral("01632 960000 ext 12"));
        pressSave(*dialog);
    });
    const std::string text = f.savePdf("with-details.pdf");
    CHECK(refusedShown);
    CHECK(f.prompter.errors.isEmpty());
    const auto stored = services::clinicDetails(*f.session.clinic());
    CHECK(stored.name == QStringLiteral("Riverside Physiotherapy"));
    CHECK(stored.phone == QStringLiteral("01632 960000 ext 12"));
    CHECK(text.find("Riverside Physiotherapy") != std::string::npos);
    CHECK(text.find("call us on 01632 960000 ext 12") != std::string::npos);
    CHECK(text.find("contact your physio") == std::string::npos);
}
