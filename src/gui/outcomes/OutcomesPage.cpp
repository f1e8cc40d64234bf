// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/outcomes/OutcomesPage.h"

#include "core/outcomes/InstrumentRegistry.h"
#include "core/outcomes/Scoring.h"
#include "gui/ClinicSession.h"
#include "gui/Prompter.h"
#include "gui/outcomes/InstrumentForm.h"
#include "gui/outcomes/QuickPainEntry.h"
#include "gui/outcomes/SessionWeekGrid.h"
#include "gui/outcomes/SessionWeekModel.h"
#include "gui/outcomes/TrendsWidget.h"
#include "report/QtDate.h"
#include "services/ErrorMessages.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace paceplan::gui {
namespace {

const char* const kPainCode = "nprs";

} // namespace

OutcomesPage::OutcomesPage(services::OutcomeStore& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    auto* layout = new QVBoxLayout(this);
    m_quickPain = new QuickPainEntry;
    layout->addWidget(m_quickPain);
    m_tabs = new QTabWidget;
    layout->addWidget(m_tabs, 1);

    auto* entryPage = new QWidget;
    auto* entryLayout = new QHBoxLayout(entryPage);
    auto* left = new QVBoxLayout;
    m_instrument = new QComboBox;
    m_instrument->setObjectName(QStringLiteral("instrumentChooser"));
    for (const auto& instrument : core::InstrumentRegistry::standard().all())
        m_instrument->addItem(QString::fromStdString(instrument.shortName + " — " + instrument.name),
            QString::fromStdString(instrument.code));
    auto* chooseLabel = new QLabel(tr("M&easure:"));
    chooseLabel->setBuddy(m_instrument);
    left->addWidget(chooseLabel);
    left->addWidget(m_instrument);
    left->addWidget(new QLabel(tr("Recorded:")));
    m_history = new QTableWidget(0, 3);
    m_history->setHorizontalHeaderLabels({ tr("Date"), tr("Score"), tr("Notes") });
    m_history->verticalHeader()->hide();
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    left->addWidget(m_history, 1);
    auto* historyButtons = new QHBoxLayout;
    m_edit = new QPushButton(tr("&Edit"));
    m_delete = new QPushButton(tr("&Delete"));
    auto* newEntry = new QPushButton(tr("&New"));
    historyButtons->addWidget(newEntry);
    historyButtons->addWidget(m_edit);
    historyButtons->addWidget(m_delete);
    left->addLayout(historyButtons);
    auto* leftWidget = new QWidget;
    leftWidget->setLayout(left);
    m_formHolder = new QStackedWidget;
    auto* splitter = new QSplitter;
    splitter->addWidget(leftWidget);
    splitter->addWidget(m_formHolder);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 360, 900 });
    entryLayout->addWidget(splitter);
    m_tabs->addTab(entryPage, tr("&Record a measure"));

    m_weekGrid = new SessionWeekGrid(m_store);
    m_tabs->addTab(m_weekGrid, tr("Session &diary"));
    m_trends = new TrendsWidget;
    m_tabs->addTab(m_trends, tr("&Trends"));

    connect(m_instrument, &QComboBox::currentIndexChanged, this, &OutcomesPage::showForm);
    connect(m_quickPain, &QuickPainEntry::painEntered, this, &OutcomesPage::recordQuickPain);
    connect(newEntry, &QPushButton::clicked, this, &OutcomesPage::showForm);
    connect(m_edit, &QPushButton::clicked, this, &OutcomesPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &OutcomesPage::deleteSelected);
    connect(m_history, &QTableWidget::cellDoubleClicked, this, &OutcomesPage::editSelected);
    connect(m_weekGrid, &SessionWeekGrid::logsSaved, this, &OutcomesPage::afterChange);
    showForm();
}

void OutcomesPage::connectSession(ClinicSession& session)
{
    connect(&session, &ClinicSession::currentPatientChanged, this,
        [this, &session](core::PatientId id) { setPatient(id, session.today()); });
    connect(&session, &ClinicSession::databaseChanged, this,
        [this, &session] { setPatient(session.currentPatient(), session.today()); });
    connect(&session, &ClinicSession::plansChanged, this, [this](core::PatientId id) {
        if (id == m_patient)
            reload();
    });
    if (session.isOpen())
        setPatient(session.currentPatient(), session.today());
}

void OutcomesPage::setPatient(core::PatientId patient, const core::Date& today)
{
    m_patient = patient;
    m_today = today;
    reload();
    m_weekGrid->setPatientData(m_data, m_patient, m_today);
}

