// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Id.h"
#include "core/Result.h"
#include "report/HandoutAssembler.h"
#include "report/handout/HandoutDocument.h"
#include "report/handout/HandoutOptions.h"
#include "storage/PlanRecords.h"

#include <QPageLayout>
#include <QString>

#include <optional>
#include <string>
#include <vector>

class QPagedPaintDevice;

namespace paceplan::services {

class Clinic;

/// One plan revision a patient's handout can be printed from.
struct PrintableRevision {
    core::PlanId plan;
    int revision = 0;
    std::string title; ///< The plan's title in that revision.
    storage::RevisionState state = storage::RevisionState::Draft;
    bool printed = false; ///< Printed or saved as PDF before (and so locked).

    /// True for a draft revision: its handout says DRAFT and printing it does not lock it.
    bool draft() const { return state == storage::RevisionState::Draft; }
};

/// Where a handout went, as the audit log records it.
enum class HandoutOutput { Printer, Pdf };

/// The revisions of a patient's plans that can be printed (every one but superseded ones): newest plan first,
/// each plan's revisions newest first.
core::Result<std::vector<PrintableRevision>> printableRevisions(Clinic& clinic, core::PatientId patient);

/// Reads a plan revision and everything its handout shows (patient, exercises, pictures, topics, the previous
/// revision, the clinic's details); `draft` is set from the revision's state. Without `revision`, the active
/// revision is used, or the newest when none is active.
core::Result<report::HandoutSource> loadHandoutSource(
    Clinic& clinic, core::PlanId plan, std::optional<int> revision = std::nullopt);

/// The plan to print for a patient: the most recent plan with an active revision, else the most recent plan.
core::Result<core::PlanId> defaultHandoutPlan(Clinic& clinic, core::PatientId patient);

/// The clinic's letterhead details, kept as clinic settings in the database.
report::HandoutClinic clinicDetails(Clinic& clinic);
/// Stores the clinic's letterhead details (the logo downscaled to at most 600 by 300 pixels).
core::Status saveClinicDetails(Clinic& clinic, const report::HandoutClinic& details);

/// The handout options last used in this clinic (stored in the database, so every computer shares them).
report::HandoutOptions handoutOptions(Clinic& clinic);
/// Remembers the handout options for the clinic; unchanged settings are not written again.
core::Status saveHandoutOptions(Clinic& clinic, const report::HandoutOptions& options);

/// The handout of `source` printed with `options`, dated the clinic's today; for a print preview (which paints
/// it itself, then calls recordHandoutOutput() once the person really printed).
report::HandoutDocument handoutDocument(
    Clinic& clinic, const report::HandoutSource& source, const report::HandoutOptions& options);

/// Records that the handout of `source` was given out: an audit entry, and an active (not draft) revision is
/// marked printed and locked, so later edits make a new revision.
core::Status recordHandoutOutput(Clinic& clinic, const report::HandoutSource& source, HandoutOutput output);

/// Renders the handout on `device` (a printer set up with the document's pageLayout() and documentTitle()),
/// then, only when that succeeded, records it as recordHandoutOutput() does.
core::Status printHandout(Clinic& clinic, const report::HandoutSource& source, const report::HandoutOptions& options,
    QPagedPaintDevice& device);

/// Writes the handout as a PDF file, then, only when that succeeded, records it as recordHandoutOutput() does.
/// A file that cannot be written gives an Io error whose field is "file".
core::Status writeHandoutPdf(
    Clinic& clinic, const report::HandoutSource& source, const report::HandoutOptions& options, const QString& path);

/// The page layout the patient summary prints on.
QPageLayout patientSummaryLayout();

/// Paints the record summary of `patient` (the clinic's letterhead, dated today) on `device`; returns the page
/// count. Nothing is recorded: call recordSummaryPrinted() once it really went to paper.
core::Result<int> renderPatientSummary(Clinic& clinic, core::PatientId patient, QPagedPaintDevice& device);

/// Records in the audit log that the record summary of `patient` was printed.
core::Status recordSummaryPrinted(Clinic& clinic, core::PatientId patient);

} // namespace paceplan::services
