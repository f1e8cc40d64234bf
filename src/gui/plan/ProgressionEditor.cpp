// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/ProgressionEditor.h"

#include "core/plan/DoseText.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>

namespace paceplan::gui {

namespace {

/// Durations are edited in minutes; every other field in its stored unit.
double scaleOf(core::DoseField field)
{
    return field == core::DoseField::DurationSeconds ? 60.0 : 1.0;
}

QString unitOf(core::DoseField field)
{
    switch (field) {
    case core::DoseField::DurationSeconds:
        return QStringLiteral(" min");
    case core::DoseField::HoldSeconds:
    case core::DoseField::RestSeconds:
        return QStringLiteral(" s");
    case core::DoseField::DistanceMetres:
        return QStringLiteral(" m");
    case core::DoseField::LoadKg:
        return QStringLiteral(" kg");
    default:
        return {};
    }
}

QComboBox* fieldBox(QWidget* parent)
{
    auto* box = new QComboBox(parent);
    for (auto field : core::allDoseFields()) {
        QString name = QString::fromStdString(core::doseFieldName(field));
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        box->addItem(name, static_cast<int>(field));
    }
    return box;
}

QSpinBox* intBox(QWidget* parent, int low, int high, const QString& suffix = {})
{
    auto* box = new QSpinBox(parent);
    box->setRange(low, high);
    box->setSuffix(suffix);
    return box;
}

QDoubleSpinBox* realBox(QWidget* parent, double high, const QString& special = {})
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0.0, high);
    box->setDecimals(1);
    if (!special.isEmpty())
        box->setSpecialValueText(special);
    return box;
}

core::DoseField fieldOf(const QComboBox* box)
{
    return static_cast<core::DoseField>(box->currentData().toInt());
}

} // namespace

ProgressionEditor::ProgressionEditor(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("progressionKind"));
    m_kind->addItem(tr("None: keep the dose"), static_cast<int>(core::RuleKind::None));
    m_kind->addItem(tr("Linear steps"), static_cast<int>(core::RuleKind::Linear));
    m_kind->addItem(tr("Double progression"), static_cast<int>(core::RuleKind::DoubleProgression));
    m_kind->addItem(tr("Graded quota"), static_cast<int>(core::RuleKind::GradedQuota));
    m_kind->addItem(tr("Exercise ladder"), static_cast<int>(core::RuleKind::Ladder));
    top->addRow(tr("Progression"), m_kind);
    layout->addLayout(top);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(new QWidget(m_pages));
    m_pages->addWidget(linearPage());
    m_pages->addWidget(doublePage());
    m_pages->addWidget(quotaPage());
    m_pages->addWidget(ladderPage());
    layout->addWidget(m_pages);

    auto* deload = new QFormLayout;
    m_deEvery = intBox(this, 0, core::kMaxRuleWeeks, tr(" weeks"));
    m_deEvery->setSpecialValueText(tr("no easier weeks"));
    m_deEvery->setObjectName(QStringLiteral("deloadEvery"));
    m_dePercent = intBox(this, 0, core::kMaxDeloadPercent, QStringLiteral(" %"));
    deload->addRow(tr("Easier week every"), m_deEvery);
    deload->addRow(tr("Easier by"), m_dePercent);
    layout->addLayout(deload);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("progressionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("color: #2e5e8c;"));
    layout->addWidget(m_summary);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        edited(QStringLiteral("kind"));
    });
    const auto hook = [this](auto* box, const QString& part) {
        using Box = std::remove_pointer_t<decltype(box)>;
        if constexpr (std::is_same_v<Box, QComboBox>)
            connect(box, &QComboBox::currentIndexChanged, this, [this, part] { edited(part); });
        else
            connect(box, &Box::valueChanged, this, [this, part] { edited(part); });
    };
    hook(m_linField, QStringLiteral("linear field"));
    hook(m_linStepKind, QStringLiteral("linear step kind"));
    hook(m_linStep, QStringLiteral("linear step"));
    hook(m_linEvery, QStringLiteral("linear weeks"));
    hook(m_linCap, QStringLiteral("linear cap"));
    hook(m_dpLow, QStringLiteral("lowest repetitions"));
    hook(m_dpHigh, QStringLiteral("highest repetitions"));
    hook(m_dpRepStep, QStringLiteral("repetition step"));
    hook(m_dpEvery, QStringLiteral("double progression weeks"));
    hook(m_dpLoadKind, QStringLiteral("load step kind"));
    hook(m_dpLoadStep, QStringLiteral("load step"));
    hook(m_dpMaxLoad, QStringLiteral("heaviest load"));
    hook(m_qField, QStringLiteral("quota field"));
    hook(m_qBaseline, QStringLiteral("baseline"));
    hook(m_qStart, QStringLiteral("quota start"));
    hook(m_qStepKind, QStringLiteral("quota step kind"));
    hook(m_qStep, QStringLiteral("quota step"));
    hook(m_qEvery, QStringLiteral("quota weeks"));
    hook(m_qGoal, QStringLiteral("quota goal"));
    hook(m_ladEvery, QStringLiteral("ladder weeks"));
    hook(m_ladMax, QStringLiteral("ladder steps"));
    hook(m_deEvery, QStringLiteral("deload weeks"));
    hook(m_dePercent, QStringLiteral("deload percent"));
    setRule({});
}

