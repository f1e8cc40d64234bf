// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/JsonDocumentCodec.h"

#include "interop/library/ExerciseLibraryJson.h"
#include "interop/plan/PlanJson.h"

#include <nlohmann/json.hpp>

namespace paceplan::interop {

using nlohmann::json;
using namespace paceplan::core;

namespace {

Result<json> parse(std::string_view text)
{
    json value = json::parse(text.begin(), text.end(), nullptr, false);
    if (value.is_discarded())
        return makeError(ErrorCode::ParseError, {}, "stored document is not valid JSON");
    return value;
}

} // namespace

std::string JsonDocumentCodec::encodePlan(const Plan& plan) const
{
    return planToJson(plan).dump();
}

std::string JsonDocumentCodec::encodeTemplate(const Plan& plan) const
{
    return planTemplateToJson(plan).dump();
}

Result<Plan> JsonDocumentCodec::decodePlan(std::string_view text) const
{
    // Drafts may be stored half-finished, so stored plans are read without validation.
    PlanReadOptions options;
    options.validate = false;
    auto document = planDocumentFromText(text, options);
    if (!document)
        return document.error();
    return std::move(document)->plan;
}

std::string JsonDocumentCodec::encodeExercise(const Exercise& exercise) const
{
    return exerciseToJson(exercise).dump();
}

Result<Exercise> JsonDocumentCodec::decodeExercise(std::string_view text) const
{
    auto value = parse(text);
    if (!value)
        return value.error();
    return exerciseFromJson(*value);
}

std::string JsonDocumentCodec::encodeTopic(const EducationTopic& topic) const
{
    return topicToJson(topic).dump();
}

Result<EducationTopic> JsonDocumentCodec::decodeTopic(std::string_view text) const
{
    auto value = parse(text);
    if (!value)
        return value.error();
    return topicFromJson(*value);
}

std::string JsonDocumentCodec::encodeScreening(const PreExerciseScreening& screening) const
{
    return screeningToJson(screening).dump();
}

Result<PreExerciseScreening> JsonDocumentCodec::decodeScreening(std::string_view text) const
{
    auto value = parse(text);
    if (!value)
        return value.error();
    return screeningFromJson(*value);
}

json screeningToJson(const PreExerciseScreening& screening)
{
    json parq = json::array();
    for (const auto& [question, entry] : screening.parq)
        parq.push_back({ { "question", question }, { "answer", parqAnswerCode(entry.answer) },
            { "resolution", parqResolutionCode(entry.resolution) }, { "note", entry.resolutionNote } });
    json flags = json::array();
    for (const auto flag : screening.redFlags)
        flags.push_back(redFlagCode(flag));
    return { { "form_version", screening.formVersion }, { "screened_on", screening.screenedOn.toIso() },
        { "parq", parq }, { "red_flags", flags }, { "override_reason", screening.overrideReason } };
}

Result<PreExerciseScreening> screeningFromJson(const json& value)
{
    if (!value.is_object())
        return makeError(ErrorCode::ParseError, "screening", "expected an object");
    PreExerciseScreening screening;
    try {
        screening.formVersion = value.value("form_version", std::string(kParqFormVersion));
        const std::string date = value.value("screened_on", std::string());
        if (!date.empty()) {
            const auto parsed = Date::fromIso(date);
            if (!parsed)
                return makeError(ErrorCode::InvalidFormat, "screened_on", date);
            screening.screenedOn = *parsed;
        }
        for (const auto& entry : value.value("parq", json::array())) {
            const int question = entry.at("question").get<int>();
            if (question < 1 || question > kParqQuestionCount)
                return makeError(ErrorCode::OutOfRange, "parq", std::to_string(question));
            ParqEntry parqEntry;
            const auto answer = parqAnswerFromCode(entry.value("answer", std::string("unanswered")));
            const auto resolution = parqResolutionFromCode(entry.value("resolution", std::string("none")));
            if (!answer || !resolution)
                return makeError(ErrorCode::InvalidValue, "parq", "unknown answer or resolution code");
            parqEntry.answer = *answer;
            parqEntry.resolution = *resolution;
            parqEntry.resolutionNote = entry.value("note", std::string());
            screening.parq[question] = parqEntry;
        }
        for (const auto& code : value.value("red_flags", json::array())) {
            const auto flag = redFlagFromCode(code.get<std::string>());
            if (!flag)
                return makeError(ErrorCode::InvalidValue, "red_flags", code.get<std::string>());
            screening.redFlags.push_back(*flag);
        }
        screening.overrideReason = value.value("override_reason", std::string());
    } catch (const json::exception& error) {
        return makeError(ErrorCode::InvalidFormat, "screening", error.what());
    }
    return screening;
}

} // namespace paceplan::interop
