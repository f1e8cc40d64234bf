// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../GuiTestSupport.h"
#include "OutcomeTestData.h"

#include "gui/outcomes/CaseloadFilterProxy.h"
#include "gui/outcomes/CaseloadModel.h"
#include "gui/outcomes/CaseloadView.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace paceplan;

namespace {

services::CaseloadRow makeRow(std::int64_t id, const char* name, std::optional<double> pain, core::ChangeClass change,
    std::optional<double> adherence, int flags)
{
    services::CaseloadRow row;
    row.patientId = core::PatientId(id);
    row.name = name;
    if (pain)
        row.lastPain = services::LastPain { *pain, core::Date(2026, 11, 19), "nprs" };
    row.changeClass = change;
    if (adherence) {
        row.adherence = core::AdherenceCounts {};
        row.adherence->percent = adherence;
    }
    for (int i = 0; i < flags; ++i)
        row.flags.push_back({ core::CaseloadFlagCode::LowAdherence, "Adherence below 50%" });
    return row;
}

std::vector<services::CaseloadRow> sampleRows()
{
    return {
        makeRow(1, "Ana Silva", 4, core::ChangeClass::MeaningfulImprovement, 90, 0),
        makeRow(2, "Ben Okoye", 7, core::ChangeClass::NoChange, 35, 2),
        makeRow(3, "Carla Jung", std::nullopt, core::ChangeClass::Unknown, std::nullopt, 1),
        makeRow(4, "Dev Patel", 6, core::ChangeClass::Worse, 60, 3),
    };
}

QStringList namesInOrder(const QAbstractItemModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, gui::CaseloadModel::NameColumn).data().toString();
    return names;
}

} // namespace

TEST_CASE("The caseload proxy sorts numbers as numbers with missing values last", "[gui][outcomes]")
{
    gui::CaseloadModel model;
    gui::CaseloadFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(sampleRows());

    struct Case {
        int column;
        Qt::SortOrder order;
        QStringList expected;
    };
    const QString ana = QStringLiteral("Ana Silva"), ben = QStringLiteral("Ben Okoye"),
                  carla = QStringLiteral("Carla Jung"), dev = QStringLiteral("Dev Patel");
    const Case cases[] = {
        { gui::CaseloadModel::PainColumn, Qt::AscendingOrder, { ana, dev, ben, carla } },
        { gui::CaseloadModel::PainColumn, Qt::DescendingOrder, { ben, dev, ana, carla } },
        { gui::CaseloadModel::AdherenceColumn, Qt::AscendingOrder, { ben, dev, ana, carla } },
        { gui::CaseloadModel::ClassColumn, Qt::AscendingOrder, { dev, ben, ana, carla } },
        { gui::CaseloadModel::FlagsColumn, Qt::DescendingOrder, { dev, ben, carla, ana } },
        { gui::CaseloadModel::NameColumn, Qt::DescendingOrder, { dev, carla, ben, ana } },
    };
    for (const auto& item : cases) {
        INFO("column " << item.column << " order " << item.order);
        proxy.sort(item.column, item.order);
        CHECK(namesInOrder(proxy) == item.expected);
    }
}

TEST_CASE("The caseload proxy filters by name, flags and change class", "[gui][outcomes]")
{
    gui::CaseloadModel model;
    gui::CaseloadFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(sampleRows());
    proxy.sort(gui::CaseloadModel::NameColumn, Qt::AscendingOrder);

    proxy.setNameFilter(QStringLiteral("SILVA"));
    CHECK(namesInOrder(proxy) == QStringList { QStringLiteral("Ana Silva") });
    proxy.setNameFilter(QStringLiteral("e"));
    CHECK(namesInOrder(proxy) == QStringList { QStringLiteral("Ben Okoye"), QStringLiteral("Dev Patel") });
    proxy.setNameFilter({});
    proxy.setFlaggedOnly(true);
    CHECK(namesInOrder(proxy)
        == QStringList { QStringLiteral("Ben Okoye"), QStringLiteral("Carla Jung"), QStringLiteral("Dev Patel") });
    proxy.setChangeClassFilter(QString::fromLatin1(core::changeClassCode(core::ChangeClass::Worse)));
    CHECK(namesInOrder(proxy) == QStringList { QStringLiteral("Dev Patel") });
    proxy.setFlaggedOnly(false);
    proxy.setChangeClassFilter({});
    CHECK(proxy.rowCount() == 4);
}

TEST_CASE("Double-clicking a caseload row asks to open that patient", "[gui][outcomes]")
{
    gui::CaseloadView view;
    view.resize(900, 300);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setRows(sampleRows());
    QSignalSpy opened(&view, &gui::CaseloadView::patientActivated);
    view.nameFilter()->setText(QStringLiteral("dev"));
    REQUIRE(view.proxy()->rowCount() == 1);
    const QRect cell = view.view()->visualRect(view.proxy()->index(0, gui::CaseloadModel::NameColumn));
    QTest::mouseClick(view.view()->viewport(), Qt::LeftButton, {}, cell.center());
    CHECK(opened.isEmpty());
    QTest::mouseDClick(view.view()->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(opened.count() == 1);
    CHECK(opened.front().front().value<core::PatientId>() == core::PatientId(4));
}

TEST_CASE("A caseload row is worked out by core from the patient's data", "[gui][outcomes]")
{
    const core::PatientId patient(9);
    const auto ana = test::caseloadPatient(patient, "Ana", "Silva");
    const auto responder = services::buildCaseloadRow(ana, test::responderData(patient), core::Date(2026, 11, 20));
    REQUIRE(responder.lastPain);
    // The diary's next-morning rating after Wednesday's session (3) is newer than Monday's NPRS (4).
    CHECK(responder.lastPain->value == 3.0);
    CHECK(responder.lastPain->source == "session-log");
    CHECK(responder.lastPain->date == core::Date(2026, 11, 19));
    CHECK(responder.changeClass == core::ChangeClass::MeaningfulImprovement);
    CHECK(responder.changeSummary().find("7 → 4") != std::string::npos);
    REQUIRE(responder.adherencePercent().has_value());
    CHECK(*responder.adherencePercent() > 50.0);
    CHECK(responder.flags.empty());

    // The same person with no pain change and no diary for two weeks is flagged.
    auto stalled = test::responderData(patient);
    for (auto& entry : stalled.outcomes)
        if (entry.instrumentCode == "nprs")
            entry.answers = { 7.0 };
    std::erase_if(stalled.logs, [](const core::SessionLog& log) { return log.date >= core::Date(2026, 11, 7); });
    const auto row = services::buildCaseloadRow(ana, stalled, core::Date(2026, 11, 20));
    CHECK(row.changeClass == core::ChangeClass::NoChange);
    std::vector<core::CaseloadFlagCode> codes;
    for (const auto& flag : row.flags)
        codes.push_back(flag.code);
    CHECK(codes
        == std::vector<core::CaseloadFlagCode> {
            core::CaseloadFlagCode::NoMeaningfulImprovement, core::CaseloadFlagCode::LowAdherence });
}