QWidget* ProgressionEditor::linearPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_linField = fieldBox(page);
    m_linStepKind = new QComboBox(page);
    m_linStepKind->addItem(tr("by a percentage"), static_cast<int>(core::StepKind::Percent));
    m_linStepKind->addItem(tr("by a fixed amount"), static_cast<int>(core::StepKind::Absolute));
    m_linStep = realBox(page, 10000.0);
    m_linStep->setObjectName(QStringLiteral("linearStep"));
    m_linEvery = intBox(page, 1, core::kMaxRuleWeeks, tr(" week(s)"));
    m_linCap = realBox(page, 100000.0, tr("no cap"));
    form->addRow(tr("Raise"), m_linField);
    form->addRow(tr("How"), m_linStepKind);
    form->addRow(tr("Step"), m_linStep);
    form->addRow(tr("Every"), m_linEvery);
    form->addRow(tr("Up to"), m_linCap);
    connect(m_linField, &QComboBox::currentIndexChanged, this, &ProgressionEditor::updateUnits);
    connect(m_linStepKind, &QComboBox::currentIndexChanged, this, &ProgressionEditor::updateUnits);
    return page;
}

QWidget* ProgressionEditor::doublePage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_dpLow = intBox(page, 1, core::kMaxRepetitions);
    m_dpHigh = intBox(page, 1, core::kMaxRepetitions);
    m_dpRepStep = intBox(page, 1, 50);
    m_dpEvery = intBox(page, 1, core::kMaxRuleWeeks, tr(" week(s)"));
    m_dpLoadKind = new QComboBox(page);
    m_dpLoadKind->addItem(tr("kilograms (bands: next colour)"), static_cast<int>(core::StepKind::Absolute));
    m_dpLoadKind->addItem(tr("percent of the load"), static_cast<int>(core::StepKind::Percent));
    m_dpLoadStep = realBox(page, 100.0);
    m_dpLoadStep->setSingleStep(0.5);
    m_dpMaxLoad = realBox(page, core::kMaxLoadKg, tr("no limit"));
    m_dpMaxLoad->setSuffix(QStringLiteral(" kg"));
    form->addRow(tr("Repetitions from"), m_dpLow);
    form->addRow(tr("to"), m_dpHigh);
    form->addRow(tr("Add repetitions"), m_dpRepStep);
    form->addRow(tr("Every"), m_dpEvery);
    form->addRow(tr("Then raise load"), m_dpLoadKind);
    form->addRow(tr("Load step"), m_dpLoadStep);
    form->addRow(tr("Heaviest load"), m_dpMaxLoad);
    return page;
}

