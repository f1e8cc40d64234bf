// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../GuiTestSupport.h"

#include "gui/ClinicSession.h"
#include "gui/outcomes/CaseloadView.h"
#include "gui/outcomes/OutcomesPage.h"
#include "gui/outcomes/TrendsWidget.h"
#include "services/ClinicOutcomeStore.h"
#include "services/DemoSeeder.h"

#include <QDir>
#include <QTabWidget>
#include <QTest>

using namespace paceplan;

// Writes the demo-clinic screenshots of docs/outcomes-gui.md: run with "[.screenshot]" and
// PACEPLAN_SCREENSHOT_DIR set to the output folder.
TEST_CASE("Screenshots of the demo clinic's trends and caseload", "[.screenshot]")
{
    const QString folder = qEnvironmentVariable("PACEPLAN_SCREENSHOT_DIR", QDir::tempPath());
    test::ScriptedPrompter prompter;
    test::DatabaseFixture clinic;
    gui::ClinicSession session;
    session.adopt(services::Clinic::adopt(std::move(clinic.db)));
    REQUIRE(services::seedDemoClinic(*session.clinic()));
    services::ClinicOutcomeStore store([&session] { return session.clinic(); });
    auto rows = store.caseload();
    REQUIRE(rows);

    gui::CaseloadView caseload;
    caseload.resize(1280, 520);
    caseload.show();
    REQUIRE(QTest::qWaitForWindowExposed(&caseload));
    caseload.setRows(*rows);
    QTest::qWait(100);
    CHECK(caseload.grab().save(folder + QStringLiteral("/demo-caseload.png")));

    // The patient with the most diary entries and a pain change tells the longest story.
    core::PatientId chosen;
    std::size_t most = 0;
    for (const auto& row : *rows) {
        auto data = store.load(row.patientId);
        REQUIRE(data);
        if (row.change && data->logs.size() + data->outcomes.size() > most) {
            most = data->logs.size() + data->outcomes.size();
            chosen = row.patientId;
        }
    }
    REQUIRE(chosen.value() != 0);
    gui::OutcomesPage page(store);
    page.resize(1280, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.setPatient(chosen, session.today());
    page.tabs()->setCurrentWidget(page.trends());
    page.trends()->showInstrument(QStringLiteral("nprs"));
    QTest::qWait(200);
    CHECK(page.grab().save(folder + QStringLiteral("/demo-trends.png")));
}
