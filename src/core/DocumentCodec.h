// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/library/Exercise.h"
#include "core/plan/Plan.h"
#include "core/plan/PreExerciseScreening.h"

#include <string>
#include <string_view>

namespace paceplan::core {

/// Turns documents that storage keeps whole (plan revisions, exercises, topics, screenings) into text and back.
/// Storage depends on this interface only; the JSON implementation lives in interop (see ADR 3).
class DocumentCodec {
public:
    virtual ~DocumentCodec() = default;

    virtual std::string encodePlan(const Plan& plan) const = 0;
    /// A plan without patient and dates, as a template; decodePlan reads it back.
    virtual std::string encodeTemplate(const Plan& plan) const = 0;
    virtual Result<Plan> decodePlan(std::string_view text) const = 0;
    virtual std::string encodeExercise(const Exercise& exercise) const = 0;
    virtual Result<Exercise> decodeExercise(std::string_view text) const = 0;
    virtual std::string encodeTopic(const EducationTopic& topic) const = 0;
    virtual Result<EducationTopic> decodeTopic(std::string_view text) const = 0;
    virtual std::string encodeScreening(const PreExerciseScreening& screening) const = 0;
    virtual Result<PreExerciseScreening> decodeScreening(std::string_view text) const = 0;
};

} // namespace paceplan::core
