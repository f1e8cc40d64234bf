// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Connection.h"
#include "storage/Database.h"
#include "storage/DemoClinic.h"
#include "storage/Migrations.h"
#include "storage/PatientRepository.h"
#include "support/StorageFixtures.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>

#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace paceplan;
using paceplan::core::ErrorCode;
using paceplan::test::DatabaseFixture;
using paceplan::test::TempDir;

namespace {

storage::OpenOptions fixedOptions()
{
    storage::OpenOptions options;
    options.clock = std::make_shared<core::FixedClock>(core::Date(2026, 11, 21));
    return options;
}

std::string pragma(storage::Database& db, const char* name)
{
    return db.connection().queryText(std::string("PRAGMA ") + name);
}

/// Exit statuses of runAsNobody's child besides the one the check returns.
constexpr int kCannotDropRoot = 250;
constexpr int kThrew = 251;

/// Runs check in a child process that has dropped root for the user nobody (uid and gid 65534), for the checks
/// that root's permission bypass would make meaningless. Returns the child's exit status: check's return value
/// (0 to 249), kCannotDropRoot or kThrew; -1 when the child could not be started or did not exit.
int runAsNobody(const std::function<int()>& check)
{
    const pid_t child = ::fork();
    if (child < 0)
        return -1;
    if (child == 0) {
        constexpr gid_t kNobodyGroup = 65534;
        constexpr uid_t kNobody = 65534;
        if (::setgroups(0, nullptr) != 0 || ::setgid(kNobodyGroup) != 0 || ::setuid(kNobody) != 0 || ::geteuid() == 0)
            ::_exit(kCannotDropRoot);
        int status = kThrew;
        try {
            status = check();
        } catch (...) {
        }
        ::_exit(status);
    }
    int status = 0;
    if (::waitpid(child, &status, 0) != child || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

} // namespace

TEST_CASE("A new database is created with WAL, foreign keys, full sync and the latest schema", "[storage][open]")
{
    DatabaseFixture fixture;
    auto& db = *fixture.db;
    CHECK(pragma(db, "journal_mode") == "wal");
    CHECK(pragma(db, "foreign_keys") == "1");
    CHECK(pragma(db, "synchronous") == "2");
    CHECK(std::stoi(pragma(db, "busy_timeout")) >= 1000);
    CHECK(db.schemaVersion() == storage::latestSchemaVersion());
    CHECK(db.schemaVersion() > 0);
    const auto report = db.checkIntegrity(true);
    REQUIRE(report);
    CHECK(report->ok);
}

TEST_CASE("Opening a file that is not a database fails and leaves it byte-for-byte unchanged", "[storage][open]")
{
    TempDir dir;
    const auto path = dir.file("notes.db");
    const std::string garbage = "This is a shopping list, not a database.\nMilk\nEggs\n";
    test::writeFile(path, garbage);
    auto opened = storage::Database::open(path, fixedOptions());
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::NotADatabase);
    CHECK(test::readFile(path) == garbage);
    CHECK_FALSE(std::filesystem::exists(path + "-wal"));
}

TEST_CASE("A file with a SQLite header but damaged pages is reported as damaged", "[storage][open]")
{
    TempDir dir;
    const auto path = dir.file("clinic.db");
    {
        auto db = storage::Database::open(path, fixedOptions());
        REQUIRE(db);
        REQUIRE(storage::seedDemoClinic(**db));
        (*db)->connection().execute("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE");
    }
    std::string bytes = test::readFile(path);
    REQUIRE(bytes.size() > 8192);
    // Overwrite everything after the first page (the schema root) with noise.
    for (std::size_t i = 4096; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>((i * 7919) & 0xFF);
    test::writeFile(path, bytes);
    auto opened = storage::Database::open(path, fixedOptions());
    REQUIRE_FALSE(opened);
    CHECK((opened.error().code == ErrorCode::Damaged || opened.error().code == ErrorCode::NotADatabase));
    CHECK(test::readFile(path) == bytes);
}

TEST_CASE("A missing folder or file gives its own error and creates nothing", "[storage][open]")
{
    TempDir dir;
    const auto inMissingFolder = (dir.path() / "nowhere" / "clinic.db").string();
    auto opened = storage::Database::open(inMissingFolder, fixedOptions());
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::FileNotFound);
    CHECK(opened.error().field == "folder");
    CHECK_FALSE(std::filesystem::exists(dir.path() / "nowhere"));

    auto options = fixedOptions();
    options.create = false;
    auto missing = storage::Database::open(dir.file("absent.db"), options);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::FileNotFound);
    CHECK(missing.error().field == "file");
    CHECK_FALSE(std::filesystem::exists(dir.file("absent.db")));
}

