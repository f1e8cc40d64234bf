// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../GuiTestSupport.h"
#include "OutcomeTestData.h"

#include "core/outcomes/InstrumentRegistry.h"
#include "gui/outcomes/InstrumentForm.h"
#include "gui/outcomes/OutcomesPage.h"
#include "gui/outcomes/QuickPainEntry.h"
#include "gui/outcomes/TrendChartView.h"
#include "gui/outcomes/TrendTableModel.h"
#include "gui/outcomes/TrendsWidget.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QXYSeries>

#include <algorithm>

using namespace paceplan;

namespace {

const core::PatientId kPatient(7);
const core::Date kToday(2026, 11, 20);

/// An outcomes page over an in-memory store holding one ODI baseline (60 %) and a plan.
struct PageFixture {
    PageFixture()
    {
        services::PatientOutcomeData data;
        data.planStart = core::Date(2026, 9, 7);
        services::OutcomeEntry baseline;
        baseline.id = core::OutcomeId(1);
        baseline.patientId = kPatient;
        baseline.instrumentCode = "odi";
        baseline.date = core::Date(2026, 9, 7);
        baseline.answers = core::Answers(10, 3.0);
        data.outcomes.push_back(baseline);
        store.setData(kPatient, data);
        page.resize(1100, 750);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        QApplication::setActiveWindow(&page);
        page.setPatient(kPatient, kToday);
    }

    /// Types text into the widget that has the keyboard focus, then presses a key.
    static void typeThen(const QString& text, Qt::Key key)
    {
        QWidget* focus = QApplication::focusWidget();
        REQUIRE(focus != nullptr);
        if (!text.isEmpty())
            QTest::keyClicks(focus, text);
        QTest::keyClick(QApplication::focusWidget(), key);
    }

    test::ScriptedPrompter prompter;
    services::MemoryOutcomeStore store;
    gui::OutcomesPage page { store };
};

int pointCount(gui::TrendChartView* chart, const QString& name)
{
    auto* series = qobject_cast<QXYSeries*>(chart->seriesNamed(name));
    return series ? static_cast<int>(series->count()) : -1;
}

} // namespace

TEST_CASE("A questionnaire entered by keyboard updates the score, the trend and the summary", "[gui][outcomes]")
{
    PageFixture fixture;
    fixture.page.chooseInstrument(QStringLiteral("odi"));
    gui::InstrumentForm* form = fixture.page.form();
    REQUIRE(form->instrument().code == "odi");
    CHECK(form->scoreText().contains(QStringLiteral("Score appears")));

    form->itemField(0)->setFocus();
    QTRY_VERIFY(form->itemField(0)->hasFocus());
    // Ten answers of 1, each followed by Enter, which moves on to the next item.
    for (int item = 0; item < 10; ++item) {
        CHECK(QApplication::focusWidget() == form->itemField(item));
        PageFixture::typeThen(QStringLiteral("1"), Qt::Key_Return);
    }
    CHECK(form->scoreText().startsWith(QStringLiteral("Score: 20")));
    CHECK(form->changeText().contains(QStringLiteral("60.0 → 20.0")));
    CHECK(form->changeText().contains(QStringLiteral("meaningful improvement")));

    // Enter goes through the total (left empty) and the date to the notes; Enter there saves.
    while (QApplication::focusWidget() != form->notesField()) {
        REQUIRE((QApplication::focusWidget() == form->totalField() || QApplication::focusWidget() == form->dateField()
            || QApplication::focusWidget() == form->dateField()->findChild<QLineEdit*>()));
        PageFixture::typeThen(QString(), Qt::Key_Return);
    }
    PageFixture::typeThen(QStringLiteral("After six weeks"), Qt::Key_Return);

    const auto& outcomes = fixture.page.patientData().outcomes;
    REQUIRE(outcomes.size() == 2);
    CHECK(outcomes.back().answers == core::Answers(10, 1.0));
    CHECK(outcomes.back().notes == "After six weeks");
    CHECK(outcomes.back().date == kToday);

    gui::TrendsWidget* trends = fixture.page.trends();
    trends->showInstrument(QStringLiteral("odi"));
    CHECK(pointCount(trends->chartView(), QStringLiteral("ODI")) == 2);
    CHECK(trends->tableModel()->rowCount() == 2);
    REQUIRE(trends->summaryLines().size() == 1);
    CHECK(trends->summaryLines().front().startsWith(QStringLiteral("Disability 60")));
    CHECK(trends->summaryLines().front().contains(QStringLiteral("→ 20")));
    CHECK(fixture.page.history()->rowCount() == 2);
}

