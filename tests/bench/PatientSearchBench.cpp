// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Benchmark: name-prefix search over 100,000 synthetic patients. Prints figures; asserts nothing.
// Run: build/release/tests/paceplan_bench_patient_search [patients]
#include "core/Clock.h"
#include "core/text/Utf8.h"
#include "storage/Connection.h"
#include "storage/Database.h"
#include "storage/PatientRepository.h"
#include "storage/Statement.h"
#include "support/TempDir.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>

using namespace paceplan;

int main(int argc, char* argv[])
{
    const int count = argc > 1 ? std::atoi(argv[1]) : 100000;
    test::TempDir dir;
    storage::OpenOptions options;
    options.clock = std::make_shared<core::FixedClock>(core::Date(2026, 11, 21));
    auto db = storage::Database::open(dir.file("bench.db"), options);
    if (!db) {
        std::fprintf(stderr, "cannot open the database\n");
        return 1;
    }
    storage::PatientRepository repository(**db);

    static constexpr std::array kGiven = { "Ada", "Zoë", "José", "Margaret", "Tomás", "Priya", "Kwame", "Ingrid",
        "Hannah", "Lars", "Aiko", "Brian", "Grace", "Walter", "Sofia", "Ángel" };
    static constexpr std::array kFamily = { "Smith", "Müller", "Ångström", "Okafor", "Fernández", "Patel", "Nair",
        "Schmidt", "O'Connell", "Rossi", "Tanaka", "Eriksson", "Whitfield", "Mensah", "Delgado", "Søndergaard" };
    std::mt19937 random(42);
    const auto start = std::chrono::steady_clock::now();
    (*db)->connection().execute("BEGIN");
    for (int i = 0; i < count; ++i) {
        core::Patient patient;
        patient.givenName = kGiven[random() % kGiven.size()];
        patient.familyName = std::string(kFamily[random() % kFamily.size()]) + std::to_string(random() % 100000);
        patient.dateOfBirth = core::Date(1930 + static_cast<int>(random() % 80), 1 + random() % 12, 1 + random() % 28);
        // Bulk load in one transaction through SQL (the repository commits each write); the benchmark
        // measures reads.
        storage::Statement insert((*db)->connection(),
            "INSERT INTO patient (uuid, given_name, family_name, date_of_birth, key_given_first, "
            "key_family_first, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '', '')");
        const std::string given = patient.givenName;
        const std::string family = patient.familyName;
        insert.bind(1, "bench-" + std::to_string(i))
            .bind(2, given)
            .bind(3, family)
            .bind(4, patient.dateOfBirth.toIso());
        insert.bind(5, core::foldForSearch(given + " " + family)).bind(6, core::foldForSearch(family + " " + given));
        insert.run();
    }
    (*db)->connection().execute("COMMIT; ANALYZE;");
    const auto loaded = std::chrono::steady_clock::now();
    std::printf("patients: %d (loaded in %.1f s)\n", count, std::chrono::duration<double>(loaded - start).count());

    for (const char* prefix : { "a", "mul", "muller4", "angstrom12", "jose fern", "zz" }) {
        constexpr int kRepeats = 50;
        std::size_t found = 0;
        const auto t0 = std::chrono::steady_clock::now();
        for (int r = 0; r < kRepeats; ++r) {
            storage::PatientQuery query;
            query.namePrefix = prefix;
            query.limit = 200; // one page, as the GUI reads it
            found = repository.list(query)->size();
            (void)repository.count(query);
        }
        const double ms
            = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() / kRepeats;
        std::printf("search %-12s first page %3zu rows + count: %7.3f ms\n", prefix, found, ms);
    }
    return 0;
}