TEST_CASE("A read-only database file is refused with its own error", "[storage][open]")
{
    TempDir dir;
    const auto path = dir.file("clinic.db");
    REQUIRE(storage::Database::open(path, fixedOptions()));
    namespace fs = std::filesystem;
    fs::permissions(path, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    const auto before = test::readFile(path);
    // The outcome as a number: the error code when the file itself is refused, 100 + the code when it is
    // refused for another reason (its folder, say), 200 when it opens.
    const auto openOutcome = [&path]() -> int {
        auto opened = storage::Database::open(path, fixedOptions());
        if (opened)
            return 200;
        return static_cast<int>(opened.error().code) + (opened.error().field == "file" ? 0 : 100);
    };
    const int fileReadOnly = static_cast<int>(ErrorCode::ReadOnly);
    if (::access(path.c_str(), W_OK) != 0) {
        CHECK(openOutcome() == fileReadOnly);
    } else {
        // Root (as in CI) may write to any file: open it as the user nobody, who may write the folder but
        // not the file. The temporary folder must be reachable by nobody (it is under /tmp).
        INFO("running as root: the file is opened by a child process running as nobody");
        fs::permissions(dir.path(), fs::perms::all);
        const int status = runAsNobody(openOutcome);
        REQUIRE(status != kCannotDropRoot);
        CHECK(status == fileReadOnly);
    }
    CHECK(test::readFile(path) == before);
    CHECK_FALSE(fs::exists(path + "-wal"));
}

TEST_CASE("A database written by a newer PacePlan is refused and left alone", "[storage][open]")
{
    TempDir dir;
    const auto path = dir.file("clinic.db");
    {
        auto db = storage::Database::open(path, fixedOptions());
        REQUIRE(db);
        (*db)->connection().execute("PRAGMA user_version = " + std::to_string(storage::latestSchemaVersion() + 5));
        (*db)->connection().execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const auto before = test::readFile(path);
    auto opened = storage::Database::open(path, fixedOptions());
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::NewerSchema);
    CHECK(test::readFile(path) == before);
}

TEST_CASE("Another program's SQLite database is not taken over", "[storage][open]")
{
    TempDir dir;
    const auto path = dir.file("other.db");
    {
        storage::Connection other(path, storage::Connection::Mode::ReadWriteCreate);
        other.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
    }
    auto opened = storage::Database::open(path, fixedOptions());
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::NotADatabase);
}

