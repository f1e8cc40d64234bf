// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DocumentCodec.h"

#include <nlohmann/json_fwd.hpp>

namespace paceplan::interop {

/// Stores documents as the same JSON that PacePlan exports (docs/formats.md), so a database column and an
/// exported file read alike.
class JsonDocumentCodec : public core::DocumentCodec {
public:
    std::string encodePlan(const core::Plan& plan) const override;
    std::string encodeTemplate(const core::Plan& plan) const override;
    core::Result<core::Plan> decodePlan(std::string_view text) const override;
    std::string encodeExercise(const core::Exercise& exercise) const override;
    core::Result<core::Exercise> decodeExercise(std::string_view text) const override;
    std::string encodeTopic(const core::EducationTopic& topic) const override;
    core::Result<core::EducationTopic> decodeTopic(std::string_view text) const override;
    std::string encodeScreening(const core::PreExerciseScreening& screening) const override;
    core::Result<core::PreExerciseScreening> decodeScreening(std::string_view text) const override;
};

/// A screening as JSON: {"form_version", "screened_on", "parq": [{"question", "answer", "resolution", "note"}],
/// "red_flags": [codes], "override_reason"}.
nlohmann::json screeningToJson(const core::PreExerciseScreening& screening);
core::Result<core::PreExerciseScreening> screeningFromJson(const nlohmann::json& json);

} // namespace paceplan::interop
