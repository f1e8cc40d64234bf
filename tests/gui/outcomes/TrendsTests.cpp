// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../GuiTestSupport.h"
#include "OutcomeTestData.h"

#include "core/outcomes/InstrumentRegistry.h"
#include "gui/outcomes/CaseloadView.h"
#include "gui/outcomes/OutcomesPage.h"
#include "gui/outcomes/TrendChartView.h"
#include "gui/outcomes/TrendTableModel.h"
#include "gui/outcomes/TrendsWidget.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>

using namespace paceplan;

namespace {

const core::PatientId kPatient(9);
const core::Date kToday(2026, 11, 20);

QPushButton* button(QWidget& parent, const QString& text)
{
    for (auto* candidate : parent.findChildren<QPushButton*>())
        if (candidate->text() == text)
            return candidate;
    return nullptr;
}

} // namespace

TEST_CASE(
    "The trend chart draws baseline, MCID band, IMMPACT lines, revisions, adherence and diary pain", "[gui][outcomes]")
{
    gui::TrendsWidget trends;
    trends.resize(1100, 600);
    trends.setPatientData(test::responderData(kPatient), kToday);
    trends.showInstrument(QStringLiteral("nprs"));
    gui::TrendChartView* chart = trends.chartView();
    auto* nprs = qobject_cast<QXYSeries*>(chart->seriesNamed(QStringLiteral("NPRS")));
    REQUIRE(nprs != nullptr);
    CHECK(nprs->count() == 12);
    auto* baseline = qobject_cast<QXYSeries*>(chart->seriesNamed(QStringLiteral("Baseline")));
    REQUIRE(baseline != nullptr);
    CHECK(baseline->at(0).y() == 7.0);
    auto* thirty = qobject_cast<QXYSeries*>(chart->seriesNamed(QStringLiteral("30% less")));
    auto* fifty = qobject_cast<QXYSeries*>(chart->seriesNamed(QStringLiteral("50% less")));
    REQUIRE(thirty != nullptr);
    REQUIRE(fifty != nullptr);
    CHECK(thirty->at(0).y() == Approx(4.9));
    CHECK(fifty->at(0).y() == Approx(3.5));
    CHECK(chart->seriesNamed(QStringLiteral("Adherence (%)")) != nullptr);
    CHECK(qobject_cast<QXYSeries*>(chart->seriesNamed(QStringLiteral("Pain before")))->count() > 20);
    CHECK(chart->markerLabels() == QStringList { QStringLiteral("Plan rev. 1"), QStringLiteral("Plan rev. 2") });
    bool hasBand = false;
    for (auto* series : chart->chart()->series())
        hasBand = hasBand || series->name().startsWith(QStringLiteral("Baseline ± MCID"));
    CHECK(hasBand);

    // ODI is not a pain-intensity scale: no IMMPACT lines and no diary pain on its axis.
    trends.showInstrument(QStringLiteral("odi"));
    CHECK(chart->seriesNamed(QStringLiteral("30% less")) == nullptr);
    CHECK(chart->seriesNamed(QStringLiteral("Pain before")) == nullptr);
    CHECK(qobject_cast<QXYSeries*>(chart->seriesNamed(QStringLiteral("ODI")))->count() == 3);
    CHECK(trends.summaryLines().size() == 2);
}

TEST_CASE("The date range limits the chart and the table", "[gui][outcomes]")
{
    gui::TrendsWidget trends;
    QAbstractItemModelTester tester(trends.tableModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    trends.setPatientData(test::responderData(kPatient), kToday);
    trends.showInstrument(QStringLiteral("nprs"));
    CHECK(trends.tableModel()->rowCount() == 12);
    trends.setRange(QDate(2026, 10, 1), QDate(2026, 10, 31));
    CHECK(trends.tableModel()->rowCount() == 4);
    auto* nprs = qobject_cast<QXYSeries*>(trends.chartView()->seriesNamed(QStringLiteral("NPRS")));
    CHECK(nprs->count() == 4);
    CHECK(trends.chartView()->markerLabels().isEmpty());
}

TEST_CASE("Trends export to PNG, PDF and CSV through the prompter", "[gui][outcomes]")
{
    test::ScriptedPrompter prompter;
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    gui::TrendsWidget trends;
    trends.resize(1000, 560);
    trends.show();
    REQUIRE(QTest::qWaitForWindowExposed(&trends));
    trends.setPatientData(test::responderData(kPatient), kToday);
    trends.showInstrument(QStringLiteral("nprs"));

    prompter.fileToSave = folder.filePath(QStringLiteral("trend.png"));
    button(trends, QStringLiteral("PNG…"))->click();
    QImage image(prompter.fileToSave);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() > 300);

    prompter.fileToSave = folder.filePath(QStringLiteral("trend.pdf"));
    button(trends, QStringLiteral("PDF…"))->click();
    QFile pdf(prompter.fileToSave);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));

    prompter.fileToSave = folder.filePath(QStringLiteral("trend.csv"));
    button(trends, QStringLiteral("CSV…"))->click();
    QFile csv(prompter.fileToSave);
    REQUIRE(csv.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 13);
    CHECK(lines[0] == QStringLiteral("instrument,Date,Score,Band,Change,Notes"));
    CHECK(lines[1].startsWith(QStringLiteral("nprs,2026-08-31,7,")));
    CHECK(lines[12].startsWith(QStringLiteral("nprs,2026-11-16,4,")));
    CHECK(lines[12].contains(QStringLiteral("-3 (-43%)")));

    prompter.fileToSave = QStringLiteral("/nonexistent-folder/x.csv");
    button(trends, QStringLiteral("CSV…"))->click();
    CHECK(prompter.errors.size() == 1);
}

