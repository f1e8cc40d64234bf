// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/patient/Patient.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace paceplan::core {

/// Item answers in the published item order; nullopt marks a missing answer.
using Answers = std::vector<std::optional<double>>;

/// Choices and patient facts that some scores need: band schemes, age and sex for norm bands.
struct ScoreContext {
    std::vector<std::string> bandSchemes; ///< Ids of preferred band schemes; others fall back to the default.
    std::optional<int> ageYears; ///< Needed by age-referenced norm bands of performance tests.
    std::optional<Sex> sex; ///< Needed by sex-referenced norm bands.
    bool applyUnconfirmedRules = true; ///< False turns off missing-item rules the reference marks unconfirmed.
};

/// The outcome of scoring one completed instrument.
struct ScoreResult {
    std::string instrumentCode;
    std::string scoringVersion; ///< Stored with the result so old results can be re-scored knowingly.
    bool scorable = false;
    std::string notScorableReason; ///< Which rule failed, when not scorable.
    std::optional<double> score; ///< Full precision; empty when not scorable or when there is no total.
    std::map<std::string, double> subscales; ///< Scorable subscales only, keyed by subscale code.
    std::map<std::string, std::string> unscoredSubscales; ///< Subscale code -> why it could not be scored.
    std::string band; ///< Band code of the main band, empty when none applies.
    std::string bandScheme; ///< Id of the scheme the band came from.
    std::map<std::string, std::string> subscaleBands; ///< Bands of subscales (FABQ), keyed by subscale code.
    std::string risk; ///< STarT Back risk group: "low", "medium" or "high"; empty otherwise.
    std::vector<std::string> flags; ///< Stable flag codes, e.g. "self-harm-item-positive".
    std::optional<double> standardError; ///< PROMIS T-score standard error, when the table gives one.
    int answeredItems = 0; ///< Scored items with an answer.
    bool fromEnteredTotal = false; ///< True when the score came from a typed total, not item answers.

    /// True when flag is set.
    bool hasFlag(const std::string& flag) const;
};

} // namespace paceplan::core
