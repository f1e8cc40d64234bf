// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Id.h"
#include "core/Result.h"
#include "report/HandoutAssembler.h"
#include "report/handout/HandoutDocument.h"
#include "report/handout/HandoutOptions.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
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
    /// Asks for a file name (through the Prompter) and writes the PDF there; returns the file or empty.
    QString saveAsPdf();

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
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    bool m_loading = false;
};

} // namespace paceplan::gui
