// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ExerciseRepository.h"

#include "core/library/LibraryValidation.h"
#include "core/text/Utf8.h"
#include "storage/Connection.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"
#include "storage/Uuid.h"

#include <algorithm>

namespace paceplan::storage {

using namespace paceplan::core;

namespace {

std::string joined(const std::vector<std::string>& codes)
{
    // Wrapped in commas so that ",knees," finds a code exactly with LIKE.
    std::string out = ",";
    for (const auto& code : codes)
        out += code + ",";
    return codes.empty() ? std::string() : out;
}

Exercise decodeOrThrow(const DocumentCodec& codec, const std::string& text, bool archived)
{
    auto exercise = codec.decodeExercise(text);
    if (!exercise)
        throw StorageError(ErrorCode::Damaged, "stored exercise cannot be read: " + exercise.error().detail);
    exercise->archived = archived;
    return std::move(exercise).value();
}

EducationTopic decodeTopicOrThrow(const DocumentCodec& codec, const std::string& text)
{
    auto topic = codec.decodeTopic(text);
    if (!topic)
        throw StorageError(ErrorCode::Damaged, "stored topic cannot be read");
    return std::move(topic).value();
}

/// Checks an exercise as the clinic entered it. Links (ladders and drawings shown from another exercise) are
/// checked against the database separately, the shipped library's drawings by its own checks, and the clinic's
/// own exercises may have 1-8 steps.
void validateOrThrow(const Exercise& exercise)
{
    for (const auto& finding : validateExercises({ exercise })) {
        using enum LibraryFindingCode;
        if (finding.code == UnresolvedLink || finding.code == LinkNotReciprocal || finding.code == LadderLoop
            || finding.code == LevelOrder || finding.code == DrawingLink || finding.code == MissingDrawing
            || (exercise.custom && (finding.code == StepCount || finding.code == InvalidId)))
            continue;
        throw StorageError(ErrorCode::InvalidValue, finding.message, libraryFindingCodeName(finding.code));
    }
    if (exercise.custom && (exercise.steps.empty() || exercise.steps.size() > 8))
        throw StorageError(ErrorCode::OutOfRange, "give 1 to 8 steps", "steps");
}

void bindColumns(Statement& statement, const Exercise& exercise)
{
    statement.bind(1, exercise.name)
        .bind(2, exerciseCategoryCode(exercise.category))
        .bind(3, exercise.level)
        .bind(4, joined(exercise.regions))
        .bind(5, joined(exercise.equipment))
        .bind(6, " " + foldForSearch(exercise.name));
}

} // namespace

ExerciseRepository::ExerciseRepository(Database& database, const DocumentCodec& codec) : m_db(database), m_codec(codec)
{
}

Result<LibraryMergeResult> ExerciseRepository::mergeLibrary(const std::vector<Exercise>& exercises, int libraryVersion)
{
    return guarded([&] {
        LibraryMergeResult result;
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        const std::string now = m_db.clock().nowIso();
        for (const auto& shipped : exercises) {
            Statement read(connection, "SELECT library_version, clinic_edited, content FROM exercise WHERE code = ?");
            read.bind(1, shipped.id);
            const std::string content = m_codec.encodeExercise(shipped);
            if (!read.step()) {
                Statement insert(connection,
                    "INSERT INTO exercise (name, category, level, regions, equipment, search_key, uuid, code, "
                    "source, library_version, content, created_at, updated_at) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'library', ?9, ?10, ?11, ?11)");
                bindColumns(insert, shipped);
                const std::string uuid = newUuid();
                insert.bind(7, uuid).bind(8, shipped.id).bind(9, libraryVersion).bind(10, content).bind(11, now).run();
                m_db.audit("library-add", "exercise", uuid);
                ++result.added;
                continue;
            }
            const int storedVersion = read.integer(0);
            const bool edited = read.integer(1) != 0;
            if (edited && storedVersion < libraryVersion) {
                ++result.keptClinicEdits;
            } else if (storedVersion < libraryVersion && read.text(2) != content) {
                Statement write(connection,
                    "UPDATE exercise SET name = ?1, category = ?2, level = ?3, regions = ?4, equipment = ?5, "
                    "search_key = ?6, library_version = ?7, content = ?8, updated_at = ?9 WHERE code = ?10");
                bindColumns(write, shipped);
                write.bind(7, libraryVersion).bind(8, content).bind(9, now).bind(10, shipped.id).run();
                Statement uuid(connection, "SELECT uuid FROM exercise WHERE code = ?");
                uuid.bind(1, shipped.id);
                uuid.step();
                m_db.audit("library-update", "exercise", uuid.text(0));
                ++result.updated;
            } else {
                if (storedVersion < libraryVersion) {
                    Statement bump(connection, "UPDATE exercise SET library_version = ? WHERE code = ?");
                    bump.bind(1, libraryVersion).bind(2, shipped.id).run();
                }
                ++result.unchanged;
            }
        }
        transaction.commit();
        return result;
    });
}

Result<LibraryMergeResult> ExerciseRepository::mergeTopics(
    const std::vector<EducationTopic>& topics, int libraryVersion)
{
    return guarded([&] {
        LibraryMergeResult result;
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        const std::string now = m_db.clock().nowIso();
        for (const auto& shipped : topics) {
            const std::string content = m_codec.encodeTopic(shipped);
            Statement read(
                connection, "SELECT library_version, clinic_edited, content, uuid FROM education_topic WHERE code = ?");
            read.bind(1, shipped.id);
            if (!read.step()) {
                Statement insert(connection,
                    "INSERT INTO education_topic (uuid, code, title, library_version, content, "
                    "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)");
                const std::string uuid = newUuid();
                insert.bind(1, uuid)
                    .bind(2, shipped.id)
                    .bind(3, shipped.title)
                    .bind(4, libraryVersion)
                    .bind(5, content)
                    .bind(6, now)
                    .run();
                m_db.audit("library-add", "education_topic", uuid);
                ++result.added;
            } else if (read.integer(1) != 0 && read.integer(0) < libraryVersion) {
                ++result.keptClinicEdits;
            } else if (read.integer(0) < libraryVersion && read.text(2) != content) {
                const std::string uuid = read.text(3);
                Statement write(connection,
                    "UPDATE education_topic SET title = ?, library_version = ?, content = ?, "
                    "updated_at = ? WHERE code = ?");
                write.bind(1, shipped.title)
                    .bind(2, libraryVersion)
                    .bind(3, content)
                    .bind(4, now)
                    .bind(5, shipped.id)
                    .run();
                m_db.audit("library-update", "education_topic", uuid);
                ++result.updated;
            } else {
                ++result.unchanged;
            }
        }
        transaction.commit();
        return result;
    });
}

Result<std::vector<Exercise>> ExerciseRepository::list(const ExerciseQuery& query)
{
    return guarded([&] {
        std::string sql = "SELECT content, archived FROM exercise WHERE 1 = 1";
        std::vector<std::string> values;
        if (!query.includeArchived)
            sql += " AND archived = 0";
        if (query.customOnly)
            sql += " AND source = 'custom'";
        if (query.category) {
            sql += " AND category = ?";
            values.emplace_back(exerciseCategoryCode(*query.category));
        }
        if (query.level) {
            sql += " AND level = " + std::to_string(*query.level);
        }
        if (!query.region.empty()) {
            sql += " AND regions LIKE ?";
            values.push_back("%," + query.region + ",%");
        }
        if (query.equipment == "none") {
            sql += " AND equipment = ''";
        } else if (!query.equipment.empty()) {
            sql += " AND equipment LIKE ?";
            values.push_back("%," + query.equipment + ",%");
        }
        const std::string text = foldForSearch(query.text);
        if (!text.empty()) {
            sql += " AND instr(search_key, ?) > 0";
            values.push_back(" " + text);
        }
        sql += " ORDER BY category, level, search_key";
        Statement read(m_db.connection(), sql);
        for (std::size_t i = 0; i < values.size(); ++i)
            read.bind(static_cast<int>(i + 1), values[i]);
        std::vector<Exercise> exercises;
        while (read.step())
            exercises.push_back(decodeOrThrow(m_codec, read.text(0), read.integer(1) != 0));
        return exercises;
    });
}

Result<Exercise> ExerciseRepository::get(std::string_view code)
{
    return guarded([&] {
        Statement read(m_db.connection(), "SELECT content, archived FROM exercise WHERE code = ?");
        read.bind(1, code);
        if (!read.step())
            throw StorageError(ErrorCode::NotFound, "no such exercise", "exercise");
        return decodeOrThrow(m_codec, read.text(0), read.integer(1) != 0);
    });
}

Result<InMemoryCatalog> ExerciseRepository::catalog()
{
    return guarded([&] {
        InMemoryCatalog catalog;
        Statement read(m_db.connection(), "SELECT content, archived FROM exercise");
        while (read.step())
            catalog.put(decodeOrThrow(m_codec, read.text(0), read.integer(1) != 0));
        return catalog;
    });
}

Exercise ExerciseRepository::insertCustom(Exercise exercise)
{
    const std::string uuid = newUuid();
    exercise.id = "custom-" + uuid;
    exercise.custom = true;
    exercise.archived = false;
    validateOrThrow(exercise);
    auto& connection = m_db.connection();
    for (const auto* link : { &exercise.easierId, &exercise.harderId }) {
        if (link->empty())
            continue;
        Statement exists(connection, "SELECT 1 FROM exercise WHERE code = ?");
        exists.bind(1, *link);
        if (!exists.step())
            throw StorageError(ErrorCode::NotFound, "linked exercise " + *link + " does not exist", "link");
    }
    const std::string now = m_db.clock().nowIso();
    Statement insert(connection,
        "INSERT INTO exercise (name, category, level, regions, equipment, search_key, uuid, "
        "code, source, content, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'custom', ?9, ?10, ?10)");
    bindColumns(insert, exercise);
    insert.bind(7, uuid).bind(8, exercise.id).bind(9, m_codec.encodeExercise(exercise)).bind(10, now).run();
    m_db.audit("create", "exercise", uuid);
    return exercise;
}

Result<Exercise> ExerciseRepository::createCustom(Exercise exercise)
{
    return guarded([&] {
        Transaction transaction(m_db.connection());
        auto created = insertCustom(std::move(exercise));
        transaction.commit();
        return created;
    });
}

Result<std::vector<Exercise>> ExerciseRepository::createCustom(std::vector<Exercise> exercises)
{
    return guarded([&] {
        Transaction transaction(m_db.connection());
        std::vector<Exercise> created;
        for (auto& exercise : exercises) {
            const std::string name = exercise.name;
            try {
                created.push_back(insertCustom(std::move(exercise)));
            } catch (const StorageError& error) {
                throw StorageError(error.error().code, "'" + name + "': " + error.error().detail, error.error().field);
            }
        }
        transaction.commit();
        return created;
    });
}

Result<Exercise> ExerciseRepository::duplicate(std::string_view code, const std::string& name)
{
    auto original = get(code);
    if (!original)
        return original.error();
    Exercise copy = *original;
    copy.name = name;
    copy.basedOnId = original->custom ? original->basedOnId : original->id;
    copy.easierId.clear();
    copy.harderId.clear();
    auto created = createCustom(std::move(copy));
    if (!created)
        return created;
    auto pictures = media(code);
    if (!pictures)
        return pictures.error();
    for (auto& picture : *pictures)
        if (auto added = addMedia(created->id, std::move(picture)); !added)
            return added.error();
    return created;
}

Result<Exercise> ExerciseRepository::update(Exercise exercise)
{
    return guarded([&] {
        validateOrThrow(exercise);
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        Statement read(connection, "SELECT uuid, source FROM exercise WHERE code = ?");
        read.bind(1, exercise.id);
        if (!read.step())
            throw StorageError(ErrorCode::NotFound, "no such exercise", "exercise");
        const std::string uuid = read.text(0);
        exercise.custom = read.text(1) == "custom";
        Statement write(connection,
            "UPDATE exercise SET name = ?1, category = ?2, level = ?3, regions = ?4, "
            "equipment = ?5, search_key = ?6, content = ?7, archived = ?8, updated_at = ?9, "
            "clinic_edited = CASE WHEN source = 'library' THEN 1 ELSE clinic_edited END "
            "WHERE code = ?10");
        bindColumns(write, exercise);
        write.bind(7, m_codec.encodeExercise(exercise)).bind(8, exercise.archived).bind(9, m_db.clock().nowIso());
        write.bind(10, exercise.id).run();
        m_db.audit("update", "exercise", uuid);
        transaction.commit();
        return exercise;
    });
}

Status ExerciseRepository::setArchived(std::string_view code, bool archived)
{
    return guarded([&] {
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        Statement write(connection, "UPDATE exercise SET archived = ?, updated_at = ? WHERE code = ?");
        write.bind(1, archived).bind(2, m_db.clock().nowIso()).bind(3, code).run();
        if (connection.changes() == 0)
            throw StorageError(ErrorCode::NotFound, "no such exercise", "exercise");
        Statement uuid(connection, "SELECT uuid FROM exercise WHERE code = ?");
        uuid.bind(1, code);
        uuid.step();
        m_db.audit(archived ? "archive" : "unarchive", "exercise", uuid.text(0));
        transaction.commit();
    });
}

Result<ExerciseMedia> ExerciseRepository::addMedia(std::string_view code, ExerciseMedia media)
{
    return guarded([&] {
        if (media.mimeType != "image/png" && media.mimeType != "image/jpeg" && media.mimeType != "image/svg+xml")
            throw StorageError(ErrorCode::Unsupported, "pictures must be PNG, JPEG or SVG", "mime_type");
        if (media.data.empty() || media.data.size() > kMaxMediaBytes)
            throw StorageError(ErrorCode::OutOfRange, "the picture is empty or too large", "data");
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        Statement owner(connection, "SELECT id FROM exercise WHERE code = ?");
        owner.bind(1, code);
        if (!owner.step())
            throw StorageError(ErrorCode::NotFound, "no such exercise", "exercise");
        const std::int64_t exerciseId = owner.int64(0);
        Statement next(connection, "SELECT coalesce(max(position), 0) + 1 FROM exercise_media WHERE exercise_id = ?");
        next.bind(1, exerciseId);
        next.step();
        media.uuid = newUuid();
        Statement insert(connection,
            "INSERT INTO exercise_media (uuid, exercise_id, position, mime_type, width, height, "
            "caption, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, media.uuid).bind(2, exerciseId).bind(3, next.int64(0)).bind(4, media.mimeType);
        insert.bind(5, media.width).bind(6, media.height).bind(7, media.caption);
        insert.bindBlob(8, media.data.data(), media.data.size()).bind(9, m_db.clock().nowIso()).run();
        media.id = connection.lastInsertId();
        m_db.audit("create", "exercise_media", media.uuid);
        transaction.commit();
        return media;
    });
}

Result<std::vector<ExerciseMedia>> ExerciseRepository::media(std::string_view code)
{
    return guarded([&] {
        Statement read(m_db.connection(),
            "SELECT m.id, m.uuid, m.mime_type, m.width, m.height, m.caption, m.data FROM exercise_media m "
            "JOIN exercise e ON e.id = m.exercise_id WHERE e.code = ? ORDER BY m.position");
        read.bind(1, code);
        std::vector<ExerciseMedia> out;
        while (read.step())
            out.push_back({ read.int64(0), read.text(1), read.text(2), read.integer(3), read.integer(4), read.text(5),
                read.blob(6) });
        return out;
    });
}

Status ExerciseRepository::removeMedia(std::int64_t mediaId)
{
    return guarded([&] {
        auto& connection = m_db.connection();
        Transaction transaction(connection);
        Statement read(connection, "SELECT uuid FROM exercise_media WHERE id = ?");
        read.bind(1, mediaId);
        if (!read.step())
            throw StorageError(ErrorCode::NotFound, "no such picture", "media");
        const std::string uuid = read.text(0);
        Statement erase(connection, "DELETE FROM exercise_media WHERE id = ?");
        erase.bind(1, mediaId).run();
        m_db.audit("delete", "exercise_media", uuid);
        transaction.commit();
    });
}

Result<std::vector<EducationTopic>> ExerciseRepository::topics()
{
    return guarded([&] {
        Statement read(m_db.connection(), "SELECT content FROM education_topic ORDER BY title");
        std::vector<EducationTopic> out;
        while (read.step())
            out.push_back(decodeTopicOrThrow(m_codec, read.text(0)));
        return out;
    });
}

Result<EducationTopic> ExerciseRepository::topic(std::string_view code)
{
    return guarded([&] {
        Statement read(m_db.connection(), "SELECT content FROM education_topic WHERE code = ?");
        read.bind(1, code);
        if (!read.step())
            throw StorageError(ErrorCode::NotFound, "no such topic", "topic");
        return decodeTopicOrThrow(m_codec, read.text(0));
    });
}

} // namespace paceplan::storage
