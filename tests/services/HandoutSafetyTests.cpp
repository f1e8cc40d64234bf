// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceFixtures.h"

#include "report/handout/PdfPages.h"
#include "report/handout/SafetyWording.h"
#include "services/ClinicDetails.h"
#include "services/ErrorMessages.h"
#include "services/Handouts.h"
#include "services/Patients.h"
#include "services/Plans.h"

#include <QRegularExpression>

#include <algorithm>

using namespace paceplan;
using test::PatientClinicFixture;

namespace {

/// The walking plan with stationary cycling on Wednesday, its target a heart-rate range of 40-59 % of reserve.
core::Plan cyclingByHeartRate()
{
    auto plan = PatientClinicFixture::walkingPlan("Cycling by heart rate");
    core::PlanItem cycle;
    cycle.key = "cycle";
    cycle.exerciseId = "stationary-cycling";
    cycle.dose.durationSeconds = 20 * 60;
    cycle.intensity.kind = core::IntensityKind::HeartRate;
    cycle.intensity.reservePercentLow = 40;
    cycle.intensity.reservePercentHigh = 59;
    plan.days[4].type = core::DayType::Aerobic;
    plan.days[4].items.push_back(cycle);
    return plan;
}

/// The fixture's patient with a resting heart rate (so a range could be worked out) and, optionally, on beta-blockers.
void setHeartFacts(PatientClinicFixture& fixture, bool betaBlockers)
{
    fixture.patient.restingHeartRate = 64;
    fixture.patient.precautions.clear();
    if (betaBlockers)
        fixture.patient.precautions.push_back(core::Precaution::BetaBlockers);
    auto saved = services::savePatient(*fixture.clinic, fixture.patient);
    REQUIRE(saved);
    fixture.patient = *saved;
}

std::string handoutText(PatientClinicFixture& fixture, core::PlanId plan, const std::string& name)
{
    auto source = services::loadHandoutSource(*fixture.clinic, plan);
    REQUIRE(source);
    report::HandoutOptions options;
    options.weeks = report::HandoutWeeks::WholePlan;
    const std::string file = fixture.dir.file(name);
    REQUIRE(services::writeHandoutPdf(*fixture.clinic, *source, options, QString::fromStdString(file)));
    const std::string text = test::collapseSpaces(test::pdfText(file, fixture.dir, true));
    REQUIRE_FALSE(text.empty());
    return text;
}

bool mentionsBeats(const std::string& text)
{
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    return lower.find("beats a minute") != std::string::npos || lower.find("bpm") != std::string::npos
        || lower.find("beats per minute") != std::string::npos;
}

} // namespace

TEST_CASE("A heart-rate target stored for a patient on beta-blockers prints as the effort scale", "[services][handout]")
{
    PatientClinicFixture fixture;
    auto stored = fixture.plans().create(fixture.patient.id, cyclingByHeartRate());
    REQUIRE(stored);

    SECTION("without beta-blockers the handout gives the range in beats a minute")
    {
        setHeartFacts(fixture, false);
        const std::string text = handoutText(fixture, stored->id, "plain.pdf");
        CHECK(mentionsBeats(text));
        auto warnings = services::activationWarnings(*fixture.clinic, stored->id, 1);
        REQUIRE(warnings);
        CHECK(warnings->empty());
    }
    SECTION("with beta-blockers no page says beats a minute and the effort range stands in")
    {
        setHeartFacts(fixture, true);
        const std::string text = handoutText(fixture, stored->id, "beta-blockers.pdf");
        CHECK_FALSE(mentionsBeats(text));
        CHECK(text.find("at an effort of 3 to 4 out of 10") != std::string::npos);
    }
}

TEST_CASE("Activation warns about a heart-rate target for a patient on beta-blockers", "[services][plans]")
{
    PatientClinicFixture fixture;
    setHeartFacts(fixture, true);
    auto stored = fixture.plans().create(fixture.patient.id, cyclingByHeartRate());
    REQUIRE(stored);
    auto warnings = services::activationWarnings(*fixture.clinic, stored->id, 1);
    REQUIRE(warnings);
    REQUIRE(warnings->size() == 2);
    CHECK(warnings->at(0).find("heart-rate target") != std::string::npos);
    CHECK(warnings->at(0).find("effort scale") != std::string::npos);
    CHECK(warnings->at(1).find("never beats a minute") != std::string::npos);
    // A warning, not a block: the screening alone decides whether activation goes ahead.
    CHECK(services::activatePlan(*fixture.clinic, stored->id, 1, PatientClinicFixture::clearScreening()));
    CHECK_FALSE(services::activationWarnings(*fixture.clinic, stored->id, 9));
}

namespace {

QString lower(const QString& text)
{
    return text.toLower().simplified();
}

/// The sentences of `text` (split at . ! ? : and line ends) that name an emergency sign.
QStringList emergencySentences(const QString& text)
{
    static const QStringList signs { QStringLiteral("bottom"), QStringLiteral("private parts"),
        QStringLiteral("between your legs"), QStringLiteral("bladder"), QStringLiteral("bowel"),
        QStringLiteral("both legs"), QStringLiteral("chest pain") };
    QStringList out;
    static const QRegularExpression split(QStringLiteral("[.!?\\n]"));
    for (const auto& sentence : text.split(split, Qt::SkipEmptyParts))
        for (const auto& sign : signs)
            if (lower(sentence).contains(sign)) {
                out << sentence.simplified();
                break;
            }
    return out;
}

} // namespace

