// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoutFixtures.h"

#include "report/handout/DoseText.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace paceplan;
using report::AerobicIntensity;
using report::DoseText;

namespace {

AerobicIntensity talk(AerobicIntensity::Talk level)
{
    AerobicIntensity intensity;
    intensity.kind = AerobicIntensity::Kind::TalkTest;
    intensity.talk = level;
    return intensity;
}

AerobicIntensity effort(int low, int high)
{
    AerobicIntensity intensity;
    intensity.kind = AerobicIntensity::Kind::Effort;
    intensity.effortLow = low;
    intensity.effortHigh = high;
    return intensity;
}

AerobicIntensity heartRate(int low, int high)
{
    AerobicIntensity intensity;
    intensity.kind = AerobicIntensity::Kind::HeartRate;
    intensity.bpmLow = low;
    intensity.bpmHigh = high;
    return intensity;
}

core::Dose with(core::Dose dose, const std::function<void(core::Dose&)>& change)
{
    change(dose);
    return dose;
}

core::Dose holdDose(int seconds, int times, int sets = 0)
{
    core::Dose dose;
    dose.holdSeconds = seconds;
    dose.repetitions = times;
    dose.sets = sets;
    return dose;
}

core::Dose distanceDose(int metres)
{
    core::Dose dose;
    dose.distanceMetres = metres;
    return dose;
}

} // namespace

TEST_CASE("Doses read as plain sentences", "[report][handout][dose]")
{
    using core::DoseKind;
    struct Row {
        const char* what;
        core::Dose dose;
        DoseKind kind;
        AerobicIntensity intensity;
        const char* action;
        const char* expected;
    };
    const auto kg = [](double value) {
        return [value](core::Dose& d) {
            d.load.kind = core::LoadKind::Kilograms;
            d.load.kg = value;
        };
    };
    const auto band = [](const char* colour) {
        return [colour](core::Dose& d) {
            d.load.kind = core::LoadKind::Band;
            d.load.bandColour = colour;
        };
    };
    const Row rows[] = {
        { "walk with the talk test", test::minutes(12), DoseKind::Duration, talk(AerobicIntensity::Talk::CanTalk),
            "Walk", "Walk for 12 minutes at a pace where you can talk but not sing." },
        { "easy pace", test::minutes(5), DoseKind::Duration, talk(AerobicIntensity::Talk::CanSing), "Cycle",
            "Cycle for 5 minutes at an easy pace where you could still sing." },
        { "hard pace", test::minutes(20), DoseKind::Duration, talk(AerobicIntensity::Talk::FewWords), "Swim",
            "Swim for 20 minutes at a pace where you can only say a few words before you need a breath." },
        { "effort range, no verb", test::minutes(20), DoseKind::Duration, effort(3, 4), "",
            "Keep going for 20 minutes at an effort of 3 to 4 out of 10." },
        { "single effort", test::minutes(15), DoseKind::Duration, effort(4, 4), "Walk",
            "Walk for 15 minutes at an effort of 4 out of 10." },
        { "heart-rate range", test::minutes(15), DoseKind::Duration, heartRate(100, 115), "Cycle",
            "Cycle for 15 minutes with your heart rate between 100 and 115 beats a minute." },
        { "sets and rest", test::reps(2, 10, 60), DoseKind::Repetitions, {}, "",
            "Do 2 sets of 10. Rest for 1 minute between sets." },
        { "one set", test::reps(1, 10, 0), DoseKind::Repetitions, {}, "", "Do it 10 times." },
        { "no set count", test::reps(0, 8, 0), DoseKind::Repetitions, {}, "", "Do it 8 times." },
        { "sets without rest", test::reps(3, 5, 0), DoseKind::Repetitions, {}, "",
            "Do 3 sets of 5. Take a short rest between sets." },
        { "rest of 90 seconds", test::reps(2, 12, 90), DoseKind::Repetitions, {}, "",
            "Do 2 sets of 12. Rest for 1 minute 30 seconds between sets." },
        { "weight", with(test::reps(2, 12, 60), kg(2.5)), DoseKind::Repetitions, {}, "",
            "Do 2 sets of 12. Rest for 1 minute between sets. Use a 2.5 kg weight." },
        { "band", with(test::reps(2, 10, 45), band("red")), DoseKind::Repetitions, {}, "",
            "Do 2 sets of 10. Rest for 45 seconds between sets. Use the red band." },
        { "band without colour", with(test::reps(1, 10, 0), band("")), DoseKind::Repetitions, {}, "",
            "Do it 10 times. Use your exercise band." },
        { "strength with effort", test::reps(2, 8, 60), DoseKind::Repetitions, effort(5, 6), "",
            "Do 2 sets of 8. Rest for 1 minute between sets. Work at an effort of 5 to 6 out of 10." },
        { "hold", holdDose(20, 3), DoseKind::Hold, {}, "", "Hold for 20 seconds, 3 times." },
        { "single hold", holdDose(30, 1), DoseKind::Hold, {}, "", "Hold for 30 seconds." },
        { "holds in sets", with(holdDose(10, 5, 2), [](core::Dose& d) { d.restSeconds = 30; }), DoseKind::Hold, {}, "",
            "Hold for 10 seconds, 5 times. Do 2 sets. Rest for 30 seconds between sets." },
        { "distance", distanceDose(800), DoseKind::Distance, {}, "Walk", "Walk 800 metres." },
        { "kilometres", distanceDose(1500), DoseKind::Distance, talk(AerobicIntensity::Talk::CanTalk), "Walk",
            "Walk 1.5 kilometres at a pace where you can talk but not sing." },
        { "distance, no verb", distanceDose(1000), DoseKind::Distance, {}, "", "Go 1 kilometre." },
        { "bouts",
            with(test::minutes(10),
                [](core::Dose& d) {
                    d.sets = 2;
                    d.restSeconds = 120;
                }),
            DoseKind::Duration, {}, "Walk", "Walk for 10 minutes. Do this 2 times. Rest for 2 minutes in between." },
        { "twice a day", with(test::minutes(5), [](core::Dose& d) { d.timesPerDay = 2; }), DoseKind::Duration, {},
            "Walk", "Walk for 5 minutes. Do this 2 times a day." },
        { "kind without its amount falls back", test::minutes(8), DoseKind::Repetitions, {}, "Walk",
            "Walk for 8 minutes." },
        { "no amount at all", core::Dose {}, DoseKind::Repetitions, {}, "", "Do it the way your physio showed you." },
    };
    for (const auto& row : rows) {
        CAPTURE(row.what);
        CHECK(DoseText::describe(row.dose, row.kind, row.intensity, QString::fromUtf8(row.action))
            == QString::fromUtf8(row.expected));
    }
}

