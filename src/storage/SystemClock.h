// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"

namespace paceplan::storage {

/// The real wall clock; the only place outside tests where PacePlan reads the time.
class SystemClock : public core::Clock {
public:
    std::chrono::system_clock::time_point now() const override { return std::chrono::system_clock::now(); }
    /// Today's date in the computer's local time zone.
    core::Date today() const override;
};

} // namespace paceplan::storage
