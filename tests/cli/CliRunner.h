// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/TempDir.h"

#include <nlohmann/json.hpp>

#include <string>
#include <sys/wait.h>
#include <vector>

namespace paceplan::test {

/// What one run of paceplan-cli printed and returned.
struct CliRun {
    int exitCode = -1;
    std::string out;
    std::string err;
    nlohmann::json json() const { return nlohmann::json::parse(out); }
};

/// Runs the real paceplan-cli binary with a private HOME and log folder inside `dir`.
class CliRunner {
public:
    explicit CliRunner(const TempDir& dir) : m_dir(dir) { }

    CliRun run(const std::vector<std::string>& words) const
    {
        std::string command = "env HOME='" + m_dir.path().string() + "' XDG_DATA_HOME='" + m_dir.file("xdg")
            + "' PACEPLAN_LOG_DIR='" + logFolder() + "' '" PACEPLAN_CLI_PATH "'";
        for (const auto& word : words)
            command += " '" + escape(word) + "'";
        command += " >'" + m_dir.file("out.txt") + "' 2>'" + m_dir.file("err.txt") + "' </dev/null";
        const int status = std::system(command.c_str());
        CliRun result;
        result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        result.out = readFile(m_dir.file("out.txt"));
        result.err = readFile(m_dir.file("err.txt"));
        return result;
    }

    std::string logFolder() const { return m_dir.file("logs"); }

private:
    static std::string escape(const std::string& word)
    {
        std::string out;
        for (const char c : word)
            out += c == '\'' ? std::string("'\\''") : std::string(1, c);
        return out;
    }

    const TempDir& m_dir;
};

} // namespace paceplan::test