// Writes the screenshots of docs/outcomes-gui.md: run with "[.screenshot]" and PACEPLAN_SCREENSHOT_DIR set.
TEST_CASE("Screenshots of the trends and the caseload", "[.screenshot]")
{
    const QString folder = qEnvironmentVariable("PACEPLAN_SCREENSHOT_DIR", QDir::tempPath());
    test::ScriptedPrompter prompter;
    services::MemoryOutcomeStore store;
    store.setData(kPatient, test::responderData(kPatient));
    gui::OutcomesPage page(store);
    page.resize(1280, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.setPatient(kPatient, kToday);
    page.tabs()->setCurrentWidget(page.trends());
    page.trends()->showInstrument(QStringLiteral("nprs"));
    QTest::qWait(200);
    CHECK(page.grab().save(folder + QStringLiteral("/synthetic-trends.png")));
    page.tabs()->setCurrentIndex(1);
    QTest::qWait(100);
    CHECK(page.grab().save(folder + QStringLiteral("/trends-diary.png")));
    page.tabs()->setCurrentIndex(0);
    page.chooseInstrument(QStringLiteral("odi"));
    QTest::qWait(100);
    CHECK(page.grab().save(folder + QStringLiteral("/trends-entry.png")));

    gui::CaseloadView caseload;
    caseload.resize(1200, 420);
    caseload.show();
    REQUIRE(QTest::qWaitForWindowExposed(&caseload));
    std::vector<services::CaseloadRow> rows;
    const auto setPain = [](services::PatientOutcomeData& data, auto painOfWeek) {
        int week = 0;
        for (auto& entry : data.outcomes)
            if (entry.instrumentCode == "nprs")
                entry.answers = { double(painOfWeek(week++)) };
    };
    // Ana responds; Ben responds strongly; Carla stopped her diary; Dev has not changed by week 12;
    // Eli has not been reassessed since September; Fatima is worse.
    auto ana = test::responderData(core::PatientId(1));
    auto ben = test::responderData(core::PatientId(2));
    setPain(ben, [](int week) { return week < 2 ? 8 : (week < 6 ? 6 : 3); });
    auto carla = test::responderData(core::PatientId(3));
    std::erase_if(carla.logs, [](const core::SessionLog& log) { return log.date >= core::Date(2026, 11, 5); });
    auto dev = test::responderData(core::PatientId(4));
    setPain(dev, [](int week) { return week % 3 == 1 ? 5 : 6; });
    for (std::size_t i = 0; i < dev.logs.size(); i += 3)
        dev.logs[i].status = core::SessionStatus::Skipped;
    auto eli = test::responderData(core::PatientId(5));
    std::erase_if(
        eli.outcomes, [](const services::OutcomeEntry& entry) { return entry.date > core::Date(2026, 9, 14); });
    auto fatima = test::responderData(core::PatientId(6));
    setPain(fatima, [](int week) { return week < 4 ? 5 : (week < 8 ? 6 : 7); });
    rows.push_back(services::buildCaseloadRow(test::caseloadPatient(core::PatientId(1), "Ana", "Silva"), ana, kToday));
    rows.push_back(services::buildCaseloadRow(test::caseloadPatient(core::PatientId(2), "Ben", "Okoye"), ben, kToday));
    rows.push_back(
        services::buildCaseloadRow(test::caseloadPatient(core::PatientId(3), "Carla", "Jung"), carla, kToday));
    rows.push_back(services::buildCaseloadRow(test::caseloadPatient(core::PatientId(4), "Dev", "Patel"), dev, kToday));
    rows.push_back(services::buildCaseloadRow(test::caseloadPatient(core::PatientId(5), "Eli", "Novak"), eli, kToday));
    rows.push_back(
        services::buildCaseloadRow(test::caseloadPatient(core::PatientId(6), "Fatima", "Haddad"), fatima, kToday));
    caseload.setRows(rows);
    QTest::qWait(100);
    CHECK(caseload.grab().save(folder + QStringLiteral("/synthetic-caseload.png")));
}
