// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/PainAdviceBanner.h"

#include "core/monitoring/AdviceToPlan.h"
#include "core/monitoring/PainAdvisor.h"
#include "gui/ClinicSession.h"
#include "gui/Prompter.h"
#include "services/Advice.h"
#include "services/ErrorMessages.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace paceplan::gui {

PainAdviceBanner::PainAdviceBanner(ClinicSession& session, QWidget* parent) : QFrame(parent), m_session(session)
{
    setObjectName(QStringLiteral("painAdviceBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("adviceHeadline"));
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_reasons = new QLabel(this);
    m_reasons->setObjectName(QStringLiteral("adviceReasons"));
    m_reasons->setWordWrap(true);
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("adviceApply"));
    auto* text = new QVBoxLayout;
    text->addWidget(m_headline);
    text->addWidget(m_reasons);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addLayout(text, 1);
    layout->addWidget(m_apply, 0, Qt::AlignVCenter);
    connect(m_apply, &QPushButton::clicked, this, &PainAdviceBanner::apply);
    connect(&m_session, &ClinicSession::currentPatientChanged, this, &PainAdviceBanner::refresh);
    connect(&m_session, &ClinicSession::plansChanged, this, &PainAdviceBanner::refresh);
    refresh();
}

void PainAdviceBanner::refresh()
{
    m_advice.reset();
    m_plan = {};
    hide();
    auto* clinic = m_session.clinic();
    const auto patient = m_session.currentPatient();
    if (!clinic || !patient.isValid())
        return;
    auto current = services::currentAdvice(*clinic, patient);
    if (!current || !*current)
        return;
    m_plan = (*current)->plan;
    m_activeRevision = (*current)->activeRevision;
    m_advice = std::move((*current)->advice);

    const char* colour = "#eeeeee";
    QString level = tr("Pain monitoring");
    switch (m_advice->level) {
    case core::TrafficLight::Green:
        colour = "#e3f4e1";
        level = tr("Green");
        break;
    case core::TrafficLight::Amber:
        colour = "#fff1cc";
        level = tr("Amber");
        break;
    case core::TrafficLight::Red:
        colour = "#fbdcdc";
        level = tr("Red");
        break;
    case core::TrafficLight::Flare:
        colour = "#fbdcdc";
        level = tr("Flare-up");
        break;
    case core::TrafficLight::NotEnoughData:
        level = tr("Not enough diary entries");
        break;
    }
    setStyleSheet(
        QStringLiteral("#painAdviceBanner { background: %1; border-radius: 4px; }").arg(QLatin1String(colour)));
    m_headline->setText(tr("Last 7 days \u2013 %1: %2").arg(level, QString::fromStdString(m_advice->headline)));
    QStringList reasons;
    for (const auto& reason : m_advice->reasons)
        reasons << QString::fromStdString(reason.sentence);
    m_reasons->setText(reasons.join(QLatin1Char('\n')));
    m_reasons->setVisible(!reasons.isEmpty());
    const bool actionable
        = m_advice->action == core::AdviceAction::Hold || m_advice->action == core::AdviceAction::StepBack;
    m_apply->setText(
        m_advice->action == core::AdviceAction::Hold ? tr("Hold this week's doses\u2026") : tr("Step back\u2026"));
    m_apply->setVisible(actionable);
    show();
}

bool PainAdviceBanner::apply()
{
    auto* clinic = m_session.clinic();
    if (!clinic || !m_advice || !m_plan.isValid())
        return false;
    const services::CurrentAdvice current { m_plan, m_activeRevision, *m_advice };
    auto advised = services::previewAdvice(*clinic, current);
    if (!advised) {
        Prompter::instance().showError(this, tr("Pain monitoring"), services::databaseErrorMessage(advised.error()));
        return false;
    }
    if (!*advised) {
        Prompter::instance().showInfo(this, tr("Pain monitoring"),
            tr("This advice cannot be applied to the plan: it is outside the plan's weeks."));
        return false;
    }
    QStringList changes;
    for (const auto& change : (*advised)->changes)
        changes << QStringLiteral("\u2022 ") + QString::fromStdString(change);
    if (!Prompter::instance().confirm(this, tr("Pain monitoring"),
            tr("Make a new draft revision of the plan?\n\n%1\n\nYou can check it on the Plan "
               "tab and activate it when you are happy with it.")
                .arg(changes.join(QLatin1Char('\n'))),
            tr("Make new revision")))
        return false;
    auto saved = services::applyAdvice(*clinic, current);
    if (!saved) {
        Prompter::instance().showError(this, tr("Pain monitoring"), services::databaseErrorMessage(saved.error()));
        return false;
    }
    m_session.notifyPlansChanged(saved->patientId);
    emit revisionCreated(saved->id);
    return true;
}

} // namespace paceplan::gui
