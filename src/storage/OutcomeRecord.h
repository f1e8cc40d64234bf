// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Date.h"
#include "core/Id.h"
#include "core/Result.h"
#include "core/outcomes/ScoreResult.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace paceplan::storage {

/// One outcome measurement of a patient: the answers exactly as entered and the score worked out from them.
struct OutcomeRecord {
    core::OutcomeId id;
    std::string uuid; ///< Canonical UUID; empty until storage assigns one.
    core::PatientId patientId;
    std::string instrumentCode; ///< A code of core::InstrumentRegistry::standard(), e.g. "odi".
    std::string instrumentVersion; ///< Set by storage from the instrument.
    std::string scoringVersion; ///< The scoring code version stored with the score; set by storage.
    core::Date takenOn; ///< The day the measure was taken.
    std::string setup; ///< Recall period, protocol or variant, e.g. "past 24 hours"; compared by the change engine.
    std::string rawAnswers; ///< Comma-separated answers in item order; an empty field is a missing answer.
    std::optional<double> enteredTotal; ///< A total typed in instead of item answers, where the scoring allows it.
    std::optional<double> storedScore; ///< The score stored at the last write (for audit); null when not scorable.
    std::string notes;
    std::string createdAt; ///< UTC ISO-8601; set by storage.
    std::string updatedAt; ///< UTC ISO-8601; set by storage.
    core::ScoreResult result; ///< Worked out again on every read by the current scoring code.
};

/// Limits that outcome records must respect.
inline constexpr std::size_t kMaxOutcomeNotesLength = 2000;
inline constexpr std::size_t kMaxOutcomeSetupLength = 200;

/// Splits a comma-separated answer list into answers; an empty field (or an all-blank list item) is missing.
/// A field that is not a number gives an InvalidFormat error whose detail names its 1-based position.
core::Result<core::Answers> parseAnswerList(std::string_view text);

/// Scores a record's raw answers (or its entered total when it has no answers) with the standard registry.
/// Unknown instruments are NotFound; answers outside an item's range are OutOfRange or InvalidValue.
core::Result<core::ScoreResult> scoreRecord(const OutcomeRecord& record, const core::ScoreContext& context = {});

} // namespace paceplan::storage
