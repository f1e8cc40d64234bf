// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Id.h"
#include "core/Result.h"
#include "report/HandoutAssembler.h"
#include "report/handout/HandoutDocument.h"
#include "report/handout/HandoutOptions.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace paceplan::gui {

class ClinicSession;

/// The handout tab of the patient workspace: which plan and weeks to print, the print options, a print
/// preview, printing and saving as PDF. Printing or saving an active revision marks it printed.
class HandoutPage : public QWidget {
    Q_OBJECT

public:
    explicit HandoutPage(ClinicSession& session, QWidget* parent = nullptr);

    /// The options as set on the page.
    report::HandoutOptions options() const;
    /// Builds the handout for the chosen plan revision, or an error when there is nothing to print.
    core::Result<report::HandoutDocument> buildDocument() const;
    /// True when the chosen revision is a draft (from its state): its handout says DRAFT and is not locked.
    bool isDraftChosen() const;

public slots:
    void reload();
    void preview();
    void print();
    /// Asks for a file name (through the Prompter) and starts writing the PDF there on a worker thread, with a
    /// busy bar; returns the file, or empty when nothing was started. pdfFinished() follows.
    QString saveAsPdf();

public:
    /// True while a PDF is being written on a worker thread.
    bool isBusy() const { return m_busy; }

signals:
    /// A PDF started by saveAsPdf() was written (and the revision recorded) or failed.
    void pdfFinished(const QString& file, bool ok);
    /// The preview's pages are ready and its dialog opens (modal) with `pages` pages.
    void previewOpened(int pages);
    /// The preview dialog closed.
    void previewClosed();

private:
    void fillPlans();
    void optionsChanged();
    /// Reads the chosen plan revision and what its handout shows.
    core::Result<report::HandoutSource> chosenSource() const;
    /// Before the first print or PDF since the clinic was opened, offers to fill in missing clinic details (name,
    /// phone), so the handout can say whom to call; the clinician may also go on without them.
    void offerClinicDetails();
    /// Reports a failed output, or tells the views that the revision may now be printed and locked.
    void afterOutput(const core::Status& status, core::PatientId patient);
    /// Shows or hides the busy bar (with `status` under the buttons) and disables the buttons while a PDF or
    /// the preview is made on a worker thread.
    void setBusy(bool busy, const QString& status = {});
    /// Counts the preview's pages as the worker paints them.
    void showProgress(int page, int pageCount);
    /// Opens the preview once its pages are ready; Print… and Save as PDF… in it go on from here.
    void showPreview(const QList<QImage>& pages, const QString& title);

    /// The resolution of preview pages: sharp on screen, light to make.
    static constexpr int kPreviewDpi = 110;
    /// Back on the GUI thread once the worker wrote (or failed to write) `file`.
    void pdfWritten(const report::HandoutSource& source, const QString& file, bool ok);

    ClinicSession& m_session;
    QComboBox* m_plan = nullptr;
    QRadioButton* m_thisWeek = nullptr;
    QRadioButton* m_nextWeeks = nullptr;
    QRadioButton* m_wholePlan = nullptr;
    QSpinBox* m_weekCount = nullptr;
    QCheckBox* m_largePrint = nullptr;
    QCheckBox* m_pictures = nullptr;
    QCheckBox* m_diary = nullptr;
    QCheckBox* m_education = nullptr;
    QCheckBox* m_tips = nullptr;
    QComboBox* m_paper = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    bool m_loading = false;
    bool m_busy = false;
};

} // namespace paceplan::gui
