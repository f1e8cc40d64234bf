// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/PlanDetailsEditor.h"

#include "gui/plan/ChangePlanDetails.h"
#include "gui/plan/PlanDetails.h"
#include "gui/plan/PlanDocument.h"
#include "report/QtDate.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace paceplan::gui {

PlanDetailsEditor::PlanDetailsEditor(PlanDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    auto* layout = new QHBoxLayout(this);
    auto* form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("planTitle"));
    m_goals = new QPlainTextEdit(this);
    m_goals->setObjectName(QStringLiteral("planGoals"));
    m_goals->setPlaceholderText(tr("In the patient's own words, e.g. “walk to the shops and back without stopping”"));
    m_goals->setMaximumHeight(60);
    m_start = new QDateEdit(this);
    m_start->setObjectName(QStringLiteral("planStart"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_length = new QSpinBox(this);
    m_length->setObjectName(QStringLiteral("planLength"));
    m_length->setRange(core::kMinPlanWeeks, core::kMaxPlanWeeks);
    m_length->setSuffix(tr(" weeks"));
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Goals"), m_goals);
    form->addRow(tr("Starts"), m_start);
    form->addRow(tr("Length"), m_length);
    layout->addLayout(form, 3);

    auto* phaseBox = new QVBoxLayout;
    phaseBox->addWidget(new QLabel(tr("Phases"), this));
    m_phases = new QTableWidget(0, 3, this);
    m_phases->setObjectName(QStringLiteral("planPhases"));
    m_phases->setHorizontalHeaderLabels({ tr("From week"), tr("To week"), tr("Label") });
    m_phases->horizontalHeader()->setStretchLastSection(true);
    m_phases->verticalHeader()->hide();
    phaseBox->addWidget(m_phases, 1);
    auto* phaseButtons = new QHBoxLayout;
    auto* addPhase = new QPushButton(tr("Add phase"), this);
    auto* removePhase = new QPushButton(tr("Remove"), this);
    phaseButtons->addWidget(addPhase);
    phaseButtons->addWidget(removePhase);
    phaseButtons->addStretch(1);
    phaseBox->addLayout(phaseButtons);
    layout->addLayout(phaseBox, 3);

    auto* topicBox = new QVBoxLayout;
    topicBox->addWidget(new QLabel(tr("Education topics (tick to attach)"), this));
    m_topics = new QListWidget(this);
    m_topics->setObjectName(QStringLiteral("planTopics"));
    topicBox->addWidget(m_topics, 1);
    layout->addLayout(topicBox, 2);

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& text) {
        auto details = PlanDetails::of(m_document.plan());
        details.title = text.toStdString();
        push(details, tr("title"));
    });
    connect(m_goals, &QPlainTextEdit::textChanged, this, [this] {
        auto details = PlanDetails::of(m_document.plan());
        details.goals = m_goals->toPlainText().toStdString();
        push(details, tr("goals"));
    });
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        auto details = PlanDetails::of(m_document.plan());
        details.startDate = report::fromQDate(date);
        push(details, tr("start date"));
    });
    connect(m_length, &QSpinBox::valueChanged, this, [this](int weeks) {
        auto details = PlanDetails::of(m_document.plan());
        details.lengthWeeks = weeks;
        push(details, tr("length"));
    });
    connect(m_phases, &QTableWidget::itemChanged, this, &PlanDetailsEditor::pushPhases);
    connect(addPhase, &QPushButton::clicked, this, [this] {
        auto details = PlanDetails::of(m_document.plan());
        const int first
            = details.phases.empty() ? 1 : std::min(details.lengthWeeks, details.phases.back().lastWeek + 1);
        details.phases.push_back({ first, details.lengthWeeks, tr("New phase").toStdString() });
        push(details, tr("phases (add)"));
    });
    connect(removePhase, &QPushButton::clicked, this, [this] {
        const int row = m_phases->currentRow();
        auto details = PlanDetails::of(m_document.plan());
        if (row < 0 || row >= static_cast<int>(details.phases.size()))
            return;
        details.phases.erase(details.phases.begin() + row);
        push(details, tr("phases (remove)"));
    });
    connect(m_topics, &QListWidget::itemChanged, this, [this] {
        if (m_loading)
            return;
        auto details = PlanDetails::of(m_document.plan());
        details.educationTopicIds.clear();
        for (int row = 0; row < m_topics->count(); ++row) {
            if (m_topics->item(row)->checkState() == Qt::Checked)
                details.educationTopicIds.push_back(m_topics->item(row)->data(Qt::UserRole).toString().toStdString());
        }
        push(details, tr("education topics"));
    });
    connect(&m_document, &PlanDocument::changed, this, &PlanDetailsEditor::load);
    load();
}

void PlanDetailsEditor::setTopics(const std::vector<core::EducationTopic>& topics)
{
    m_loading = true;
    m_topics->clear();
    for (const auto& topic : topics) {
        auto* row = new QListWidgetItem(QString::fromStdString(topic.title), m_topics);
        row->setData(Qt::UserRole, QString::fromStdString(topic.id));
        row->setToolTip(QString::fromStdString(topic.summary));
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        row->setCheckState(Qt::Unchecked);
    }
    m_loading = false;
    load();
}

void PlanDetailsEditor::push(PlanDetails details, const QString& part)
{
    if (m_loading || details == PlanDetails::of(m_document.plan()))
        return;
    m_document.undoStack()->push(new ChangePlanDetails(m_document, std::move(details), part));
}

void PlanDetailsEditor::pushPhases()
{
    if (m_loading)
        return;
    auto details = PlanDetails::of(m_document.plan());
    details.phases.clear();
    for (int row = 0; row < m_phases->rowCount(); ++row) {
        core::PlanPhase phase;
        phase.firstWeek = std::clamp(m_phases->item(row, 0)->text().toInt(), 1, details.lengthWeeks);
        phase.lastWeek = std::clamp(m_phases->item(row, 1)->text().toInt(), phase.firstWeek, details.lengthWeeks);
        phase.label = m_phases->item(row, 2)->text().toStdString();
        details.phases.push_back(phase);
    }
    push(details, tr("phases"));
}

void PlanDetailsEditor::load()
{
    m_loading = true;
    const auto& plan = m_document.plan();
    if (m_title->text().toStdString() != plan.title)
        m_title->setText(QString::fromStdString(plan.title));
    if (m_goals->toPlainText().toStdString() != plan.goals)
        m_goals->setPlainText(QString::fromStdString(plan.goals));
    if (plan.startDate.isValid())
        m_start->setDate(report::toQDate(plan.startDate));
    m_length->setValue(plan.lengthWeeks);
    m_phases->setRowCount(static_cast<int>(plan.phases.size()));
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        const int row = static_cast<int>(i);
        m_phases->setItem(row, 0, new QTableWidgetItem(QString::number(plan.phases[i].firstWeek)));
        m_phases->setItem(row, 1, new QTableWidgetItem(QString::number(plan.phases[i].lastWeek)));
        m_phases->setItem(row, 2, new QTableWidgetItem(QString::fromStdString(plan.phases[i].label)));
    }
    for (int row = 0; row < m_topics->count(); ++row) {
        const auto id = m_topics->item(row)->data(Qt::UserRole).toString().toStdString();
        const bool attached = std::find(plan.educationTopicIds.begin(), plan.educationTopicIds.end(), id)
            != plan.educationTopicIds.end();
        m_topics->item(row)->setCheckState(attached ? Qt::Checked : Qt::Unchecked);
    }
    m_loading = false;
}

} // namespace paceplan::gui