TEST_CASE("Item answers out of range are marked next to the item and block saving", "[gui][outcomes]")
{
    const auto* odi = core::InstrumentRegistry::standard().find("odi");
    gui::InstrumentForm form(*odi);
    form.itemField(2)->setText(QStringLiteral("9"));
    CHECK(form.itemMessage(2).contains(QStringLiteral("0–5")));
    CHECK_FALSE(form.saveButton()->isEnabled());
    CHECK_FALSE(form.result().has_value());
    form.itemField(2)->setText(QStringLiteral("2.5"));
    CHECK(form.itemMessage(2).contains(QStringLiteral("Whole number")));
    form.itemField(2)->setText(QStringLiteral("2"));
    CHECK(form.itemMessage(2) == QStringLiteral("✓"));
    CHECK(form.saveButton()->isEnabled());
}

TEST_CASE("Scores-only forms show item numbers and constructs and accept a total where allowed", "[gui][outcomes]")
{
    for (const auto& instrument : core::InstrumentRegistry::standard().all()) {
        if (instrument.licenceMode != core::LicenceMode::ScoresOnly || !instrument.totalEntry)
            continue;
        INFO(instrument.code);
        gui::InstrumentForm form(instrument);
        REQUIRE(form.totalField() != nullptr);
        const double total = instrument.totalEntry->max;
        form.totalField()->setText(QString::number(total));
        REQUIRE(form.result().has_value());
        CHECK(form.entry().enteredTotal == total);
        CHECK(form.entry().answers.empty());
        const auto labels = form.findChildren<QLabel*>();
        const QString firstItem = QStringLiteral("1. ") + QString::fromStdString(instrument.items.front().construct);
        CHECK(std::any_of(labels.begin(), labels.end(), [&](QLabel* label) { return label->text() == firstItem; }));
    }
}

TEST_CASE("Editing and deleting a stored measure go through the store", "[gui][outcomes]")
{
    PageFixture fixture;
    fixture.page.chooseInstrument(QStringLiteral("odi"));
    QTableWidget* history = fixture.page.history();
    REQUIRE(history->rowCount() == 1);
    history->setCurrentCell(0, 0);
    const QPoint cell = history->visualItemRect(history->item(0, 1)).center();
    QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(history->viewport(), Qt::LeftButton, {}, cell);
    gui::InstrumentForm* form = fixture.page.form();
    CHECK(form->itemField(0)->text() == QStringLiteral("3"));
    form->itemField(0)->setText(QStringLiteral("5"));
    form->saveButton()->click();
    REQUIRE(fixture.page.patientData().outcomes.size() == 1);
    CHECK(fixture.page.patientData().outcomes.front().answers.front() == 5.0);

    history->setCurrentCell(0, 0);
    fixture.prompter.answer = false;
    for (auto* button : fixture.page.findChildren<QPushButton*>())
        if (button->text() == QStringLiteral("&Delete"))
            button->click();
    CHECK(fixture.page.patientData().outcomes.size() == 1);
    fixture.prompter.answer = true;
    history->setCurrentCell(0, 0);
    for (auto* button : fixture.page.findChildren<QPushButton*>())
        if (button->text() == QStringLiteral("&Delete"))
            button->click();
    CHECK(fixture.page.patientData().outcomes.empty());
    CHECK(fixture.prompter.questions.size() == 2);
}

TEST_CASE("Today's pain is recorded from the one-line entry", "[gui][outcomes]")
{
    PageFixture fixture;
    QLineEdit* field = fixture.page.quickPain()->field();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("4"));
    QTest::keyClick(field, Qt::Key_Return);
    const auto& outcomes = fixture.page.patientData().outcomes;
    REQUIRE(outcomes.size() == 2);
    CHECK(outcomes.back().instrumentCode == "nprs");
    CHECK(outcomes.back().answers == core::Answers { 4.0 });
    CHECK(outcomes.back().date == kToday);
    // A rating above 10 is refused with a message and not recorded.
    QTest::keyClicks(field, QStringLiteral("11"));
    QTest::keyClick(field, Qt::Key_Return);
    CHECK(fixture.page.patientData().outcomes.size() == 2);
    CHECK(field->text() == QStringLiteral("11"));
}
