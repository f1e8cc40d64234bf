// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../GuiTestSupport.h"
#include "OutcomeTestData.h"

#include "gui/outcomes/SessionWeekGrid.h"
#include "gui/outcomes/SessionWeekModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTableView>
#include <QTest>

using namespace paceplan;

namespace {

const core::PatientId kPatient(3);

void typeCell(const QString& text)
{
    QWidget* focus = QApplication::focusWidget();
    REQUIRE(focus != nullptr);
    if (!text.isEmpty())
        QTest::keyClicks(focus, text);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
}

} // namespace

TEST_CASE("A whole diary week is keyed in from the keyboard", "[gui][outcomes]")
{
    test::ScriptedPrompter prompter;
    services::MemoryOutcomeStore store;
    services::PatientOutcomeData data;
    data.planStart = core::Date(2026, 11, 2);
    data.planId = core::PlanId(5);
    data.revisionNumber = 2;
    for (int day : { 0, 2, 4 })
        data.scheduled.push_back(core::Date(2026, 11, 16).addDays(day));
    gui::SessionWeekGrid grid(store);
    QAbstractItemModelTester tester(grid.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    grid.resize(900, 400);
    grid.show();
    REQUIRE(QTest::qWaitForWindowExposed(&grid));
    QApplication::setActiveWindow(&grid);
    grid.setPatientData(data, kPatient, core::Date(2026, 11, 19));
    CHECK(grid.model()->weekStart() == core::Date(2026, 11, 16));

    grid.view()->setFocus();
    QTRY_VERIFY(grid.view()->hasFocus());
    const QStringList statuses { QStringLiteral("d"), QStringLiteral("p"), QStringLiteral("s"), QStringLiteral("d"),
        QStringLiteral("d"), QString(), QStringLiteral("d") };
    for (int day = 0; day < 7; ++day) {
        CHECK(grid.view()->currentIndex().row() == day);
        CHECK(grid.view()->currentIndex().column() == gui::SessionWeekModel::StatusColumn);
        typeCell(statuses[day]);
        const bool rated = statuses[day] == QStringLiteral("d") || statuses[day] == QStringLiteral("p");
        for (const char* value : { "3", "5", "4", "3", "6", "25" })
            typeCell(rated ? QString::fromLatin1(value) : QString());
        typeCell(day == 1 ? QStringLiteral("knee sore") : QString());
    }
    CHECK(grid.save() == 6);
    const auto loaded = store.load(kPatient);
    REQUIRE(loaded);
    const auto& logs = loaded->logs;
    REQUIRE(logs.size() == 6);
    CHECK(logs[0].date == core::Date(2026, 11, 16));
    CHECK(logs[0].status == core::SessionStatus::Done);
    CHECK(logs[0].painBefore == 3);
    CHECK(logs[0].painDuring == 5);
    CHECK(logs[0].painAfter == 4);
    CHECK(logs[0].painNextMorning == 3);
    CHECK(logs[0].effort == 6);
    CHECK(logs[0].minutes == 25);
    CHECK(logs[0].planId == core::PlanId(5));
    CHECK(logs[0].revisionNumber == 2);
    CHECK(logs[1].status == core::SessionStatus::Partly);
    CHECK(logs[1].notes == "knee sore");
    CHECK(logs[2].status == core::SessionStatus::Skipped);
    CHECK_FALSE(logs[2].painBefore.has_value());
    CHECK(logs[5].date == core::Date(2026, 11, 22));
    CHECK(grid.model()->changedLogs().empty());
}

TEST_CASE("The week model refuses values outside the diary's ranges", "[gui][outcomes]")
{
    gui::SessionWeekModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::SessionLog templateLog;
    templateLog.patientId = kPatient;
    model.setWeek(core::Date(2026, 11, 16), {}, {}, templateLog);
    const auto cell = [&](int column) { return model.index(0, column); };
    struct Case {
        int column;
        const char* text;
        bool accepted;
    };
    const Case cases[] = {
        { gui::SessionWeekModel::StatusColumn, "x", false },
        { gui::SessionWeekModel::StatusColumn, "Done", true },
        { gui::SessionWeekModel::PainBeforeColumn, "11", false },
        { gui::SessionWeekModel::PainBeforeColumn, "-1", false },
        { gui::SessionWeekModel::PainBeforeColumn, "10", true },
        { gui::SessionWeekModel::MinutesColumn, "601", false },
        { gui::SessionWeekModel::MinutesColumn, "600", true },
        { gui::SessionWeekModel::EffortColumn, "five", false },
    };
    for (const auto& item : cases) {
        INFO(item.text);
        CHECK(model.setData(cell(item.column), QString::fromLatin1(item.text)) == item.accepted);
    }
    CHECK(model.log(0).status == core::SessionStatus::Done);
    CHECK(model.log(0).painBefore == 10);
    CHECK(model.log(0).minutes == 600);
    CHECK(model.data(cell(gui::SessionWeekModel::StatusColumn)).toString() == QStringLiteral("Done"));
    CHECK(model.changedLogs().size() == 1);
}
