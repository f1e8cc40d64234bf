// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Logging.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <filesystem>
#include <vector>

namespace paceplan::storage {

void setUpLogging(const std::string& folder, bool verbose, bool toStderr)
{
    std::vector<spdlog::sink_ptr> sinks;
    std::error_code ec;
    if (!folder.empty())
        std::filesystem::create_directories(folder, ec);
    if (!folder.empty() && !ec) {
        try {
            const auto file = (std::filesystem::path(folder) / "paceplan.log").string();
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file, 2 * 1024 * 1024, 5));
        } catch (const spdlog::spdlog_ex&) {
            // No log file (a read-only folder, say): carry on with standard error only.
        }
    }
    if (toStderr) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
        sinks.push_back(console);
    }
    auto logger = std::make_shared<spdlog::logger>("paceplan", sinks.begin(), sinks.end());
    logger->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] %v");
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
}

} // namespace paceplan::storage
