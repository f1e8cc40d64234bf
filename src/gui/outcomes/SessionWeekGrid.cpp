// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/outcomes/SessionWeekGrid.h"

#include "gui/Prompter.h"
#include "gui/outcomes/SessionWeekModel.h"
#include "report/QtDate.h"
#include "services/ErrorMessages.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace paceplan::gui {

SessionWeekGrid::SessionWeekGrid(services::OutcomeStore& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    m_model = new SessionWeekModel(this);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* previous = new QPushButton(tr("◀ &Previous week"));
    auto* next = new QPushButton(tr("Ne&xt week ▶"));
    m_week = new QLabel;
    m_week->setObjectName(QStringLiteral("weekLabel"));
    top->addWidget(previous);
    top->addWidget(m_week, 1, Qt::AlignCenter);
    top->addWidget(next);
    layout->addLayout(top);

    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
        | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setTabKeyNavigation(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SessionWeekModel::NotesColumn, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Session diary for the week"));
    layout->addWidget(m_view, 1);

    auto* hint = new QLabel(tr("Type in a cell and press Tab. Done?: d = done, p = partly, s = skipped. "
                               "Pain and effort 0–10. • marks a planned session day."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* bottom = new QHBoxLayout;
    m_status = new QLabel;
    m_save = new QPushButton(tr("&Save week"));
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_save);
    layout->addLayout(bottom);

    connect(previous, &QPushButton::clicked, this,
        [this] { showWeekOf(m_model->weekStart().addDays(-SessionWeekModel::kDays)); });
    connect(next, &QPushButton::clicked, this,
        [this] { showWeekOf(m_model->weekStart().addDays(SessionWeekModel::kDays)); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
}

void SessionWeekGrid::setPatientData(
    const services::PatientOutcomeData& patientData, core::PatientId patient, const core::Date& day)
{
    m_data = patientData;
    m_patient = patient;
    showWeekOf(day);
}

void SessionWeekGrid::showWeekOf(const core::Date& day)
{
    if (!day.isValid())
        return;
    const core::Date monday = day.addDays(-day.weekdayIndex());
    core::SessionLog templateLog;
    templateLog.patientId = m_patient;
    templateLog.planId = m_data.planId;
    templateLog.revisionNumber = m_data.revisionNumber;
    m_model->setWeek(monday, m_data.logs, m_data.scheduled, templateLog);
    const QDate start = report::toQDate(monday);
    m_week->setText(tr("Week of %1").arg(QLocale().toString(start, QStringLiteral("d MMMM yyyy"))));
    m_status->clear();
    m_view->setCurrentIndex(m_model->index(0, SessionWeekModel::StatusColumn));
}

int SessionWeekGrid::save()
{
    int stored = 0;
    for (const auto& log : m_model->changedLogs()) {
        auto result = m_store.saveSessionLog(log);
        if (!result) {
            Prompter::instance().showError(this, tr("Session diary"), services::databaseErrorMessage(result.error()));
            return -1;
        }
        m_model->markStored(*result);
        const auto same = std::find_if(m_data.logs.begin(), m_data.logs.end(),
            [&](const core::SessionLog& existing) { return existing.id == result->id; });
        if (same != m_data.logs.end())
            *same = *result;
        else
            m_data.logs.push_back(*result);
        ++stored;
    }
    m_status->setText(stored == 0 ? tr("Nothing to save.") : tr("%n day(s) saved.", nullptr, stored));
    if (stored > 0)
        emit logsSaved();
    return stored;
}

} // namespace paceplan::gui