QWidget* ProgressionEditor::quotaPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_qField = fieldBox(page);
    m_qBaseline = realBox(page, 100000.0);
    m_qBaseline->setObjectName(QStringLiteral("quotaBaseline"));
    m_qStart = intBox(page, core::kMinQuotaStartPercent, core::kMaxQuotaStartPercent, tr(" % of baseline"));
    m_qStepKind = new QComboBox(page);
    m_qStepKind->addItem(tr("percent of the quota"), static_cast<int>(core::StepKind::Percent));
    m_qStepKind->addItem(tr("fixed amount"), static_cast<int>(core::StepKind::Absolute));
    m_qStepKind->addItem(tr("percent of the baseline"), static_cast<int>(core::StepKind::PercentOfBaseline));
    m_qStep = realBox(page, 10000.0);
    m_qEvery = intBox(page, 1, core::kMaxRuleWeeks, tr(" week(s)"));
    m_qGoal = realBox(page, 100000.0);
    form->addRow(tr("Quota of"), m_qField);
    form->addRow(tr("Tolerated baseline"), m_qBaseline);
    form->addRow(tr("Start at"), m_qStart);
    form->addRow(tr("Raise by"), m_qStepKind);
    form->addRow(tr("Step"), m_qStep);
    form->addRow(tr("Every"), m_qEvery);
    form->addRow(tr("Goal"), m_qGoal);
    connect(m_qField, &QComboBox::currentIndexChanged, this, &ProgressionEditor::updateUnits);
    connect(m_qStepKind, &QComboBox::currentIndexChanged, this, &ProgressionEditor::updateUnits);
    return page;
}

QWidget* ProgressionEditor::ladderPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_ladEvery = intBox(page, 1, core::kMaxRuleWeeks, tr(" week(s)"));
    m_ladMax = intBox(page, 0, core::kMaxLadderSteps);
    m_ladMax->setSpecialValueText(tr("as far as the ladder goes"));
    form->addRow(tr("Harder variant every"), m_ladEvery);
    form->addRow(tr("At most"), m_ladMax);
    return page;
}

void ProgressionEditor::updateUnits()
{
    const auto linField = fieldOf(m_linField);
    const bool linPercent = m_linStepKind->currentData().toInt() == static_cast<int>(core::StepKind::Percent);
    m_linStep->setSuffix(linPercent ? QStringLiteral(" %") : unitOf(linField));
    m_linCap->setSuffix(unitOf(linField));
    const auto qField = fieldOf(m_qField);
    m_qBaseline->setSuffix(unitOf(qField));
    m_qGoal->setSuffix(unitOf(qField));
    const bool qFixed = m_qStepKind->currentData().toInt() == static_cast<int>(core::StepKind::Absolute);
    m_qStep->setSuffix(qFixed ? unitOf(qField) : QStringLiteral(" %"));
}

void ProgressionEditor::setRule(const core::ProgressionRule& rule)
{
    m_loading = true;
    m_kind->setCurrentIndex(static_cast<int>(rule.kind()));
    m_pages->setCurrentIndex(static_cast<int>(rule.kind()));
    const core::LinearRule linear = std::holds_alternative<core::LinearRule>(rule.rule)
        ? std::get<core::LinearRule>(rule.rule)
        : core::LinearRule {};
    m_linField->setCurrentIndex(m_linField->findData(static_cast<int>(linear.field)));
    m_linStepKind->setCurrentIndex(m_linStepKind->findData(static_cast<int>(linear.stepKind)));
    const double linScale = linear.stepKind == core::StepKind::Percent ? 1.0 : scaleOf(linear.field);
    m_linStep->setValue(linear.step / linScale);
    m_linEvery->setValue(linear.everyWeeks);
    m_linCap->setValue(linear.cap.value_or(0.0) / scaleOf(linear.field));
    const auto dp = std::holds_alternative<core::DoubleProgressionRule>(rule.rule)
        ? std::get<core::DoubleProgressionRule>(rule.rule)
        : core::DoubleProgressionRule {};
    m_dpLow->setValue(dp.repsLow);
    m_dpHigh->setValue(dp.repsHigh);
    m_dpRepStep->setValue(dp.repStep);
    m_dpEvery->setValue(dp.everyWeeks);
    m_dpLoadKind->setCurrentIndex(m_dpLoadKind->findData(static_cast<int>(dp.loadStepKind)));
    m_dpLoadStep->setValue(dp.loadStep);
    m_dpMaxLoad->setValue(dp.maxLoadKg.value_or(0.0));
    const auto quota = std::holds_alternative<core::GradedQuotaRule>(rule.rule)
        ? std::get<core::GradedQuotaRule>(rule.rule)
        : core::GradedQuotaRule {};
    m_qField->setCurrentIndex(m_qField->findData(static_cast<int>(quota.field)));
    m_qBaseline->setValue(quota.baseline / scaleOf(quota.field));
    m_qStart->setValue(quota.startPercent);
    m_qStepKind->setCurrentIndex(m_qStepKind->findData(static_cast<int>(quota.stepKind)));
    m_qStep->setValue(quota.stepKind == core::StepKind::Absolute ? quota.step / scaleOf(quota.field) : quota.step);
    m_qEvery->setValue(quota.everyWeeks);
    m_qGoal->setValue(quota.goal / scaleOf(quota.field));
    const auto ladder = std::holds_alternative<core::LadderRule>(rule.rule) ? std::get<core::LadderRule>(rule.rule)
                                                                            : core::LadderRule {};
    m_ladEvery->setValue(ladder.everyWeeks);
    m_ladMax->setValue(ladder.maxSteps);
    m_deEvery->setValue(rule.deload.everyWeeks);
    m_dePercent->setValue(rule.deload.reducePercent);
    updateUnits();
    m_summary->setText(QString::fromStdString(core::describeProgression(rule)));
    m_loading = false;
}

