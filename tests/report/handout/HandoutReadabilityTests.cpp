// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoutFixtures.h"

#include "core/text/Readability.h"
#include "report/handout/DoseText.h"
#include "report/handout/HandoutDocument.h"
#include "report/handout/HandoutTexts.h"
#include "report/handout/PainGuidance.h"

#include <catch2/catch.hpp>

using namespace paceplan;
using report::HandoutTexts;
using report::PainGuidance;

namespace {

/// REFERENCE §7.1: patient information below 8th grade (NIH); checked with the formula of §7.6.
constexpr double kMaxGrade = 8.0;
/// REFERENCE §7.1: the AMA asks for 6th grade; the handout's own fixed wording meets that too.
constexpr double kFixedWordingGrade = 6.0;

QString lightsText(const core::PainMonitoringThresholds& thresholds)
{
    QStringList lines;
    for (const auto& light : PainGuidance::trafficLights(thresholds))
        lines << light.name << light.when << light.action;
    return lines.join(QLatin1Char('\n'));
}

QString effortText()
{
    QStringList lines { HandoutTexts::effortGuidance().plainText() };
    for (const auto& band : HandoutTexts::effortBands())
        lines << band.range + QLatin1Char(' ') + band.label + QStringLiteral(". ") + band.feels;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("Every piece of fixed handout wording reads at grade 6 or below", "[report][handout][readability]")
{
    core::PainMonitoringThresholds withUsual;
    withUsual.usualPain = 3;
    core::PainMonitoringThresholds custom;
    custom.greenDuringMax = 2;
    custom.amberDuringMax = 6;
    custom.nextMorningTolerance = 2;
    custom.stepBack.mode = core::StepBackMode::ReducePercent;
    report::HandoutFlarePlan flare;
    flare.warningSigns = { QStringLiteral("poor sleep") };
    flare.helps = { QStringLiteral("a warm bath") };
    flare.people = { QStringLiteral("my sister") };
    report::HandoutClinic clinic;
    clinic.phone = QStringLiteral("01632 960000");
    clinic.emergencyNumber = QStringLiteral("999");

    const std::pair<const char*, QString> sections[] = {
        { "main message", HandoutTexts::mainMessage() + QLatin1Char('\n') + HandoutTexts::draftNotice() },
        { "week", HandoutTexts::weekIntro() + QLatin1Char('\n') + HandoutTexts::easyDayNote() },
        { "exercises", HandoutTexts::exercisesIntro() + QLatin1Char('\n') + HandoutTexts::buildUpSame() },
        { "effort", effortText() },
        { "pain, default thresholds",
            PainGuidance::painIntro({}).plainText() + QLatin1Char('\n') + lightsText({}) + QLatin1Char('\n')
                + PainGuidance::painClosing().join(QLatin1Char('\n')) },
        { "pain, usual level known",
            PainGuidance::painIntro(withUsual).plainText() + QLatin1Char('\n') + lightsText(withUsual) },
        { "pain, custom thresholds", lightsText(custom) },
        { "stop rules",
            PainGuidance::stopRules(clinic).plainText() + QLatin1Char('\n')
                + PainGuidance::urgentHelp(clinic).plainText() },
        { "flare plan", PainGuidance::flarePlan(withUsual, flare, clinic.phone).plainText() },
        { "flare plan, usual level unknown", PainGuidance::flarePlan({}, {}, {}).plainText() },
        { "everyday tips", HandoutTexts::everydayTips().plainText() },
        { "diary", HandoutTexts::diaryIntro() + QLatin1Char(' ') + HandoutTexts::diaryUsualPain(3) },
    };
    for (const auto& [name, text] : sections) {
        const auto stats = core::analyzeReadability(text.toStdString());
        CAPTURE(name, text, stats.words, stats.sentences, stats.syllables);
        CHECK(stats.words > 10);
        CHECK(stats.fleschKincaidGrade <= kFixedWordingGrade);
    }
}

TEST_CASE("Dose sentences read at grade 8 or below", "[report][handout][readability]")
{
    QStringList lines;
    for (const auto& exercise : test::sampleContent(false, 12).exercises)
        lines << report::DoseText::describe(exercise.dose, exercise.doseKind, exercise.intensity, exercise.action);
    const QString text = lines.join(QLatin1Char('\n'));
    const auto stats = core::analyzeReadability(text.toStdString());
    CAPTURE(text);
    CHECK(stats.fleschKincaidGrade <= kMaxGrade);
}

TEST_CASE("A realistic handout reads at grade 8 or below as a whole", "[report][handout][readability]")
{
    for (const bool largePrint : { false, true }) {
        report::HandoutOptions options;
        options.largePrint = largePrint;
        const QString text = report::HandoutDocument(test::sampleContent(true, 8, 2), options).plainText();
        const auto stats = core::analyzeReadability(text.toStdString());
        CAPTURE(largePrint, stats.words, stats.sentences, stats.fleschKincaidGrade);
        CHECK(stats.words > 1000);
        CHECK(stats.fleschKincaidGrade <= kMaxGrade);
    }
}