TEST_CASE("Upgrading takes a backup first and keeps the data", "[storage][migration]")
{
    TempDir dir;
    const auto path = dir.file("clinic.db");
    {
        auto db = storage::Database::open(path, fixedOptions());
        REQUIRE(db);
        REQUIRE(storage::seedDemoClinic(**db));
    }
    auto steps = storage::schemaMigrations();
    steps.push_back({ storage::latestSchemaVersion() + 1, "Test step: add a column",
        "ALTER TABLE patient ADD COLUMN test_extra TEXT NOT NULL DEFAULT 'x'", {} });
    auto options = fixedOptions();
    options.migrations = &steps;
    auto upgraded = storage::Database::open(path, options);
    REQUIRE(upgraded);
    CHECK((*upgraded)->schemaVersion() == storage::latestSchemaVersion() + 1);
    CHECK((*upgraded)->connection().queryInt("SELECT count(*) FROM patient WHERE test_extra = 'x'")
        == static_cast<std::int64_t>(storage::demoPatients().size()));

    const auto backups = storage::listBackups(path);
    REQUIRE(backups.size() == 1);
    storage::Connection backup(backups.front(), storage::Connection::Mode::ReadOnly);
    CHECK(backup.queryInt("PRAGMA user_version") == storage::latestSchemaVersion());
    CHECK(backup.queryInt("SELECT count(*) FROM patient") == static_cast<std::int64_t>(storage::demoPatients().size()));
}

TEST_CASE("A failing schema step rolls back and leaves the previous version", "[storage][migration]")
{
    TempDir dir;
    const auto path = dir.file("clinic.db");
    {
        auto db = storage::Database::open(path, fixedOptions());
        REQUIRE(db);
        REQUIRE(storage::seedDemoClinic(**db));
    }
    auto steps = storage::schemaMigrations();
    steps.push_back({ storage::latestSchemaVersion() + 1, "Test step that fails half way",
        "CREATE TABLE half_done (id INTEGER); INSERT INTO no_such_table VALUES (1);", {} });
    auto options = fixedOptions();
    options.migrations = &steps;
    auto failed = storage::Database::open(path, options);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::MigrationFailed);

    auto reopened = storage::Database::open(path, fixedOptions());
    REQUIRE(reopened);
    CHECK((*reopened)->schemaVersion() == storage::latestSchemaVersion());
    CHECK((*reopened)->connection().queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'") == 0);
    CHECK((*reopened)->connection().queryInt("SELECT count(*) FROM patient") > 0);
}

TEST_CASE("Backups are complete, checked copies and can be restored over a damaged file", "[storage][backup]")
{
    DatabaseFixture fixture;
    REQUIRE(storage::seedDemoClinic(*fixture.db));
    const auto target = fixture.dir.file("copy.db");
    REQUIRE(fixture.db->backupTo(target));
    CHECK_FALSE(fixture.db->backupTo(target)); // never overwrites
    {
        storage::Connection copy(target, storage::Connection::Mode::ReadOnly);
        CHECK(
            copy.queryInt("SELECT count(*) FROM patient") == static_cast<std::int64_t>(storage::demoPatients().size()));
        CHECK(copy.queryText("PRAGMA journal_mode") == "delete");
    }
    const auto dated = fixture.db->backupNow();
    REQUIRE(dated);
    CHECK(storage::listBackups(fixture.path).front() == *dated);

    fixture.db.reset();
    test::writeFile(fixture.path, "garbage that replaced the database");
    REQUIRE(storage::restoreFromBackup(*dated, fixture.path, *fixture.clock));
    auto reopened = storage::Database::open(fixture.path, fixedOptions());
    REQUIRE(reopened);
    storage::PatientRepository patients(**reopened);
    CHECK(*patients.count({}) == static_cast<int>(storage::demoPatients().size()));
    bool keptDamaged = false;
    for (const auto& entry : std::filesystem::directory_iterator(fixture.dir.path()))
        keptDamaged |= entry.path().filename().string().find("clinic.db.damaged-") == 0;
    CHECK(keptDamaged);
}

TEST_CASE("Clinic settings are stored and audited", "[storage][settings]")
{
    DatabaseFixture fixture;
    CHECK(*fixture.db->setting("clinic_name", "none") == "none");
    REQUIRE(fixture.db->setSetting("clinic_name", "Riverside Physio"));
    CHECK(*fixture.db->setting("clinic_name") == "Riverside Physio");
    CHECK(fixture.db->connection().queryInt("SELECT count(*) FROM audit_log WHERE table_name = 'clinic_meta'") == 1);
}