TEST_CASE("Short dose forms fit a calendar cell", "[report][handout][dose]")
{
    using core::DoseKind;
    struct Row {
        core::Dose dose;
        DoseKind kind;
        const char* expected;
    };
    const Row rows[] = {
        { test::minutes(12), DoseKind::Duration, "12 minutes" },
        { test::reps(2, 10), DoseKind::Repetitions, "2 sets of 10" },
        { test::reps(1, 10), DoseKind::Repetitions, "10 times" },
        { test::reps(1, 1), DoseKind::Repetitions, "once" },
        { holdDose(20, 3), DoseKind::Hold, "hold 20 seconds, 3 times" },
        { holdDose(15, 1, 2), DoseKind::Hold, "2 sets: hold 15 seconds" },
        { distanceDose(400), DoseKind::Distance, "400 metres" },
        { with(test::minutes(10), [](core::Dose& d) { d.sets = 3; }), DoseKind::Duration, "10 minutes, 3 times" },
        { with(test::reps(2, 8), [](core::Dose& d) { d.timesPerDay = 3; }), DoseKind::Repetitions,
            "2 sets of 8, 3 times a day" },
        { core::Dose {}, DoseKind::Repetitions, "as shown" },
    };
    for (const auto& row : rows) {
        CAPTURE(row.expected);
        CHECK(DoseText::brief(row.dose, row.kind) == QString::fromUtf8(row.expected));
    }
}

TEST_CASE("Times read in minutes and seconds", "[report][handout][dose]")
{
    const auto [seconds, expected] = GENERATE(table<int, const char*>({
        { 1, "1 second" },
        { 45, "45 seconds" },
        { 60, "1 minute" },
        { 61, "1 minute 1 second" },
        { 90, "1 minute 30 seconds" },
        { 720, "12 minutes" },
        { 5400, "90 minutes" },
    }));
    CAPTURE(seconds);
    CHECK(DoseText::duration(seconds) == QString::fromUtf8(expected));
}

TEST_CASE("Distances switch to kilometres from 1000 metres", "[report][handout][dose]")
{
    const auto [metres, distanceText] = GENERATE(table<int, const char*>({
        { 1, "1 metre" },
        { 250, "250 metres" },
        { 1000, "1 kilometre" },
        { 1500, "1.5 kilometres" },
        { 2250, "2.25 kilometres" },
        { 10000, "10 kilometres" },
    }));
    CAPTURE(metres);
    CHECK(DoseText::distance(metres) == QString::fromUtf8(distanceText));
}

TEST_CASE("Band colours have names and body weight needs no load line", "[report][handout][dose]")
{
    for (const auto& code : core::kBandColourCodes) {
        CAPTURE(code);
        CHECK(DoseText::bandColour(code) == QString::fromStdString(code));
    }
    CHECK(DoseText::bandColour("purple") == QStringLiteral("purple"));
    CHECK(DoseText::load(core::Load {}).isEmpty());
    core::Load zero;
    zero.kind = core::LoadKind::Kilograms;
    CHECK(DoseText::load(zero).isEmpty());
    CHECK(DoseText::intensityPhrase(AerobicIntensity {}).isEmpty());
    CHECK(DoseText::intensitySentence(AerobicIntensity {}).isEmpty());
    CHECK(DoseText::intensitySentence(heartRate(110, 110))
        == QStringLiteral("Keep your heart rate at about 110 beats a minute."));
    CHECK(DoseText::intensitySentence(talk(AerobicIntensity::Talk::CanTalk))
        == QStringLiteral("Go at a pace where you can talk but not sing."));
}
