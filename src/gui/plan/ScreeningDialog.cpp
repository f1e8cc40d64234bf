// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/ScreeningDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <optional>

namespace paceplan::gui {

QString parqQuestionLabel(int question)
{
    // Construct labels only: the questionnaire's own wording is not reproduced.
    switch (question) {
    case 1:
        return ScreeningDialog::tr("Heart condition or high blood pressure");
    case 2:
        return ScreeningDialog::tr("Chest pain (rest, daily life or activity)");
    case 3:
        return ScreeningDialog::tr("Dizziness or loss of consciousness");
    case 4:
        return ScreeningDialog::tr("Other diagnosed long-term condition");
    case 5:
        return ScreeningDialog::tr("Prescribed medicines for a long-term condition");
    case 6:
        return ScreeningDialog::tr("Bone, joint or soft-tissue problem made worse by activity");
    case 7:
        return ScreeningDialog::tr("Told to exercise only under medical supervision");
    default:
        return {};
    }
}

ScreeningDialog::ScreeningDialog(const core::Date& today, QWidget* parent) : QDialog(parent), m_today(today)
{
    setWindowTitle(tr("Screening before activation"));
    setObjectName(QStringLiteral("screeningDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro
        = new QLabel(tr("Record the PAR-Q+ answers (by question number) and any red flags. An unanswered question, "
                        "an unresolved “yes” or a red flag blocks activation."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* parqBox = new QGroupBox(tr("PAR-Q+ general questions"), this);
    auto* grid = new QGridLayout(parqBox);
    for (int q = 1; q <= core::kParqQuestionCount; ++q) {
        const auto index = static_cast<std::size_t>(q - 1);
        grid->addWidget(new QLabel(tr("%1. %2").arg(q).arg(parqQuestionLabel(q)), parqBox), q - 1, 0);
        auto* answer = new QComboBox(parqBox);
        answer->setObjectName(QStringLiteral("parq%1").arg(q));
        answer->addItem(tr("Not answered"), static_cast<int>(core::ParqAnswer::Unanswered));
        answer->addItem(tr("No"), static_cast<int>(core::ParqAnswer::No));
        answer->addItem(tr("Yes"), static_cast<int>(core::ParqAnswer::Yes));
        auto* resolution = new QComboBox(parqBox);
        resolution->setObjectName(QStringLiteral("parqResolution%1").arg(q));
        resolution->addItem(tr("Not resolved"), static_cast<int>(core::ParqResolution::None));
        resolution->addItem(tr("Follow-ups all no"), static_cast<int>(core::ParqResolution::FollowUpsAllNo));
        resolution->addItem(tr("Medical clearance"), static_cast<int>(core::ParqResolution::MedicalClearance));
        resolution->setEnabled(false);
        grid->addWidget(answer, q - 1, 1);
        grid->addWidget(resolution, q - 1, 2);
        m_answers[index] = answer;
        m_resolutions[index] = resolution;
        connect(answer, &QComboBox::currentIndexChanged, this, &ScreeningDialog::update);
        connect(resolution, &QComboBox::currentIndexChanged, this, &ScreeningDialog::update);
    }
    layout->addWidget(parqBox);

    auto* flagBox = new QGroupBox(tr("Red flags present"), this);
    auto* flagGrid = new QVBoxLayout(flagBox);
    std::optional<core::RedFlagGroup> group;
    for (auto flag : core::allRedFlags()) {
        if (group != core::redFlagGroup(flag)) {
            group = core::redFlagGroup(flag);
            QString name = QString::fromUtf8(core::redFlagGroupName(*group));
            if (!name.isEmpty())
                name[0] = name[0].toUpper();
            auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped()), flagBox);
            flagGrid->addWidget(heading);
        }
        auto* box = new QCheckBox(QString::fromUtf8(core::redFlagDescription(flag)), flagBox);
        box->setObjectName(QStringLiteral("redFlag-%1").arg(QString::fromLatin1(core::redFlagCode(flag))));
        box->setToolTip(tr("Suggests %1").arg(QString::fromUtf8(core::redFlagGroupName(core::redFlagGroup(flag)))));
        flagGrid->addWidget(box);
        m_flags[flag] = box;
        connect(box, &QCheckBox::toggled, this, &ScreeningDialog::update);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(flagBox);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumHeight(180);
    layout->addWidget(scroll, 1);

    m_decision = new QLabel(this);
    m_decision->setObjectName(QStringLiteral("screeningDecision"));
    m_decision->setWordWrap(true);
    layout->addWidget(m_decision);
    m_override = new QPlainTextEdit(this);
    m_override->setObjectName(QStringLiteral("overrideReason"));
    m_override->setPlaceholderText(tr("To activate anyway, write why it is safe to go ahead (stored and audited)."));
    m_override->setMaximumHeight(70);
    layout->addWidget(m_override);
    connect(m_override, &QPlainTextEdit::textChanged, this, &ScreeningDialog::update);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_activate = buttons->addButton(tr("Activate plan"), QDialogButtonBox::AcceptRole);
    m_activate->setObjectName(QStringLiteral("activateButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 640);
    update();
}

void ScreeningDialog::setScreening(const core::PreExerciseScreening& screening)
{
    for (int q = 1; q <= core::kParqQuestionCount; ++q) {
        const auto index = static_cast<std::size_t>(q - 1);
        const auto found = screening.parq.find(q);
        const core::ParqEntry entry = found == screening.parq.end() ? core::ParqEntry {} : found->second;
        m_answers[index]->setCurrentIndex(m_answers[index]->findData(static_cast<int>(entry.answer)));
        m_resolutions[index]->setCurrentIndex(m_resolutions[index]->findData(static_cast<int>(entry.resolution)));
    }
    for (auto& [flag, box] : m_flags)
        box->setChecked(
            std::find(screening.redFlags.begin(), screening.redFlags.end(), flag) != screening.redFlags.end());
    update();
}

void ScreeningDialog::setAnswer(int question, core::ParqAnswer answer)
{
    auto* box = m_answers.at(static_cast<std::size_t>(question - 1));
    box->setCurrentIndex(box->findData(static_cast<int>(answer)));
}

void ScreeningDialog::setRedFlag(core::RedFlag flag, bool present)
{
    m_flags.at(flag)->setChecked(present);
}

void ScreeningDialog::setOverrideReason(const QString& reason)
{
    m_override->setPlainText(reason);
}

core::PreExerciseScreening ScreeningDialog::screening() const
{
    core::PreExerciseScreening screening;
    screening.screenedOn = m_today;
    for (int q = 1; q <= core::kParqQuestionCount; ++q) {
        const auto index = static_cast<std::size_t>(q - 1);
        core::ParqEntry entry;
        entry.answer = static_cast<core::ParqAnswer>(m_answers[index]->currentData().toInt());
        if (entry.answer == core::ParqAnswer::Yes)
            entry.resolution = static_cast<core::ParqResolution>(m_resolutions[index]->currentData().toInt());
        if (entry.answer != core::ParqAnswer::Unanswered)
            screening.parq[q] = entry;
    }
    for (const auto& [flag, box] : m_flags) {
        if (box->isChecked())
            screening.redFlags.push_back(flag);
    }
    const QString reason = m_override->toPlainText().trimmed();
    if (core::assessActivation(screening).blocked && !reason.isEmpty()) {
        if (auto overridden = core::withOverride(screening, reason.toStdString()))
            return *overridden;
    }
    return screening;
}

core::ActivationDecision ScreeningDialog::decision() const
{
    return core::assessActivation(screening());
}

void ScreeningDialog::update()
{
    for (std::size_t i = 0; i < m_answers.size(); ++i)
        m_resolutions[i]->setEnabled(m_answers[i]->currentData().toInt() == static_cast<int>(core::ParqAnswer::Yes));
    core::PreExerciseScreening plain = screening();
    plain.overrideReason.clear();
    const auto before = core::assessActivation(plain);
    const auto after = decision();
    QStringList reasons;
    for (const auto& reason : before.reasons)
        reasons << QStringLiteral("• ") + QString::fromStdString(reason.message);
    if (before.reasons.empty()) {
        m_decision->setText(tr("<b style='color:#2e7d32'>Screening clear.</b> The plan can be activated."));
    } else if (!before.overrideAllowed) {
        m_decision->setText(tr("<b style='color:#b71c1c'>Activation blocked; this cannot be overridden.</b><br>%1")
                                .arg(reasons.join(QStringLiteral("<br>"))));
    } else {
        m_decision->setText(
            tr("<b style='color:#b26a00'>Activation blocked.</b> Resolve these or write an override reason:<br>%1")
                .arg(reasons.join(QStringLiteral("<br>"))));
    }
    m_override->setEnabled(!before.reasons.empty() && before.overrideAllowed);
    m_activate->setEnabled(!after.blocked);
}

} // namespace paceplan::gui