core::ProgressionRule ProgressionEditor::rule() const
{
    core::ProgressionRule rule;
    switch (static_cast<core::RuleKind>(m_kind->currentData().toInt())) {
    case core::RuleKind::None:
        break;
    case core::RuleKind::Linear: {
        core::LinearRule linear;
        linear.field = fieldOf(m_linField);
        linear.stepKind = static_cast<core::StepKind>(m_linStepKind->currentData().toInt());
        const double scale = scaleOf(linear.field);
        linear.step = m_linStep->value() * (linear.stepKind == core::StepKind::Percent ? 1.0 : scale);
        linear.everyWeeks = m_linEvery->value();
        if (m_linCap->value() > 0.0)
            linear.cap = m_linCap->value() * scale;
        rule.rule = linear;
        break;
    }
    case core::RuleKind::DoubleProgression: {
        core::DoubleProgressionRule dp;
        dp.repsLow = m_dpLow->value();
        dp.repsHigh = std::max(m_dpHigh->value(), dp.repsLow);
        dp.repStep = m_dpRepStep->value();
        dp.everyWeeks = m_dpEvery->value();
        dp.loadStepKind = static_cast<core::StepKind>(m_dpLoadKind->currentData().toInt());
        dp.loadStep = m_dpLoadStep->value();
        if (m_dpMaxLoad->value() > 0.0)
            dp.maxLoadKg = m_dpMaxLoad->value();
        rule.rule = dp;
        break;
    }
    case core::RuleKind::GradedQuota: {
        core::GradedQuotaRule quota;
        quota.field = fieldOf(m_qField);
        const double scale = scaleOf(quota.field);
        quota.baseline = std::round(m_qBaseline->value() * scale);
        quota.startPercent = m_qStart->value();
        quota.stepKind = static_cast<core::StepKind>(m_qStepKind->currentData().toInt());
        quota.step = m_qStep->value() * (quota.stepKind == core::StepKind::Absolute ? scale : 1.0);
        quota.everyWeeks = m_qEvery->value();
        quota.goal = std::round(m_qGoal->value() * scale);
        rule.rule = quota;
        break;
    }
    case core::RuleKind::Ladder:
        rule.rule = core::LadderRule { m_ladEvery->value(), m_ladMax->value() };
        break;
    }
    rule.deload.everyWeeks = m_deEvery->value() == 1 ? 2 : m_deEvery->value();
    rule.deload.reducePercent = m_dePercent->value();
    return rule;
}

void ProgressionEditor::edited(const QString& part)
{
    if (m_loading)
        return;
    const core::ProgressionRule current = rule();
    m_summary->setText(QString::fromStdString(core::describeProgression(current)));
    emit ruleEdited(current, part);
}

} // namespace paceplan::gui
