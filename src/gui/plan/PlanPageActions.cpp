// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The actions of PlanPage: new plans, opening, adding exercises, saving and activating.
#include "gui/plan/PlanPage.h"

#include "core/library/ExerciseCatalog.h"
#include "core/plan/TemplatePersonalization.h"
#include "gui/ClinicSession.h"
#include "gui/Prompter.h"
#include "gui/plan/AddPlanItem.h"
#include "gui/plan/ChangeDayType.h"
#include "gui/plan/PlanDocument.h"
#include "gui/plan/PlanListModel.h"
#include "gui/plan/RemovePlanItem.h"
#include "gui/plan/RevisionsPanel.h"
#include "gui/plan/ScreeningDialog.h"
#include "services/ErrorMessages.h"
#include "services/Plans.h"

#include <QMenu>
#include <QToolButton>
#include <QUndoStack>

namespace paceplan::gui {

core::PatientContext PlanPage::contextFor(const core::Date& start) const
{
    auto patient = m_session.patient(m_session.currentPatient());
    if (!patient)
        return {};
    return core::PatientContext::fromPatient(*patient, start.isValid() ? start : m_session.today());
}

void PlanPage::buildTemplateMenu()
{
    auto* menu = new QMenu(m_newPlan);
    menu->addAction(tr("Blank plan"), this, [this] { newBlankPlan(); });
    menu->addSeparator();
    std::vector<storage::PlanTemplate> templates;
    if (auto* clinic = m_session.clinic()) {
        if (auto listed = services::listTemplates(*clinic))
            templates = std::move(listed).value();
    }
    if (templates.empty()) {
        menu->addAction(tr("No templates yet"))->setEnabled(false);
    }
    for (const auto& planTemplate : templates) {
        const QString code = QString::fromStdString(planTemplate.code);
        auto* action = menu->addAction(tr("From template: %1").arg(QString::fromStdString(planTemplate.name)), this,
            [this, code] { newPlanFromTemplate(code); });
        action->setToolTip(QString::fromStdString(planTemplate.description));
    }
    delete m_newPlan->menu();
    m_newPlan->setMenu(menu);
}

bool PlanPage::newBlankPlan()
{
    auto* clinic = m_session.clinic();
    if (!clinic || !m_session.currentPatient().isValid() || !maybeSave())
        return false;
    auto created = services::createBlankPlan(*clinic, m_session.currentPatient(), tr("Exercise plan").toStdString());
    if (!created) {
        Prompter::instance().showError(this, tr("New plan"), services::databaseErrorMessage(created.error()));
        return false;
    }
    m_session.notifyPlansChanged(m_session.currentPatient());
    return openPlan(created->id);
}

bool PlanPage::newPlanFromTemplate(const QString& templateCode)
{
    auto* clinic = m_session.clinic();
    if (!clinic || !m_session.currentPatient().isValid() || !maybeSave())
        return false;
    services::PlanFromTemplate request;
    request.patient = m_session.currentPatient();
    request.templateCode = templateCode.toStdString();
    auto created = services::createPlanFromTemplate(*clinic, request);
    if (!created) {
        Prompter::instance().showError(this, tr("New plan"), services::databaseErrorMessage(created.error()));
        return false;
    }
    m_session.notifyPlansChanged(m_session.currentPatient());
    return openPlan(created->plan.id);
}

bool PlanPage::openPlan(core::PlanId plan)
{
    auto* clinic = m_session.clinic();
    if (!clinic)
        return false;
    if (plan != m_planId && !maybeSave())
        return false;
    auto latest = services::latestRevision(*clinic, plan);
    auto summary = services::planSummary(*clinic, plan);
    if (!latest || !summary) {
        Prompter::instance().showError(
            this, tr("Open plan"), services::databaseErrorMessage(latest ? summary.error() : latest.error()));
        return false;
    }
    m_planId = plan;
    m_document->load(*latest, summary->latest, contextFor(latest->startDate));
    m_revisions->setPlan(plan);
    reloadPlans();
    updateHeader();
    return true;
}

bool PlanPage::addExercise(const QString& exerciseId, int weekday)
{
    if (!m_planId.isValid() || weekday < 0 || weekday >= core::kDaysPerWeek)
        return false;
    const auto* exercise = m_document->catalog().find(exerciseId.toStdString());
    if (!exercise)
        return false;
    core::PlanItem item;
    item.key = m_document->newItemKey();
    item.exerciseId = exercise->id;
    item.dose = exercise->startDose;
    if (exercise->category == core::ExerciseCategory::Aerobic) {
        item.intensity.kind
            = core::IntensityKind::TalkTest; // Works for everyone, beta-blockers included (REFERENCE §3.5).
        item.intensity.talkTest = core::TalkTestLevel::CanTalk;
    }
    const RestDayAnswer answer = askAboutRestDay(this, *m_document, weekday, exercise->id);
    if (answer == RestDayAnswer::Cancel)
        return false;
    auto* stack = m_document->undoStack();
    const QString name = QString::fromStdString(exercise->name);
    stack->beginMacro(tr("add %1").arg(name));
    if (answer == RestDayAnswer::MakeTrainingDay)
        stack->push(new ChangeDayType(*m_document, weekday, trainingDayTypeFor(*m_document, exercise->id)));
    stack->push(new AddPlanItem(*m_document, weekday, item, name));
    stack->endMacro();
    return true;
}

void PlanPage::removeSelected()
{
    const std::string key = m_document->selectedItem();
    const auto* item = m_document->plan().findItem(key);
    if (!item)
        return;
    m_document->undoStack()->push(new RemovePlanItem(
        *m_document, key, QString::fromStdString(core::exerciseName(m_document->catalog(), item->exerciseId))));
}

bool PlanPage::save()
{
    auto* clinic = m_session.clinic();
    if (!m_planId.isValid() || !clinic)
        return false;
    if (!m_document->isModified())
        return true;
    auto stored = services::savePlan(*clinic, m_document->plan());
    if (!stored) {
        Prompter::instance().showError(this, tr("Save plan"), services::databaseErrorMessage(stored.error()));
        return false;
    }
    auto summary = services::planSummary(*clinic, m_planId);
    m_document->markSaved(*stored, summary ? std::optional<storage::RevisionInfo>(summary->latest) : std::nullopt);
    m_revisions->setPlan(m_planId);
    m_session.notifyPlansChanged(m_session.currentPatient());
    updateHeader();
    return true;
}

bool PlanPage::maybeSave()
{
    if (!m_planId.isValid() || !m_document->isModified())
        return true;
    if (Prompter::instance().confirm(this, tr("Unsaved plan"),
            tr("The plan “%1” has changes that are not saved. Save them now?")
                .arg(QString::fromStdString(m_document->plan().title)),
            tr("Save")))
        return save();
    m_document->undoStack()->setClean();
    return true;
}

bool PlanPage::activate()
{
    if (!m_planId.isValid() || !save())
        return false;
    const auto& info = m_document->revisionInfo();
    if (!info || info->state != storage::RevisionState::Draft) {
        Prompter::instance().showInfo(this, tr("Activate plan"),
            tr("This revision is already active. Edit the plan and save to make a new revision."));
        return false;
    }
    ScreeningDialog dialog(m_session.today(), this);
    if (auto earlier = services::activeScreening(*m_session.clinic(), m_planId))
        dialog.setScreening(*earlier);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return activateWith(dialog.screening());
}

bool PlanPage::activateWith(const core::PreExerciseScreening& screening)
{
    if (!m_planId.isValid() || !m_document->revisionInfo())
        return false;
    const auto decision = core::assessActivation(screening);
    if (decision.blocked) {
        QStringList reasons;
        for (const auto& reason : decision.reasons)
            reasons << QString::fromStdString(reason.message);
        Prompter::instance().showError(this, tr("Activation blocked"),
            (decision.overrideAllowed
                    ? tr("The screening blocks activation. Resolve it or give a written override reason.")
                    : tr("The screening blocks activation and cannot be overridden."))
                + QStringLiteral("\n\n") + reasons.join(QLatin1Char('\n')));
        return false;
    }
    const int revision = m_document->revisionInfo()->revision;
    QString question
        = tr("Make revision %1 the active plan? It is locked from then on: later edits make a new revision.")
              .arg(revision);
    if (auto warnings = services::activationWarnings(*m_session.clinic(), m_planId, revision);
        warnings && !warnings->empty()) {
        QStringList lines;
        for (const auto& warning : *warnings)
            lines << QStringLiteral("\u2022 ") + QString::fromStdString(warning);
        question = tr("Please check before you activate:") + QStringLiteral("\n") + lines.join(QLatin1Char('\n'))
            + QStringLiteral("\n\n") + question;
    }
    if (!Prompter::instance().confirm(this, tr("Activate plan"), question, tr("Activate")))
        return false;
    if (auto activated = services::activatePlan(*m_session.clinic(), m_planId, revision, screening); !activated) {
        Prompter::instance().showError(this, tr("Activate plan"), services::databaseErrorMessage(activated.error()));
        return false;
    }
    const core::PlanId plan = m_planId;
    m_planId = {};
    openPlan(plan);
    m_session.notifyPlansChanged(m_session.currentPatient());
    return true;
}

} // namespace paceplan::gui
