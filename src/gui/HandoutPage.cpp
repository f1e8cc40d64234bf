// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/HandoutPage.h"

#include "gui/ClinicSession.h"
#include "gui/ErrorMessages.h"
#include "gui/HandoutLoader.h"
#include "gui/Prompter.h"
#include "report/HandoutAssembler.h"
#include "report/QtDate.h"
#include "storage/PlanRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace paceplan::gui {

HandoutPage::HandoutPage(ClinicSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("handoutPage"));
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("handoutPlan"));
    m_plan->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_plan->setMinimumContentsLength(30);

    auto* weeksBox = new QGroupBox(tr("Weeks to print"), this);
    m_thisWeek = new QRadioButton(tr("This week"), weeksBox);
    m_nextWeeks = new QRadioButton(tr("Several weeks from this one:"), weeksBox);
    m_wholePlan = new QRadioButton(tr("The whole plan"), weeksBox);
    m_weekCount = new QSpinBox(weeksBox);
    m_weekCount->setRange(1, 52);
    m_weekCount->setSuffix(tr(" weeks"));
    auto* nextRow = new QHBoxLayout;
    nextRow->addWidget(m_nextWeeks);
    nextRow->addWidget(m_weekCount);
    nextRow->addStretch(1);
    auto* weeksLayout = new QVBoxLayout(weeksBox);
    weeksLayout->addWidget(m_thisWeek);
    weeksLayout->addLayout(nextRow);
    weeksLayout->addWidget(m_wholePlan);

    auto* contentBox = new QGroupBox(tr("What to include"), this);
    m_pictures = new QCheckBox(tr("Pictures of the exercises"), contentBox);
    m_diary = new QCheckBox(tr("Home diary pages"), contentBox);
    m_education = new QCheckBox(tr("Education topics attached to the plan"), contentBox);
    m_tips = new QCheckBox(tr("Everyday tips"), contentBox);
    auto* contentLayout = new QVBoxLayout(contentBox);
    for (auto* box : { m_pictures, m_diary, m_education, m_tips })
        contentLayout->addWidget(box);

    auto* layoutBox = new QGroupBox(tr("Print"), this);
    m_largePrint = new QCheckBox(tr("Large print (16 point text)"), layoutBox);
    m_largePrint->setObjectName(QStringLiteral("handoutLargePrint"));
    m_paper = new QComboBox(layoutBox);
    m_paper->addItem(tr("A4"), static_cast<int>(report::HandoutPaper::A4));
    m_paper->addItem(tr("Letter"), static_cast<int>(report::HandoutPaper::Letter));
    auto* layoutForm = new QFormLayout(layoutBox);
    layoutForm->addRow(m_largePrint);
    layoutForm->addRow(tr("Paper:"), m_paper);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("handoutStatus"));
    m_status->setWordWrap(true);
    m_previewButton = new QPushButton(tr("Print preview\u2026"), this);
    m_previewButton->setObjectName(QStringLiteral("handoutPreview"));
    m_printButton = new QPushButton(tr("Print\u2026"), this);
    m_pdfButton = new QPushButton(tr("Save as PDF\u2026"), this);
    m_pdfButton->setObjectName(QStringLiteral("handoutSavePdf"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_pdfButton);
    buttons->addStretch(1);

    auto* planRow = new QFormLayout;
    planRow->addRow(tr("Plan and revision:"), m_plan);
    auto* columns = new QGridLayout;
    columns->addWidget(weeksBox, 0, 0);
    columns->addWidget(contentBox, 0, 1);
    columns->addWidget(layoutBox, 1, 0);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The handout is what the person takes home: this week's exercises with pictures and "
                                "doses in plain words, how hard to work, what pain is OK, the flare-up plan and a "
                                "diary to fill in."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(planRow);
    layout->addLayout(columns);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_previewButton, &QPushButton::clicked, this, &HandoutPage::preview);
    connect(m_printButton, &QPushButton::clicked, this, &HandoutPage::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &HandoutPage::saveAsPdf);
    for (auto* radio : { m_thisWeek, m_nextWeeks, m_wholePlan })
        connect(radio, &QRadioButton::toggled, this, &HandoutPage::optionsChanged);
    for (auto* box : { m_largePrint, m_pictures, m_diary, m_education, m_tips })
        connect(box, &QCheckBox::toggled, this, &HandoutPage::optionsChanged);
    connect(m_weekCount, &QSpinBox::valueChanged, this, &HandoutPage::optionsChanged);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &HandoutPage::optionsChanged);
    connect(m_plan, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            optionsChanged();
    });
    connect(&m_session, &ClinicSession::currentPatientChanged, this, &HandoutPage::reload);
    connect(&m_session, &ClinicSession::plansChanged, this, &HandoutPage::reload);
    connect(&m_session, &ClinicSession::databaseChanged, this, &HandoutPage::reload);
    reload();
}

void HandoutPage::reload()
{
    m_loading = true;
    if (auto* database = m_session.database()) {
        const auto saved = handoutOptions(*database);
        m_thisWeek->setChecked(saved.weeks == report::HandoutWeeks::CurrentWeek);
        m_nextWeeks->setChecked(saved.weeks == report::HandoutWeeks::NextWeeks);
        m_wholePlan->setChecked(saved.weeks == report::HandoutWeeks::WholePlan);
        m_weekCount->setValue(saved.weekCount);
        m_largePrint->setChecked(saved.largePrint);
        m_pictures->setChecked(saved.pictures);
        m_diary->setChecked(saved.diary);
        m_education->setChecked(saved.education);
        m_tips->setChecked(saved.everydayTips);
        m_paper->setCurrentIndex(saved.paper == report::HandoutPaper::Letter ? 1 : 0);
    }
    fillPlans();
    m_loading = false;
    optionsChanged();
}

