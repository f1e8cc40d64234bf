// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace paceplan::storage {

/// Sends spdlog's default logger to a rotating file "paceplan.log" in `folder` (5 files of 2 MB) and, when
/// `toStderr`, to standard error too. Log lines name records by uuid only: never patient data.
void setUpLogging(const std::string& folder, bool verbose, bool toStderr);

} // namespace paceplan::storage
