// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Exercises.h"

#include "interop/library/ExerciseLibraryJson.h"
#include "services/Clinic.h"
#include "storage/Database.h"
#include "storage/ExerciseRepository.h"

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSvgRenderer>

#include <nlohmann/json.hpp>

#include <charconv>

namespace paceplan::services {

namespace {

constexpr int kMaxPictureSide = 1200;

storage::ExerciseRepository repository(Clinic& clinic)
{
    return storage::ExerciseRepository(clinic.database(), clinic.codec());
}

/// Passes `result` through, telling the clinic that its exercises changed when the write succeeded.
template <typename Result> Result changed(Clinic& clinic, Result result)
{
    if (result)
        clinic.exercisesChanged();
    return result;
}

} // namespace

core::Result<std::vector<core::Exercise>> listExercises(Clinic& clinic, const storage::ExerciseQuery& query)
{
    return repository(clinic).list(query);
}

core::Result<core::Exercise> exercise(Clinic& clinic, std::string_view id)
{
    return repository(clinic).get(id);
}

core::Result<std::vector<storage::ExerciseMedia>> exerciseMedia(Clinic& clinic, std::string_view id)
{
    return repository(clinic).media(id);
}

core::Result<core::Exercise> createExercise(Clinic& clinic, core::Exercise exercise)
{
    return changed(clinic, repository(clinic).createCustom(std::move(exercise)));
}

core::Result<std::vector<core::Exercise>> importExercises(Clinic& clinic, std::vector<core::Exercise> exercises)
{
    return changed(clinic, repository(clinic).createCustom(std::move(exercises)));
}

core::Result<core::Exercise> updateExercise(Clinic& clinic, core::Exercise exercise)
{
    return changed(clinic, repository(clinic).update(std::move(exercise)));
}

core::Result<core::Exercise> duplicateExercise(Clinic& clinic, std::string_view id, const std::string& name)
{
    return changed(clinic, repository(clinic).duplicate(id, name));
}

core::Status setExerciseArchived(Clinic& clinic, std::string_view id, bool archived)
{
    return changed(clinic, repository(clinic).setArchived(id, archived));
}

core::Result<storage::ExerciseMedia> pictureFromFile(const QString& fileName)
{
    const auto unreadable
        = [] { return core::makeError(core::ErrorCode::InvalidFormat, "picture", "not a PNG, JPEG or SVG picture"); };
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return core::makeError(core::ErrorCode::Io, "picture", "the picture file cannot be read");
    const QByteArray bytes = file.readAll();
    storage::ExerciseMedia picture;
    if (QFileInfo(fileName).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0) {
        QSvgRenderer renderer(bytes);
        if (!renderer.isValid())
            return unreadable();
        picture.mimeType = "image/svg+xml";
        picture.data = bytes.toStdString();
        picture.width = renderer.defaultSize().width();
        picture.height = renderer.defaultSize().height();
        return picture;
    }
    QImage image = QImage::fromData(bytes);
    if (image.isNull())
        return unreadable();
    if (image.width() > kMaxPictureSide || image.height() > kMaxPictureSide)
        image = image.scaled(kMaxPictureSide, kMaxPictureSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    const bool png = image.hasAlphaChannel();
    if (!image.save(&buffer, png ? "PNG" : "JPEG", png ? -1 : 85))
        return unreadable();
    picture.mimeType = png ? "image/png" : "image/jpeg";
    picture.data = out.toStdString();
    picture.width = image.width();
    picture.height = image.height();
    return picture;
}

core::Result<storage::ExerciseMedia> addExercisePicture(
    Clinic& clinic, std::string_view id, storage::ExerciseMedia picture)
{
    return changed(clinic, repository(clinic).addMedia(id, std::move(picture)));
}

core::Status removeExercisePicture(Clinic& clinic, std::int64_t pictureId)
{
    return changed(clinic, repository(clinic).removeMedia(pictureId));
}

core::Result<int> removeExercisePictures(Clinic& clinic, std::string_view id)
{
    auto exercises = repository(clinic);
    auto media = exercises.media(id);
    if (!media)
        return media.error();
    int removed = 0;
    for (const auto& picture : *media) {
        if (auto status = exercises.removeMedia(picture.id); !status) {
            if (removed > 0)
                clinic.exercisesChanged();
            return status.error();
        }
        ++removed; // Each removal is audited on its own.
    }
    if (removed > 0)
        clinic.exercisesChanged();
    return removed;
}

core::Result<LibraryExport> exportLibrary(Clinic& clinic)
{
    auto exercises = repository(clinic).list({ .includeArchived = true });
    if (!exercises)
        return exercises.error();
    auto stored = clinic.database().setting("library_version_merged", "1");
    if (!stored)
        return stored.error();
    int version = 1;
    const std::string& text = *stored;
    if (const auto parsed = std::from_chars(text.data(), text.data() + text.size(), version);
        parsed.ec != std::errc() || version < 1)
        version = 1;
    LibraryExport library;
    library.json = interop::exerciseLibraryToJson(version, *exercises).dump(2) + "\n";
    library.exercises = exercises->size();
    return library;
}

} // namespace paceplan::services
