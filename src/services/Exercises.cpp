// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Exercises.h"

#include "core/library/LibraryValidation.h"
#include "interop/library/ExerciseLibraryJson.h"
#include "report/drawing/DrawingPainter.h"
#include "services/Clinic.h"
#include "storage/Database.h"
#include "storage/ExerciseRepository.h"

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QSvgRenderer>

#include <nlohmann/json.hpp>

#include <algorithm>
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

QImage decodeExercisePicture(const storage::ExerciseMedia& media)
{
    const QByteArray bytes = QByteArray::fromStdString(media.data);
    if (media.mimeType == "image/svg+xml") {
        QSvgRenderer renderer(bytes);
        if (!renderer.isValid())
            return {};
        QSize size = renderer.defaultSize();
        if (size.isEmpty())
            size = QSize(600, 600);
        size.scale(900, 900, Qt::KeepAspectRatio);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.render(&painter);
        return image;
    }
    return QImage::fromData(bytes);
}

std::optional<core::drawing::Drawing> exerciseDrawing(Clinic& clinic, const core::Exercise& exercise)
{
    return core::drawingOf(*clinic.catalog(), exercise);
}

QImage exercisePicture(Clinic& clinic, const core::Exercise& exercise, QSize size)
{
    if (size.isEmpty())
        return {};
    auto media = repository(clinic).media(exercise.id);
    if (media && !media->empty()) {
        const QImage photo = decodeExercisePicture(media->front());
        if (!photo.isNull()) {
            QImage fitted(size, QImage::Format_RGB32);
            fitted.fill(Qt::white);
            const QImage scaled = photo.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            QPainter painter(&fitted);
            painter.drawImage(
                QPoint((size.width() - scaled.width()) / 2, (size.height() - scaled.height()) / 2), scaled);
            return fitted;
        }
    }
    if (const auto drawing = exerciseDrawing(clinic, exercise))
        return report::DrawingPainter::image(*drawing, size);
    return {};
}

QImage drawingPicture(const core::drawing::Drawing& drawing, QSize size)
{
    return report::DrawingPainter::image(drawing, size);
}

const std::vector<core::drawing::PropKind>& adaptableProps()
{
    using core::drawing::PropKind;
    static const std::vector<PropKind> kinds = { PropKind::Mat, PropKind::Chair, PropKind::Stool, PropKind::Pillow,
        PropKind::Dumbbell, PropKind::Kettlebell, PropKind::Cane, PropKind::Poles, PropKind::Treadmill };
    return kinds;
}

core::drawing::Drawing adaptDrawing(
    core::drawing::Drawing base, bool mirrored, const std::vector<core::drawing::PropKind>& props)
{
    const auto& adaptable = adaptableProps();
    std::erase_if(base.props, [&](const core::drawing::Prop& prop) {
        return std::find(adaptable.begin(), adaptable.end(), prop.kind) != adaptable.end()
            && std::find(props.begin(), props.end(), prop.kind) == props.end();
    });
    for (const auto kind : props) {
        const bool present = std::any_of(base.props.begin(), base.props.end(),
            [kind](const core::drawing::Prop& prop) { return prop.kind == kind; });
        if (!present && std::find(adaptable.begin(), adaptable.end(), kind) != adaptable.end()) {
            core::drawing::Prop prop;
            prop.kind = kind;
            if (kind == core::drawing::PropKind::Dumbbell || kind == core::drawing::PropKind::Kettlebell)
                prop.hands = core::drawing::Hands::Both;
            base.props.push_back(prop);
        }
    }
    base.mirrored = base.mirrored != mirrored;
    base.sameAs.clear();
    return base;
}

core::Status writeExercisePicture(Clinic& clinic, std::string_view id, const QString& fileName, int size)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("png"))
        return core::makeError(core::ErrorCode::InvalidValue, "file", "the picture file must end in .svg or .png");
    if (size < 16 || size > 4000)
        return core::makeError(core::ErrorCode::OutOfRange, "size", "the size must be 16 to 4000 pixels");
    auto found = exercise(clinic, id);
    if (!found)
        return found.error();
    const QSize box(size, size * 3 / 4);
    QByteArray bytes;
    auto media = repository(clinic).media(found->id);
    const bool hasPhoto = media && !media->empty();
    const auto drawing = exerciseDrawing(clinic, *found);
    if (!hasPhoto && !drawing)
        return core::makeError(core::ErrorCode::NotFound, "picture", "the exercise has no drawing or picture");
    if (suffix == QLatin1String("svg")) {
        if (hasPhoto && media->front().mimeType == "image/svg+xml") {
            bytes = QByteArray::fromStdString(media->front().data);
        } else if (hasPhoto) {
            const QImage image = exercisePicture(clinic, *found, box);
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QSvgGenerator generator;
            generator.setOutputDevice(&buffer);
            generator.setSize(box);
            generator.setViewBox(QRect(QPoint(0, 0), box));
            generator.setTitle(QString::fromStdString(found->name));
            QPainter painter(&generator);
            painter.drawImage(QPoint(0, 0), image);
        } else {
            bytes = report::DrawingPainter::svg(*drawing, box, QString::fromStdString(found->name));
        }
    } else {
        const QImage image = exercisePicture(clinic, *found, box);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (image.isNull() || !image.save(&buffer, "PNG"))
            return core::makeError(core::ErrorCode::Io, "picture", "the picture could not be made");
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return core::makeError(core::ErrorCode::Io, "file", "the file could not be written");
    return {};
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
