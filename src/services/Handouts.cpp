// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Handouts.h"

#include "services/Exercises.h"

#include "report/QtDate.h"

#include "report/DocumentRenderer.h"
#include "report/PatientSummary.h"
#include "services/Clinic.h"
#include "services/ClinicDetails.h"
#include "services/Patients.h"
#include "storage/Database.h"
#include "storage/ExerciseRepository.h"
#include "storage/PatientRepository.h"
#include "storage/PlanRepository.h"

#include <QBuffer>
#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextDocument>

#include <set>

namespace paceplan::services {

namespace {

QString setting(storage::Database& database, const char* key)
{
    return QString::fromStdString(database.setting(key).value_or(std::string()));
}

const char* outputName(HandoutOutput output)
{
    return output == HandoutOutput::Pdf ? "pdf" : "printer";
}

} // namespace

core::Result<std::vector<PrintableRevision>> printableRevisions(Clinic& clinic, core::PatientId patient)
{
    storage::PlanRepository repository(clinic.database(), clinic.codec());
    auto plans = repository.plansOf(patient);
    if (!plans)
        return plans.error();
    std::vector<PrintableRevision> printable;
    for (const auto& plan : *plans) {
        auto revisions = repository.revisions(plan.id);
        if (!revisions)
            return revisions.error();
        for (auto it = revisions->rbegin(); it != revisions->rend(); ++it)
            if (it->state != storage::RevisionState::Superseded)
                printable.push_back({ plan.id, it->revision, it->title, it->state, it->printed });
    }
    return printable;
}

core::Result<report::HandoutSource> loadHandoutSource(Clinic& clinic, core::PlanId planId, std::optional<int> revision)
{
    storage::Database& database = clinic.database();
    storage::PlanRepository plans(database, clinic.codec());
    auto summary = plans.summary(planId);
    if (!summary)
        return summary.error();
    const int number = revision ? *revision : (summary->active ? summary->active->revision : summary->latest.revision);
    auto plan = plans.revision(planId, number);
    if (!plan)
        return plan.error();
    auto patient = storage::PatientRepository(database).get(plan->patientId);
    if (!patient)
        return patient.error();

    report::HandoutSource source;
    source.patient = std::move(patient).value();
    source.plan = std::move(plan).value();
    auto revisions = plans.revisions(planId);
    if (!revisions)
        return revisions.error();
    for (const auto& info : *revisions)
        if (info.revision == number)
            source.draft = info.state == storage::RevisionState::Draft;
    if (number > 1) {
        auto previous = plans.revision(planId, number - 1);
        if (previous)
            source.previous = std::move(previous).value();
    }
    source.clinic = clinicDetails(clinic);

    storage::ExerciseRepository exercises(database, clinic.codec());
    source.catalog = *clinic.catalog();
    for (const auto& topicId : source.plan.educationTopicIds)
        if (auto topic = exercises.topic(topicId))
            source.topics.push_back(std::move(topic).value());
    // Pictures of every exercise the plan can reach, ladders included.
    std::set<std::string> exerciseIds;
    for (const auto& day : source.plan.days)
        for (const auto& item : day.items)
            for (const auto* exercise = source.catalog.find(item.exerciseId); exercise;
                 exercise = exercise->harderId.empty() || exerciseIds.count(exercise->harderId)
                     ? nullptr
                     : source.catalog.find(exercise->harderId))
                exerciseIds.insert(exercise->id);
    for (const auto& id : exerciseIds) {
        auto media = exercises.media(id);
        if (!media)
            return media.error();
        for (const auto& picture : *media) {
            const QImage image = decodeExercisePicture(picture);
            if (!image.isNull())
                source.pictures[id] << report::HandoutPicture { image, QString::fromStdString(picture.caption) };
        }
    }
    return source;
}

core::Result<core::PlanId> defaultHandoutPlan(Clinic& clinic, core::PatientId patient)
{
    auto plans = storage::PlanRepository(clinic.database(), clinic.codec()).plansOf(patient);
    if (!plans)
        return plans.error();
    if (plans->empty())
        return core::makeError(core::ErrorCode::NotFound, "plan", "the patient has no plan yet");
    for (const auto& plan : *plans)
        if (plan.active)
            return plan.id;
    return plans->front().id;
}

report::HandoutClinic clinicDetails(Clinic& owner)
{
    storage::Database& database = owner.database();
    report::HandoutClinic clinic;
    clinic.name = setting(database, "clinic_name");
    clinic.address = setting(database, "clinic_address");
    clinic.phone = setting(database, "clinic_phone");
    clinic.clinician = setting(database, "clinic_clinician");
    clinic.emergencyNumber = setting(database, "clinic_emergency_number");
    const QByteArray logo = QByteArray::fromBase64(setting(database, "clinic_logo_png").toLatin1());
    if (!logo.isEmpty())
        clinic.logo = QImage::fromData(logo);
    return clinic;
}

core::Status saveClinicDetails(Clinic& owner, const report::HandoutClinic& clinic)
{
    // The rule lives here, so a number the dialog missed, or one from another face, never reaches a page.
    if (!isValidClinicPhone(clinic.phone))
        return core::makeError(core::ErrorCode::InvalidFormat, kClinicPhoneField, "not a phone number");
    storage::Database& database = owner.database();
    const std::pair<const char*, QString> values[] = { { "clinic_name", clinic.name },
        { "clinic_address", clinic.address }, { "clinic_phone", clinic.phone.trimmed() },
        { "clinic_clinician", clinic.clinician }, { "clinic_emergency_number", clinic.emergencyNumber } };
    for (const auto& [key, value] : values)
        if (auto status = database.setSetting(key, value.toStdString()); !status)
            return status;
    QByteArray logo;
    if (!clinic.logo.isNull()) {
        QBuffer buffer(&logo);
        buffer.open(QIODevice::WriteOnly);
        clinic.logo.scaled(600, 300, Qt::KeepAspectRatio, Qt::SmoothTransformation).save(&buffer, "PNG");
    }
    return database.setSetting("clinic_logo_png", logo.toBase64().toStdString());
}

report::HandoutOptions handoutOptions(Clinic& clinic)
{
    storage::Database& database = clinic.database();
    report::HandoutOptions options;
    const QString weeks = setting(database, "handout_weeks");
    options.weeks = weeks == QStringLiteral("next") ? report::HandoutWeeks::NextWeeks
        : weeks == QStringLiteral("whole")          ? report::HandoutWeeks::WholePlan
                                                    : report::HandoutWeeks::CurrentWeek;
    if (const int count = setting(database, "handout_week_count").toInt(); count >= 1 && count <= 52)
        options.weekCount = count;
    options.largePrint = setting(database, "handout_large_print") == QStringLiteral("1");
    options.paper = setting(database, "handout_paper") == QStringLiteral("letter") ? report::HandoutPaper::Letter
                                                                                   : report::HandoutPaper::A4;
    const auto flag = [&](const char* key) { return setting(database, key) != QStringLiteral("0"); };
    options.pictures = flag("handout_pictures");
    options.diary = flag("handout_diary");
    options.education = flag("handout_education");
    options.everydayTips = flag("handout_tips");
    if (const int cards = setting(database, "handout_cards_per_page").toInt(); cards >= 1 && cards <= 3)
        options.cardsPerPage = cards;
    return options;
}

core::Status saveHandoutOptions(Clinic& clinic, const report::HandoutOptions& options)
{
    storage::Database& database = clinic.database();
    const char* weeks = options.weeks == report::HandoutWeeks::NextWeeks ? "next"
        : options.weeks == report::HandoutWeeks::WholePlan               ? "whole"
                                                                         : "current";
    const std::pair<const char*, std::string> values[] = { { "handout_weeks", weeks },
        { "handout_week_count", std::to_string(options.weekCount) },
        { "handout_large_print", options.largePrint ? "1" : "0" },
        { "handout_paper", options.paper == report::HandoutPaper::Letter ? "letter" : "a4" },
        { "handout_pictures", options.pictures ? "1" : "0" }, { "handout_diary", options.diary ? "1" : "0" },
        { "handout_education", options.education ? "1" : "0" }, { "handout_tips", options.everydayTips ? "1" : "0" },
        { "handout_cards_per_page", std::to_string(options.cardsPerPage) } };
    for (const auto& [key, value] : values) {
        if (database.setting(key).value_or("") == value)
            continue;
        if (auto status = database.setSetting(key, value); !status)
            return status;
    }
    return {};
}

report::HandoutDocument handoutDocument(
    Clinic& clinic, const report::HandoutSource& source, const report::HandoutOptions& options)
{
    return report::HandoutDocument(report::assembleHandout(source, options, report::toQDate(clinic.today())), options);
}

core::Status recordHandoutOutput(Clinic& clinic, const report::HandoutSource& source, HandoutOutput output)
{
    return storage::PlanRepository(clinic.database(), clinic.codec())
        .recordHandout(source.plan.id, source.plan.revision, !source.draft, outputName(output));
}

core::Status printHandout(Clinic& clinic, const report::HandoutSource& source, const report::HandoutOptions& options,
    QPagedPaintDevice& device)
{
    if (handoutDocument(clinic, source, options).print(device) <= 0)
        return core::makeError(core::ErrorCode::Io, "printer", "the handout could not be printed");
    return recordHandoutOutput(clinic, source, HandoutOutput::Printer);
}

core::Status writeHandoutPdf(
    Clinic& clinic, const report::HandoutSource& source, const report::HandoutOptions& options, const QString& path)
{
    if (!handoutDocument(clinic, source, options).writePdf(path))
        return core::makeError(core::ErrorCode::Io, "file", "the PDF file cannot be written");
    return recordHandoutOutput(clinic, source, HandoutOutput::Pdf);
}

QPageLayout patientSummaryLayout()
{
    return report::DocumentRenderer::standardLayout(QPageSize::A4);
}

core::Result<int> renderPatientSummary(Clinic& clinic, core::PatientId patient, QPagedPaintDevice& device)
{
    auto person = services::patient(clinic, patient);
    if (!person)
        return person.error();
    const report::HandoutClinic letterhead = clinicDetails(clinic);
    report::ClinicDetails details;
    details.name = letterhead.name;
    details.address = letterhead.address;
    details.phone = letterhead.phone;
    details.clinician = QString::fromStdString(clinic.database().user());
    const report::PatientSummary summary(std::move(person).value(), details, clinic.today());
    QTextDocument document;
    summary.build(document);
    const int pages = report::DocumentRenderer({ details.phone, details.name, {} }).render(document, device);
    if (pages <= 0)
        return core::makeError(core::ErrorCode::Io, "printer", "the summary could not be printed");
    return pages;
}

core::Status recordSummaryPrinted(Clinic& clinic, core::PatientId patient)
{
    auto person = services::patient(clinic, patient);
    if (!person)
        return person.error();
    return clinic.database().auditEvent("print", "patient", person->uuid, "summary");
}

} // namespace paceplan::services
