// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "storage/Connection.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"
#include "storage/SystemClock.h"
#include "storage/Uuid.h"

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <unistd.h>

namespace paceplan::storage {

namespace fs = std::filesystem;
using core::ErrorCode;

namespace {

constexpr int kBusyTimeoutMs = 5000;

/// A compact UTC stamp for file names: 20261121-093000.
std::string fileStamp(const core::Clock& clock)
{
    std::string iso = clock.nowIso(); // 2026-11-21T09:30:00Z
    std::string out;
    for (const char c : iso) {
        if (c >= '0' && c <= '9')
            out += c;
        else if (c == 'T')
            out += '-';
    }
    return out;
}

/// Checks the file before SQLite touches it, so that a file which is not ours is never changed.
void checkFileBeforeOpen(const fs::path& file, bool create)
{
    std::error_code ec;
    const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::current_path();
    if (!fs::is_directory(folder, ec))
        throw StorageError(ErrorCode::FileNotFound, "the folder does not exist", "folder");
    const bool exists = fs::exists(file, ec);
    if (!exists) {
        if (!create)
            throw StorageError(ErrorCode::FileNotFound, "the database file does not exist", "file");
        if (::access(folder.c_str(), W_OK) != 0)
            throw StorageError(ErrorCode::FolderNotWritable, "the folder cannot be written to", "folder");
        return;
    }
    if (!fs::is_regular_file(file, ec))
        throw StorageError(ErrorCode::NotADatabase, "the path is not a regular file", "file");
    const auto size = fs::file_size(file, ec);
    if (size > 0) {
        std::array<char, 16> header {};
        std::ifstream in(file, std::ios::binary);
        in.read(header.data(), header.size());
        static constexpr char kMagic[16]
            = { 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', '\0' };
        if (in.gcount() < 16 || !std::equal(header.begin(), header.end(), kMagic))
            throw StorageError(ErrorCode::NotADatabase, "the file is not a SQLite database", "file");
    }
    if (::access(file.c_str(), W_OK) != 0)
        throw StorageError(ErrorCode::ReadOnly, "the database file is read-only", "file");
    if (::access(folder.c_str(), W_OK) != 0)
        throw StorageError(ErrorCode::ReadOnly, "the database folder is read-only", "folder");
}

std::vector<std::string> integrityProblems(Connection& connection, bool full)
{
    std::vector<std::string> problems;
    Statement check(connection, full ? "PRAGMA integrity_check" : "PRAGMA quick_check");
    while (check.step()) {
        auto line = check.text(0);
        if (line != "ok")
            problems.push_back(std::move(line));
    }
    return problems;
}

void copyWithOnlineBackup(Connection& source, const std::string& target)
{
    Connection destination(target, Connection::Mode::ReadWriteCreate);
    sqlite3_backup* backup = sqlite3_backup_init(destination.handle(), "main", source.handle(), "main");
    if (!backup)
        destination.fail(sqlite3_errcode(destination.handle()), "backup");
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        throw StorageError(ErrorCode::BackupFailed, std::string("backup failed: ") + sqlite3_errstr(rc));
    // A backup copy is a self-contained file: no WAL beside it.
    destination.execute("PRAGMA journal_mode = DELETE");
    if (!integrityProblems(destination, false).empty())
        throw StorageError(ErrorCode::BackupFailed, "the backup copy failed its check");
}

} // namespace

Database::Database(std::unique_ptr<Connection> connection, std::string path, OpenOptions options)
    : m_connection(std::move(connection)), m_path(std::move(path)), m_user(std::move(options.user)),
      m_clock(options.clock ? std::move(options.clock) : std::make_shared<SystemClock>())
{
}

Database::~Database() = default;

core::Result<std::unique_ptr<Database>> Database::open(const std::string& path, OpenOptions options)
{
    return guarded([&]() -> std::unique_ptr<Database> {
        checkFileBeforeOpen(fs::path(path), options.create);
        auto connection = std::make_unique<Connection>(
            path, options.create ? Connection::Mode::ReadWriteCreate : Connection::Mode::ReadWrite);
        connection->execute("PRAGMA busy_timeout = " + std::to_string(kBusyTimeoutMs));

        // The first read fails with NOTADB/CORRUPT for a file that only looks like a database.
        const auto problems = integrityProblems(*connection, false);
        if (!problems.empty()) {
            spdlog::error("database failed its quick check ({} problems)", problems.size());
            throw StorageError(ErrorCode::Damaged, "quick_check: " + problems.front());
        }
        const auto& steps = options.migrations ? *options.migrations : schemaMigrations();
        const int latest = steps.back().version;
        const int version = static_cast<int>(connection->queryInt("PRAGMA user_version"));
        if (version > latest)
            throw StorageError(
                ErrorCode::NewerSchema, "schema version " + std::to_string(version) + " > " + std::to_string(latest));
        const bool hasTables = connection->queryInt("SELECT count(*) FROM sqlite_master") > 0;
        if (version == 0 && hasTables)
            throw StorageError(ErrorCode::NotADatabase, "a SQLite database of another program");

        auto database = std::unique_ptr<Database>(new Database(std::move(connection), path, std::move(options)));
        if (version > 0 && version < latest) {
            const auto backup = database->backupNow("before-v" + std::to_string(latest));
            if (!backup)
                throw StorageError(
                    ErrorCode::MigrationFailed, "no backup could be made before the upgrade: " + backup.error().detail);
        }
        Connection& db = *database->m_connection;
        const auto mode = db.queryText("PRAGMA journal_mode = WAL");
        if (mode != "wal")
            spdlog::warn("journal mode is {} instead of wal", mode);
        db.execute("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;");
        migrate(db, steps);
        spdlog::info("database opened (schema version {})", database->schemaVersion());
        return database;
    });
}

int Database::schemaVersion() const
{
    return static_cast<int>(m_connection->queryInt("PRAGMA user_version"));
}

core::Status Database::backupTo(const std::string& file)
{
    return guarded([&] {
        std::error_code ec;
        if (fs::exists(file, ec))
            throw StorageError(ErrorCode::Conflict, "the backup file exists already", "file");
        try {
            copyWithOnlineBackup(*m_connection, file);
        } catch (const StorageError&) {
            fs::remove(file, ec);
            throw;
        }
        spdlog::info("database backed up");
    });
}

core::Result<std::string> Database::backupNow(std::string_view reason)
{
    const fs::path folder = backupFolderFor(m_path);
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec)
        return core::makeError(ErrorCode::BackupFailed, "folder", "cannot create the backup folder");
    const std::string stem = fs::path(m_path).stem().string();
    std::string file = (folder / (stem + "-" + fileStamp(*m_clock) + "-" + std::string(reason) + ".db")).string();
    for (int n = 2; fs::exists(file, ec); ++n)
        file = (folder
            / (stem + "-" + fileStamp(*m_clock) + "-" + std::string(reason) + "-" + std::to_string(n) + ".db"))
                   .string();
    if (auto status = backupTo(file); !status)
        return status.error();
    return file;
}

core::Result<IntegrityReport> Database::checkIntegrity(bool full)
{
    return guarded([&] {
        IntegrityReport report;
        report.problems = integrityProblems(*m_connection, full);
        Statement foreignKeys(*m_connection, "PRAGMA foreign_key_check");
        while (foreignKeys.step())
            report.problems.push_back("foreign key problem in table " + foreignKeys.text(0));
        report.ok = report.problems.empty();
        return report;
    });
}

core::Result<std::string> Database::setting(const std::string& key, const std::string& fallback)
{
    return guarded([&] {
        Statement query(*m_connection, "SELECT value FROM clinic_meta WHERE key = ?");
        query.bind(1, key);
        return query.step() ? query.text(0) : fallback;
    });
}

core::Status Database::setSetting(const std::string& key, const std::string& value)
{
    return guarded([&] {
        Transaction transaction(*m_connection);
        Statement write(*m_connection, "INSERT OR REPLACE INTO clinic_meta (key, value) VALUES (?, ?)");
        write.bind(1, key).bind(2, value).run();
        audit("update", "clinic_meta", key);
        transaction.commit();
    });
}

void Database::audit(
    std::string_view action, std::string_view table, std::string_view recordUuid, std::string_view detail)
{
    Statement insert(*m_connection,
        "INSERT INTO audit_log (uuid, at, user, action, table_name, record_uuid, detail) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, newUuid())
        .bind(2, m_clock->nowIso())
        .bind(3, m_user)
        .bind(4, action)
        .bind(5, table)
        .bind(6, recordUuid)
        .bind(7, detail)
        .run();
}

core::Status Database::auditEvent(
    std::string_view action, std::string_view table, std::string_view recordUuid, std::string_view detail)
{
    return guarded([&] { audit(action, table, recordUuid, detail); });
}

std::string backupFolderFor(const std::string& databasePath)
{
    const fs::path path(databasePath);
    return ((path.has_parent_path() ? path.parent_path() : fs::path(".")) / "backups").string();
}

std::vector<std::string> listBackups(const std::string& databasePath)
{
    std::vector<std::pair<fs::file_time_type, std::string>> found;
    std::error_code ec;
    const std::string stem = fs::path(databasePath).stem().string() + "-";
    for (const auto& entry : fs::directory_iterator(backupFolderFor(databasePath), ec)) {
        const auto name = entry.path().filename().string();
        if (entry.is_regular_file(ec) && name.rfind(stem, 0) == 0 && entry.path().extension() == ".db")
            found.emplace_back(entry.last_write_time(ec), entry.path().string());
    }
    std::sort(found.begin(), found.end(),
        [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second > b.second; });
    std::vector<std::string> paths;
    paths.reserve(found.size());
    for (auto& [time, file] : found)
        paths.push_back(std::move(file));
    return paths;
}

core::Status restoreFromBackup(const std::string& backupPath, const std::string& databasePath, const core::Clock& clock)
{
    return guarded([&] {
        {
            Connection backup(backupPath, Connection::Mode::ReadOnly);
            if (!integrityProblems(backup, false).empty())
                throw StorageError(ErrorCode::Damaged, "the backup is damaged too", "backup");
        }
        std::error_code ec;
        const std::string aside = databasePath + ".damaged-" + fileStamp(clock);
        if (fs::exists(databasePath, ec)) {
            fs::rename(databasePath, aside, ec);
            if (ec)
                throw StorageError(ErrorCode::Io, "cannot move the damaged file aside: " + ec.message());
            for (const char* suffix : { "-wal", "-shm" })
                fs::rename(databasePath + suffix, aside + suffix, ec);
        }
        fs::copy_file(backupPath, databasePath, ec);
        if (ec)
            throw StorageError(ErrorCode::Io, "cannot copy the backup: " + ec.message());
        spdlog::warn("database restored from a backup; the damaged file was kept beside it");
    });
}

} // namespace paceplan::storage
