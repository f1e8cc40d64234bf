// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/HandoutPage.h"

#include "gui/ClinicDetailsDialog.h"
#include "gui/ClinicSession.h"
#include "gui/HandoutPreviewDialog.h"
#include "gui/Prompter.h"
#include "services/ClinicDetails.h"
#include "services/ErrorMessages.h"
#include "services/Handouts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QThreadPool>
#include <QVBoxLayout>

namespace paceplan::gui {

namespace {

/// The item data roles of the plan picker.
enum PlanRole { PlanIdRole = Qt::UserRole, RevisionRole, DraftRole };

} // namespace

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
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("handoutProgress"));
    m_progress->setRange(0, 0); // Busy: a PDF takes well under a second, too short to count pages.
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
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
    layout->addWidget(m_progress);
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
    if (auto* clinic = m_session.clinic()) {
        const auto saved = services::handoutOptions(*clinic);
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
    auto* clinic = m_session.clinic();
    if (!clinic || !m_session.currentPatient().isValid())
        return;
    auto revisions = services::printableRevisions(*clinic, m_session.currentPatient());
    if (!revisions)
        return;
    for (const auto& choice : *revisions) {
        QString state;
        switch (choice.state) {
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
            state = tr("superseded");
            break;
        }
        if (choice.printed)
            state += tr(", printed");
        m_plan->addItem(
            tr("%1, revision %2 (%3)").arg(QString::fromStdString(choice.title)).arg(choice.revision).arg(state));
        const int row = m_plan->count() - 1;
        m_plan->setItemData(row, QVariant::fromValue<qint64>(choice.plan.value()), PlanIdRole);
        m_plan->setItemData(row, choice.revision, RevisionRole);
        m_plan->setItemData(row, choice.draft(), DraftRole);
        if (choice.state == storage::RevisionState::Active)
            m_plan->setCurrentIndex(row);
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

bool HandoutPage::isDraftChosen() const
{
    return m_plan->count() > 0 && m_plan->currentData(DraftRole).toBool();
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
    m_status->setText(isDraftChosen()
            ? tr("This is a draft: the handout will say DRAFT on every page.")
            : tr("Printing or saving marks this revision as printed; later edits then make a new revision."));
    if (auto* clinic = m_session.clinic())
        (void)services::saveHandoutOptions(
            *clinic, options()); // Remembered for the clinic; a failure only loses a default.
}

core::Result<report::HandoutSource> HandoutPage::chosenSource() const
{
    if (!m_session.clinic() || m_plan->count() == 0)
        return core::makeError(core::ErrorCode::NotFound, "plan", "nothing to print");
    return services::loadHandoutSource(*m_session.clinic(), core::PlanId(m_plan->currentData(PlanIdRole).toLongLong()),
        m_plan->currentData(RevisionRole).toInt());
}

core::Result<report::HandoutDocument> HandoutPage::buildDocument() const
{
    auto source = chosenSource();
    if (!source)
        return source.error();
    return services::handoutDocument(*m_session.clinic(), *source, options());
}

void HandoutPage::afterOutput(const core::Status& status, core::PatientId patient)
{
    if (!status) {
        Prompter::instance().showError(this, tr("Handout"), services::databaseErrorMessage(status.error()));
        return;
    }
    m_session.notifyPlansChanged(patient);
}

void HandoutPage::offerClinicDetails()
{
    auto* clinic = m_session.clinic();
    if (!clinic || m_plan->count() == 0 || m_session.clinicDetailsOffered()
        || !services::clinicDetailsMissing(services::clinicDetails(*clinic)))
        return;
    m_session.setClinicDetailsOffered();
    if (Prompter::instance().confirm(this, tr("Clinic details"),
            tr("The clinic's name or phone number is not filled in, so the handout cannot tell the patient whom "
               "to call. Add the clinic details now? Without them, the handout says \u201ccontact your "
               "physio\u201d."),
            tr("Add details\u2026")))
        editClinicDetails(m_session, this);
}

void HandoutPage::preview()
{
    offerClinicDetails();
    auto source = chosenSource();
    if (!source) {
        Prompter::instance().showError(this, tr("Handout"), services::databaseErrorMessage(source.error()));
        return;
    }
    // The pages are laid out and painted on a worker thread, with a counting progress bar; the dialog opens
    // back here once they are ready.
    const report::HandoutDocument document = services::handoutDocument(*m_session.clinic(), *source, options());
    setBusy(true, tr("Preparing the preview…"));
    QPointer<HandoutPage> self(this);
    QThreadPool::globalInstance()->start([document, self] {
        const auto pages = document.pageImages(kPreviewDpi, [self](int page, int pageCount) {
            QMetaObject::invokeMethod(
                qApp,
                [self, page, pageCount] {
                    if (self)
                        self->showProgress(page, pageCount);
                },
                Qt::QueuedConnection);
            return true;
        });
        const QString title = document.documentTitle();
        QMetaObject::invokeMethod(
            qApp,
            [self, pages, title] {
                if (self)
                    self->showPreview(pages, title);
            },
            Qt::QueuedConnection);
    });
}

void HandoutPage::showProgress(int page, int pageCount)
{
    m_progress->setRange(0, pageCount);
    m_progress->setValue(page);
    m_status->setText(tr("Preparing page %1 of %2…").arg(page + 1).arg(pageCount));
}

void HandoutPage::showPreview(const QList<QImage>& pages, const QString& title)
{
    setBusy(false);
    optionsChanged(); // Puts back the status line.
    HandoutPreviewDialog dialog(pages, title, this);
    emit previewOpened(dialog.pageCount());
    dialog.exec();
    emit previewClosed();
    if (dialog.choice() == HandoutPreviewDialog::Choice::Print)
        print();
    else if (dialog.choice() == HandoutPreviewDialog::Choice::SavePdf)
        saveAsPdf();
}

void HandoutPage::print()
{
    offerClinicDetails();
    auto source = chosenSource();
    if (!source) {
        Prompter::instance().showError(this, tr("Handout"), services::databaseErrorMessage(source.error()));
        return;
    }
    const auto document = services::handoutDocument(*m_session.clinic(), *source, options());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(document.pageLayout());
    printer.setDocName(document.documentTitle());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    afterOutput(services::printHandout(*m_session.clinic(), *source, options(), printer), source->plan.patientId);
}

QString HandoutPage::saveAsPdf()
{
    offerClinicDetails();
    auto source = chosenSource();
    if (!source) {
        Prompter::instance().showError(this, tr("Handout"), services::databaseErrorMessage(source.error()));
        return {};
    }
    const QString title = services::handoutDocument(*m_session.clinic(), *source, options()).documentTitle();
    const QString suggested = QDir::home().filePath(title + QStringLiteral(".pdf"));
    QString file = Prompter::instance().saveFile(this, tr("Save handout as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return {};
    if (!file.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        file += QStringLiteral(".pdf");
    // The handout is laid out and written on a worker thread: QTextDocument and QPdfWriter need no GUI thread,
    // and the page stays responsive. The database is only touched back here, once the file is written.
    const report::HandoutDocument document = services::handoutDocument(*m_session.clinic(), *source, options());
    setBusy(true, tr("Writing the PDF\u2026"));
    QPointer<HandoutPage> self(this);
    QThreadPool::globalInstance()->start([document, file, self, source = *source] {
        const bool ok = document.writePdf(file);
        QMetaObject::invokeMethod(
            qApp,
            [self, source, file, ok] {
                if (self)
                    self->pdfWritten(source, file, ok);
            },
            Qt::QueuedConnection);
    });
    return file;
}

void HandoutPage::setBusy(bool busy, const QString& status)
{
    m_busy = busy;
    m_progress->setRange(0, 0);
    m_progress->setVisible(busy);
    for (auto* button : { m_previewButton, m_printButton, m_pdfButton })
        button->setEnabled(!busy && m_plan->count() > 0);
    m_plan->setEnabled(!busy);
    if (busy)
        m_status->setText(status);
}

void HandoutPage::pdfWritten(const report::HandoutSource& source, const QString& file, bool ok)
{
    setBusy(false);
    optionsChanged(); // Puts back the status line.
    if (!ok) {
        Prompter::instance().showError(this, tr("Handout"),
            tr("The PDF could not be written. Check that the folder exists and can be written to."));
        emit pdfFinished(file, false);
        return;
    }
    const auto recorded = services::recordHandoutOutput(*m_session.clinic(), source, services::HandoutOutput::Pdf);
    afterOutput(recorded, source.plan.patientId);
    emit pdfFinished(file, recorded.ok());
}

} // namespace paceplan::gui