TEST_CASE("Every demo handout gives emergency signs one wording, with every education topic", "[services][handout]")
{
    test::DemoClinicFixture fixture;
    auto& clinic = *fixture.clinic;
    auto topics = services::educationTopics(clinic);
    REQUIRE(topics);
    auto patients = services::listPatients(clinic, {});
    REQUIRE(patients);
    const QString emergency = report::SafetyWording::emergencyHelp();
    int handouts = 0;
    for (const auto& patient : *patients) {
        auto plan = services::defaultHandoutPlan(clinic, patient.id);
        if (!plan)
            continue;
        auto source = services::loadHandoutSource(clinic, *plan);
        REQUIRE(source);
        source->topics = *topics; // every shipped topic, not only the ones this plan lists
        const QString text = services::handoutDocument(clinic, *source, {}).plainText();
        ++handouts;
        CAPTURE(handouts);
        CHECK(lower(text).contains(emergency));
        for (const auto& phrase : report::SafetyWording::conflictingPhrases())
            CHECK_FALSE(lower(text).contains(phrase));
        // A sentence naming an emergency sign either sends the person for emergency help or only tells them to stop.
        for (const auto& sentence : emergencySentences(text)) {
            CAPTURE(sentence);
            CHECK_FALSE(lower(sentence).contains(QStringLiteral("urgent")));
        }
        CHECK_FALSE(text.contains(QStringLiteral("call us"), Qt::CaseInsensitive)); // the demo clinic has no phone
    }
    CHECK(handouts >= 10);
}

TEST_CASE("The shipped education texts send cauda equina signs to emergency help", "[services][handout]")
{
    test::ClinicFixture fixture;
    auto topics = services::educationTopics(*fixture.clinic);
    REQUIRE(topics);
    int mentions = 0;
    for (const auto& topic : *topics) {
        QStringList texts;
        for (const auto& paragraph : topic.paragraphs)
            texts << QString::fromStdString(paragraph);
        for (const auto& point : topic.keyPoints)
            texts << QString::fromStdString(point);
        for (const auto& text : texts) {
            const QString plain = lower(text);
            if (!plain.contains(QStringLiteral("private parts"))
                && !plain.contains(QStringLiteral("around your bottom")))
                continue;
            CAPTURE(topic.id, text);
            ++mentions;
            CHECK(plain.contains(report::SafetyWording::emergencyHelp()));
            for (const auto& phrase : report::SafetyWording::conflictingPhrases())
                CHECK_FALSE(plain.contains(phrase));
        }
    }
    CHECK(mentions >= 2);
}

TEST_CASE("The clinic phone must be a number a patient can call", "[services][handout]")
{
    PatientClinicFixture fixture;
    for (const char* good : { "", "01632 960000", "+44 (0)1632 960000", "020-7946-0958", "01632 960000 ext 12",
             "01632 960000 ext. 12", "(555) 010-4477 x204", "+1 555 010 4477 #9", "01632 960000 extension 4" }) {
        CAPTURE(good);
        CHECK(services::isValidClinicPhone(QString::fromUtf8(good)));
        CHECK(services::clinicPhoneProblem(QString::fromUtf8(good)).isEmpty());
    }
    for (const char* bad : { "call us!!", "12345", "01632 96000O", "phone me", "ext 12", "01632 960000 ext",
             "01632 960000 ext 1234567", "01632 960000 / 01632 960001" }) {
        CAPTURE(bad);
        CHECK_FALSE(services::isValidClinicPhone(QString::fromUtf8(bad)));
        CHECK(services::clinicPhoneProblem(QString::fromUtf8(bad)).contains(QStringLiteral("at least 6 digits")));
    }

    report::HandoutClinic details;
    details.name = QStringLiteral("Riverside Physio");
    details.phone = QStringLiteral("call us!!");
    const auto refused = services::saveClinicDetails(*fixture.clinic, details);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == services::kClinicPhoneField);
    CHECK(services::databaseErrorMessage(refused.error()) == services::clinicPhoneRule());
    CHECK(services::clinicDetails(*fixture.clinic).name.isEmpty()); // nothing was stored
    CHECK(services::clinicDetailsMissing(services::clinicDetails(*fixture.clinic)));

    details.phone = QStringLiteral(" 01632 960000 ext 12 ");
    REQUIRE(services::saveClinicDetails(*fixture.clinic, details));
    CHECK(services::clinicDetails(*fixture.clinic).phone == QStringLiteral("01632 960000 ext 12"));
    CHECK_FALSE(services::clinicDetailsMissing(services::clinicDetails(*fixture.clinic)));
}

TEST_CASE("A handout says call us only when it prints a phone number", "[services][handout]")
{
    PatientClinicFixture fixture;
    const auto plan = fixture.draftPlan("Getting back to walking");
    const auto textNow = [&] {
        auto source = services::loadHandoutSource(*fixture.clinic, plan.id);
        REQUIRE(source);
        return services::handoutDocument(*fixture.clinic, *source, {}).plainText();
    };
    const QString bare = textNow();
    CHECK_FALSE(bare.contains(QStringLiteral("call us"), Qt::CaseInsensitive));
    CHECK(bare.contains(QStringLiteral("contact your physio"), Qt::CaseInsensitive));
    CHECK(bare.contains(QStringLiteral("Phone: ____")));

    report::HandoutClinic details;
    details.name = QStringLiteral("Riverside Physio");
    details.phone = QStringLiteral("01632 960000");
    REQUIRE(services::saveClinicDetails(*fixture.clinic, details));
    const QString withPhone = textNow();
    CHECK(withPhone.contains(QStringLiteral("call us on 01632 960000"), Qt::CaseInsensitive));
    CHECK_FALSE(withPhone.contains(QStringLiteral("Phone: ____")));
    // Every "call us" carries the number.
    const auto calls = withPhone.count(QStringLiteral("call us"), Qt::CaseInsensitive);
    CHECK(calls >= 2);
    CHECK(withPhone.count(QStringLiteral("call us on 01632 960000"), Qt::CaseInsensitive) == calls);
}
