// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Clinic.h"

#include "services/ShippedContent.h"
#include "storage/Database.h"
#include "storage/ExerciseRepository.h"
#include "storage/SystemClock.h"

#include <spdlog/spdlog.h>

#include <cstdlib>

namespace paceplan::services {

Clinic::Clinic(std::unique_ptr<storage::Database> database) : m_database(std::move(database)) { }

Clinic::~Clinic() = default;

core::Result<std::unique_ptr<Clinic>> Clinic::open(OpenRequest request)
{
    storage::OpenOptions options;
    options.create = request.create;
    options.clock = std::move(request.clock);
    options.user = request.user.empty() ? systemUser() : request.user;
    auto opened = storage::Database::open(request.path, std::move(options));
    if (!opened)
        return opened.error();
    std::unique_ptr<Clinic> clinic(new Clinic(std::move(opened).value()));
    if (auto merged = mergeShippedContent(*clinic->m_database, clinic->m_codec); !merged) {
        if (request.requireShippedContent)
            return merged.error();
        spdlog::warn("the shipped content could not be merged; the clinic opens with what it has");
    }
    return clinic;
}

std::unique_ptr<Clinic> Clinic::adopt(std::unique_ptr<storage::Database> database)
{
    std::unique_ptr<Clinic> clinic(new Clinic(std::move(database)));
    if (auto merged = mergeShippedContent(*clinic->m_database, clinic->m_codec); !merged)
        spdlog::warn("the shipped content could not be merged; the clinic opens with what it has");
    return clinic;
}

core::Date Clinic::today() const
{
    return m_database->clock().today();
}

const std::string& Clinic::path() const
{
    return m_database->path();
}

std::shared_ptr<const core::InMemoryCatalog> Clinic::catalog()
{
    if (!m_catalog) {
        auto loaded = storage::ExerciseRepository(*m_database, m_codec).catalog();
        if (loaded)
            m_catalog = std::make_shared<const core::InMemoryCatalog>(std::move(loaded).value());
        else {
            spdlog::error("the exercise catalog could not be read");
            return std::make_shared<const core::InMemoryCatalog>();
        }
    }
    return m_catalog;
}

std::string systemUser(const std::string& suffix)
{
    const char* user = std::getenv("USER");
    if (user == nullptr || *user == '\0')
        user = std::getenv("USERNAME");
    std::string name = user != nullptr && *user != '\0' ? std::string(user) : std::string("clinician");
    return name + suffix;
}

std::optional<std::string> restoreOffer(const std::string& path, const core::Error& error)
{
    if (error.code != core::ErrorCode::Damaged && error.code != core::ErrorCode::NotADatabase)
        return std::nullopt;
    const auto backups = storage::listBackups(path);
    if (backups.empty())
        return std::nullopt;
    return backups.front();
}

core::Result<std::string> backUpNow(Clinic& clinic)
{
    return clinic.database().backupNow();
}

core::Status restoreBackup(const std::string& backup, const std::string& path)
{
    return storage::restoreFromBackup(backup, path, storage::SystemClock());
}

} // namespace paceplan::services
