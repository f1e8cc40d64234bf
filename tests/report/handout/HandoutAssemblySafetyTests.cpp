// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoutFixtures.h"
#include "PdfPages.h"

#include "report/HandoutAssembler.h"
#include "report/handout/HandoutDocument.h"

#include <catch2/catch.hpp>

using namespace paceplan;

namespace {

core::Exercise cycling()
{
    core::Exercise exercise;
    exercise.id = "stationary-cycling";
    exercise.name = "Exercise bike";
    exercise.category = core::ExerciseCategory::Aerobic;
    exercise.doseKind = core::DoseKind::Duration;
    exercise.steps = { "Set the seat so your knee is a little bent at the bottom.", "Pedal at a steady pace." };
    return exercise;
}

/// A 4-week plan with the exercise bike on Monday for 20 minutes at 40-59 % of heart-rate reserve.
report::HandoutSource heartRateSource(bool betaBlockers)
{
    report::HandoutSource source;
    source.patient.givenName = "Sam";
    source.patient.familyName = "Reed";
    source.patient.dateOfBirth = core::Date(1960, 5, 1);
    source.patient.restingHeartRate = 64;
    if (betaBlockers)
        source.patient.precautions.push_back(core::Precaution::BetaBlockers);
    source.catalog.put(cycling());
    source.clinic.name = QStringLiteral("Riverside Physiotherapy");
    source.clinic.phone = QStringLiteral("01632 960000");

    core::Plan& plan = source.plan;
    plan.title = "Fitter heart";
    plan.startDate = core::Date(2026, 11, 23);
    plan.lengthWeeks = 4;
    plan.revision = 2;
    core::PlanItem cycle;
    cycle.key = "cycle";
    cycle.exerciseId = "stationary-cycling";
    cycle.dose.durationSeconds = 20 * 60;
    cycle.intensity.kind = core::IntensityKind::HeartRate;
    cycle.intensity.reservePercentLow = 40;
    cycle.intensity.reservePercentHigh = 59;
    cycle.intensity.measuredMaxHeartRate = 150;
    plan.days[0] = { core::DayType::Aerobic, { cycle } };
    // The previous revision had a lower target, so "what changed" has to talk about the intensity too.
    core::Plan previous = plan;
    previous.revision = 1;
    previous.days[0].items[0].intensity.reservePercentLow = 30;
    previous.days[0].items[0].intensity.reservePercentHigh = 39;
    source.previous = previous;
    return source;
}

std::string handoutPdfText(const report::HandoutContent& content, const test::TempDir& dir)
{
    const std::string file = dir.file("handout.pdf");
    REQUIRE(report::HandoutDocument(content, {}).writePdf(QString::fromStdString(file)));
    return test::collapseSpaces(test::pdfText(file, dir, true));
}

bool mentionsBeats(const std::string& text)
{
    return text.find("beats a minute") != std::string::npos || text.find("bpm") != std::string::npos
        || text.find("BPM") != std::string::npos || text.find("beats per minute") != std::string::npos;
}

} // namespace

TEST_CASE("A handout for a patient on beta-blockers never gives a heart rate in beats a minute", "[report][handout]")
{
    test::TempDir dir;
    const QDate today(2026, 11, 23);

    const auto plain = report::assembleHandout(heartRateSource(false), {}, today);
    REQUIRE(plain.exercises.size() == 1);
    CHECK(plain.exercises[0].intensity.kind == report::AerobicIntensity::Kind::HeartRate);
    CHECK(mentionsBeats(handoutPdfText(plain, dir)));

    const auto blocked = report::assembleHandout(heartRateSource(true), {}, today);
    REQUIRE(blocked.exercises.size() == 1);
    const auto& intensity = blocked.exercises[0].intensity;
    CHECK(intensity.kind == report::AerobicIntensity::Kind::Effort);
    CHECK(intensity.effortLow == 3);
    CHECK(intensity.effortHigh == 4);
    for (const auto& change : blocked.changes) {
        CAPTURE(change);
        CHECK_FALSE(change.contains(QStringLiteral("heart")));
    }
    const std::string text = handoutPdfText(blocked, dir);
    CHECK_FALSE(mentionsBeats(text));
    CHECK(text.find("Cycle for 20 minutes at an effort of 3 to 4 out of 10.") != std::string::npos);
}

TEST_CASE("Exercises stored on a rest day still reach the handout calendar", "[report][handout]")
{
    auto source = heartRateSource(false);
    source.previous.reset();
    source.plan.days[0].type = core::DayType::Rest; // a legacy plan: validation refuses this today
    const auto content = report::assembleHandout(source, {}, QDate(2026, 11, 23));
    REQUIRE(content.weeks.size() == 1);
    const auto& monday = content.weeks[0].days[0];
    CHECK(monday.type != report::HandoutDayType::Rest);
    CHECK(monday.exerciseKeys == QStringList { QStringLiteral("cycle") });
    CHECK(content.weeks[0].days[1].type == report::HandoutDayType::Rest);
}