void OutcomesPage::reload()
{
    m_data = services::PatientOutcomeData {};
    if (m_patient.value() != 0) {
        auto loaded = m_store.load(m_patient);
        if (loaded)
            m_data = std::move(loaded).value();
        else
            Prompter::instance().showError(this, tr("Outcomes"), services::databaseErrorMessage(loaded.error()));
    }
    std::stable_sort(m_data.outcomes.begin(), m_data.outcomes.end(),
        [](const services::OutcomeEntry& a, const services::OutcomeEntry& b) { return a.date < b.date; });
    const auto pain = std::find_if(m_data.outcomes.rbegin(), m_data.outcomes.rend(),
        [](const services::OutcomeEntry& entry) { return entry.instrumentCode == kPainCode; });
    m_quickPain->setLastText(pain == m_data.outcomes.rend() || pain->answers.empty() || !pain->answers.front()
            ? QString()
            : tr("Last: %1 on %2")
                  .arg(QString::fromStdString(core::formatNumber(*pain->answers.front(), 0)),
                      QString::fromStdString(pain->date.toIso())));
    m_trends->setPatientData(m_data, m_today);
    // The diary follows stored changes but keeps its week and never drops unsaved edits.
    const core::Date week = m_weekGrid->model()->weekStart();
    if (m_weekGrid->model()->changedLogs().empty())
        m_weekGrid->setPatientData(m_data, m_patient, week.isValid() ? week : m_today);
    fillHistory();
    showForm();
}

void OutcomesPage::chooseInstrument(const QString& code)
{
    const int index = m_instrument->findData(code);
    if (index >= 0)
        m_instrument->setCurrentIndex(index);
}

void OutcomesPage::showForm()
{
    const std::string code = m_instrument->currentData().toString().toStdString();
    const core::Instrument* instrument = core::InstrumentRegistry::standard().find(code);
    if (instrument == nullptr)
        return;
    if (m_form == nullptr || m_form->instrument().code != code) {
        if (m_form != nullptr) {
            m_formHolder->removeWidget(m_form);
            m_form->deleteLater();
        }
        m_form = new InstrumentForm(*instrument);
        m_formHolder->addWidget(m_form);
        m_formHolder->setCurrentWidget(m_form);
        connect(m_form, &InstrumentForm::saveRequested, this, &OutcomesPage::storeEntry);
        fillHistory();
    }
    std::optional<core::ScoreResult> baseline;
    for (const auto& entry : m_data.outcomes) {
        if (entry.instrumentCode != code)
            continue;
        auto result = services::scoreEntry(entry);
        if (result && result->scorable && result->score) {
            baseline = std::move(result).value();
            break;
        }
    }
    m_form->setPerson(m_data.person);
    m_form->setBaseline(baseline);
    m_form->clear(m_today.isValid() ? report::toQDate(m_today) : QDate::currentDate());
}

void OutcomesPage::fillHistory()
{
    const std::string code = m_instrument->currentData().toString().toStdString();
    const core::Instrument* instrument = core::InstrumentRegistry::standard().find(code);
    m_history->setRowCount(0);
    for (const auto& entry : m_data.outcomes) {
        if (entry.instrumentCode != code)
            continue;
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        auto* date = new QTableWidgetItem(QString::fromStdString(entry.date.toIso()));
        date->setData(Qt::UserRole, QVariant::fromValue<qint64>(entry.id.value()));
        m_history->setItem(row, 0, date);
        const auto result = services::scoreEntry(entry);
        const auto value = result ? services::headlineValue(*result) : std::nullopt;
        m_history->setItem(row, 1,
            new QTableWidgetItem(value && instrument ? QString::fromStdString(core::formatScore(*instrument, *value))
                                                     : tr("not scorable")));
        m_history->setItem(row, 2, new QTableWidgetItem(QString::fromStdString(entry.notes)));
    }
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(1);
}

void OutcomesPage::storeEntry(services::OutcomeEntry entry)
{
    if (m_patient.value() == 0)
        return;
    entry.patientId = m_patient;
    entry.person = m_data.person;
    auto stored = m_store.saveOutcome(entry);
    if (!stored) {
        Prompter::instance().showError(this, tr("Outcomes"), services::databaseErrorMessage(stored.error()));
        return;
    }
    afterChange();
}

void OutcomesPage::editSelected()
{
    const int row = m_history->currentRow();
    if (row < 0 || m_form == nullptr)
        return;
    const qint64 id = m_history->item(row, 0)->data(Qt::UserRole).toLongLong();
    for (const auto& entry : m_data.outcomes)
        if (entry.id.value() == id)
            m_form->setEntry(entry);
}

void OutcomesPage::deleteSelected()
{
    const int row = m_history->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_history->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (!Prompter::instance().confirm(this, tr("Delete measure"),
            tr("Delete the measure of %1? This cannot be undone.").arg(m_history->item(row, 0)->text()), tr("Delete")))
        return;
    const auto removed = m_store.removeOutcome(core::OutcomeId(id));
    if (!removed) {
        Prompter::instance().showError(this, tr("Outcomes"), services::databaseErrorMessage(removed.error()));
        return;
    }
    afterChange();
}

void OutcomesPage::recordQuickPain(int rating)
{
    services::OutcomeEntry entry;
    entry.instrumentCode = kPainCode;
    entry.date = m_today;
    entry.answers = { static_cast<double>(rating) };
    entry.notes = tr("Quick entry").toStdString();
    storeEntry(entry);
}

void OutcomesPage::afterChange()
{
    reload();
    emit outcomesChanged(m_patient);
}

} // namespace paceplan::gui
