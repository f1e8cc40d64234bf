// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/outcomes/OutcomeJson.h"

#include "core/outcomes/Scoring.h"

#include <nlohmann/json.hpp>

namespace paceplan::interop {

using namespace paceplan::core;
using nlohmann::json;

namespace {

template <typename T> json orNull(const std::optional<T>& value)
{
    return value ? json(*value) : json(nullptr);
}

json textOrNull(const std::string& text)
{
    return text.empty() ? json(nullptr) : json(text);
}

} // namespace

json scoreResultToJson(const Instrument& instrument, const ScoreResult& result)
{
    json out { { "instrument", instrument.code }, { "scorable", result.scorable }, { "score", orNull(result.score) },
        { "subscales", json(result.subscales) }, { "band", textOrNull(result.band) },
        { "answered_items", result.answeredItems }, { "scoring_version", result.scoringVersion },
        { "from_entered_total", result.fromEnteredTotal } };
    out["display"] = result.score ? json(formatScore(instrument, *result.score)) : json(nullptr);
    if (!result.bandScheme.empty())
        out["band_scheme"] = result.bandScheme;
    if (!result.subscaleBands.empty())
        out["subscale_bands"] = result.subscaleBands;
    if (instrument.code == "sbst" || !result.risk.empty())
        out["risk"] = textOrNull(result.risk);
    if (!result.scorable)
        out["reason"] = result.notScorableReason;
    if (!result.unscoredSubscales.empty())
        out["unscored_subscales"] = result.unscoredSubscales;
    if (!result.flags.empty())
        out["flags"] = result.flags;
    if (result.standardError)
        out["standard_error"] = *result.standardError;
    return out;
}

json instrumentToJson(const Instrument& instrument)
{
    json subscales = json::array();
    for (const auto& subscale : instrument.subscales)
        subscales.push_back(
            { { "code", subscale.code }, { "name", subscale.name }, { "min", subscale.min }, { "max", subscale.max } });
    json items = json::array();
    for (const auto& item : instrument.items)
        items.push_back({ { "number", item.number }, { "construct", item.construct }, { "min", item.min },
            { "max", orNull(item.max) }, { "whole_numbers", item.integerOnly },
            { "reverse_scored", item.reverseScored }, { "scored", item.scored } });
    json out { { "code", instrument.code }, { "name", instrument.name }, { "short_name", instrument.shortName },
        { "version", instrument.version }, { "scoring_version", instrument.scoringVersion },
        { "kind", instrumentKindCode(instrument.kind) }, { "unit", measureUnitCode(instrument.unit) },
        { "direction", directionCode(instrument.direction) }, { "score_min", orNull(instrument.scoreMin) },
        { "score_max", orNull(instrument.scoreMax) }, { "item_count", instrument.items.size() },
        { "min_answers", instrument.minAnswerCount }, { "items", items }, { "subscales", subscales },
        { "recall_period", instrument.recallPeriod }, { "licence_mode", licenceModeCode(instrument.licenceMode) },
        { "licence_note", instrument.licenceNote }, { "missing_rule", instrument.missingRule.text },
        { "total_entry", instrument.totalEntry.has_value() }, { "sources", instrument.sources } };
    if (const auto* main = instrument.measure()) {
        out["mcid"] = orNull(main->mcid);
        out["mdc"] = orNull(main->mdc);
    }
    return out;
}

json sessionLogToJson(const SessionLog& log)
{
    return json { { "id", log.id.value() }, { "uuid", log.uuid }, { "patient_id", log.patientId.value() },
        { "plan_id", log.planId.isValid() ? json(log.planId.value()) : json(nullptr) },
        { "revision", log.revisionNumber }, { "date", log.date.toIso() }, { "status", sessionStatusCode(log.status) },
        { "pain_before", orNull(log.painBefore) }, { "pain_during", orNull(log.painDuring) },
        { "pain_after", orNull(log.painAfter) }, { "pain_next_morning", orNull(log.painNextMorning) },
        { "effort", orNull(log.effort) }, { "minutes", orNull(log.minutes) }, { "notes", log.notes },
        { "created_at", log.createdAt }, { "updated_at", log.updatedAt } };
}

json painAdviceToJson(const PainAdvice& advice)
{
    json reasons = json::array();
    for (const auto& reason : advice.reasons) {
        json evidence = json::array();
        for (const auto& item : reason.evidence)
            evidence.push_back({ { "session_date", item.sessionDate.toIso() }, { "pain_date", item.painDate.toIso() },
                { "moment", painMomentCode(item.moment) }, { "value", item.value } });
        json entry { { "rule", adviceRuleCode(reason.rule) }, { "level", trafficLightCode(reason.level) },
            { "limit", reason.limit }, { "evidence", evidence }, { "why", reason.sentence } };
        if (!reason.weeklyMeans.empty()) {
            json weeks = json::array();
            for (const auto& week : reason.weeklyMeans)
                weeks.push_back({ { "first", week.first.toIso() }, { "last", week.last.toIso() }, { "mean", week.mean },
                    { "ratings", week.ratings } });
            entry["weekly_means"] = weeks;
        }
        if (reason.sessions > 0)
            entry["sessions"] = reason.sessions;
        reasons.push_back(entry);
    }
    json out { { "level", trafficLightCode(advice.level) }, { "action", adviceActionCode(advice.action) },
        { "first", advice.first.toIso() }, { "last", advice.last.toIso() },
        { "exercised_sessions", advice.exercisedSessions }, { "rated_sessions", advice.ratedSessions },
        { "usual_pain", orNull(advice.usualPain) }, { "usual_pain_worked_out", advice.usualPainWorkedOut },
        { "clinician_review", advice.clinicianReview }, { "headline", advice.headline }, { "why", advice.explanation },
        { "reasons", reasons } };
    if (advice.stepBack)
        out["step_back"] = { { "mode", stepBackModeCode(advice.stepBack->mode) }, { "weeks", advice.stepBack->weeks },
            { "percent", advice.stepBack->percent } };
    if (advice.flareQuotaPercent)
        out["flare_quota_percent"] = *advice.flareQuotaPercent;
    return out;
}

json changeResultToJson(const ChangeResult& change)
{
    return json { { "instrument", change.instrumentCode }, { "basis", change.basis }, { "label", change.label },
        { "baseline", orNull(change.baseline) }, { "latest", orNull(change.latest) },
        { "change", change.absoluteChange }, { "percent_change", orNull(change.percentChange) },
        { "classification", changeClassificationCode(change.classification) },
        { "within_measurement_error", change.withinMeasurementError }, { "immpact_30", change.immpact30 },
        { "immpact_50", change.immpact50 }, { "responder", change.responder }, { "mcid", orNull(change.mcidUsed) },
        { "mdc", orNull(change.mdcUsed) }, { "reason", textOrNull(change.reason) } };
}

json caseloadFlagsToJson(const std::vector<CaseloadFlag>& flags)
{
    json out = json::array();
    for (const auto& flag : flags)
        out.push_back({ { "code", caseloadFlagCode(flag.code) }, { "message", flag.message } });
    return out;
}

json adherenceToJson(const AdherenceCounts& adherence)
{
    return json { { "first", adherence.first.toIso() }, { "last", adherence.last.toIso() },
        { "scheduled", adherence.scheduled }, { "done", adherence.done }, { "partly", adherence.partly },
        { "skipped", adherence.skipped }, { "not_logged", adherence.notLogged },
        { "percent", orNull(adherence.percent) } };
}

} // namespace paceplan::interop