void HandoutPage::fillPlans()
{
    m_plan->clear();
    if (!m_session.database() || !m_session.currentPatient().isValid())
        return;
    auto plans = storage::PlanRepository(*m_session.database(), m_session.codec()).plansOf(m_session.currentPatient());
    if (!plans)
        return;
    for (const auto& plan : *plans) {
        auto revisions = storage::PlanRepository(*m_session.database(), m_session.codec()).revisions(plan.id);
        if (!revisions)
            continue;
        for (auto it = revisions->rbegin(); it != revisions->rend(); ++it) {
            if (it->state == storage::RevisionState::Superseded)
                continue;
            QString state;
            switch (it->state) {
            case storage::RevisionState::Draft:
                state = tr("draft");
                break;
            case storage::RevisionState::Active:
                state = tr("active");
                break;
            case storage::RevisionState::Completed:
                state = tr("completed");
                break;
            case storage::RevisionState::Superseded:
                break;
            }
            if (it->printed)
                state += tr(", printed");
            m_plan->addItem(
                tr("%1, revision %2 (%3)").arg(QString::fromStdString(it->title)).arg(it->revision).arg(state),
                QList<QVariant> { QVariant::fromValue<qint64>(plan.id.value()), it->revision });
            if (it->state == storage::RevisionState::Active)
                m_plan->setCurrentIndex(m_plan->count() - 1);
        }
    }
}

report::HandoutOptions HandoutPage::options() const
{
    report::HandoutOptions options;
    options.weeks = m_nextWeeks->isChecked() ? report::HandoutWeeks::NextWeeks
        : m_wholePlan->isChecked()           ? report::HandoutWeeks::WholePlan
                                             : report::HandoutWeeks::CurrentWeek;
    options.weekCount = m_weekCount->value();
    options.largePrint = m_largePrint->isChecked();
    options.paper = static_cast<report::HandoutPaper>(m_paper->currentData().toInt());
    options.pictures = m_pictures->isChecked();
    options.diary = m_diary->isChecked();
    options.education = m_education->isChecked();
    options.everydayTips = m_tips->isChecked();
    return options;
}

void HandoutPage::optionsChanged()
{
    if (m_loading)
        return;
    m_weekCount->setEnabled(m_nextWeeks->isChecked());
    const bool printable = m_plan->count() > 0;
    for (auto* button : { m_previewButton, m_printButton, m_pdfButton })
        button->setEnabled(printable);
    if (!printable) {
        m_status->setText(m_session.currentPatient().isValid()
                ? tr("This person has no exercise plan yet. Make one on the Plan tab first.")
                : tr("Choose a patient first."));
        return;
    }
    const QString text = m_plan->currentText();
    m_status->setText(text.contains(tr("draft"))
            ? tr("This is a draft: the handout will say DRAFT on every page.")
            : tr("Printing or saving marks this revision as printed; later edits then make a new revision."));
    if (auto* database = m_session.database())
        (void)saveHandoutOptions(*database, options()); // Remembered for the clinic; a failure only loses a default.
}

core::Result<report::HandoutDocument> HandoutPage::buildDocument() const
{
    if (!m_session.database() || m_plan->count() == 0)
        return core::makeError(core::ErrorCode::NotFound, "plan", "nothing to print");
    const auto choice = m_plan->currentData().toList();
    auto source = loadHandoutSource(
        *m_session.database(), m_session.codec(), core::PlanId(choice.value(0).toLongLong()), choice.value(1).toInt());
    if (!source)
        return source.error();
    const auto content = report::assembleHandout(*source, options(), report::toQDate(m_session.today()));
    return report::HandoutDocument(content, options());
}

void HandoutPage::afterOutput()
{
    if (!m_session.database() || m_plan->count() == 0)
        return;
    const auto choice = m_plan->currentData().toList();
    auto source = loadHandoutSource(
        *m_session.database(), m_session.codec(), core::PlanId(choice.value(0).toLongLong()), choice.value(1).toInt());
    if (!source)
        return;
    if (auto status = recordPrinted(*m_session.database(), m_session.codec(), *source); !status) {
        Prompter::instance().showError(this, tr("Handout"), databaseErrorMessage(status.error()));
        return;
    }
    m_session.notifyPlansChanged(source->plan.patientId);
}

void HandoutPage::preview()
{
    auto document = buildDocument();
    if (!document) {
        Prompter::instance().showError(this, tr("Handout"), databaseErrorMessage(document.error()));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    document->preparePrinter(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("handoutPreviewDialog"));
    dialog.setWindowTitle(tr("Handout preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* target) { document->print(*target); });
    if (dialog.exec() == QDialog::Accepted)
        afterOutput();
}

void HandoutPage::print()
{
    auto document = buildDocument();
    if (!document) {
        Prompter::instance().showError(this, tr("Handout"), databaseErrorMessage(document.error()));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    document->preparePrinter(printer);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    document->print(printer);
    afterOutput();
}

QString HandoutPage::saveAsPdf()
{
    auto document = buildDocument();
    if (!document) {
        Prompter::instance().showError(this, tr("Handout"), databaseErrorMessage(document.error()));
        return {};
    }
    const QString suggested = QDir::home().filePath(document->documentTitle() + QStringLiteral(".pdf"));
    QString file = Prompter::instance().saveFile(this, tr("Save handout as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return {};
    if (!file.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        file += QStringLiteral(".pdf");
    if (!document->writePdf(file)) {
        Prompter::instance().showError(this, tr("Handout"),
            tr("The PDF could not be written. Check that the folder exists and can be written to."));
        return {};
    }
    afterOutput();
    return file;
}

} // namespace paceplan::gui
