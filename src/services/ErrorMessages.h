// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

namespace paceplan::services {

/// A plain-language, translated sentence for an error from opening or writing the database.
QString databaseErrorMessage(const core::Error& error);

/// A plain-language, translated message for a validation error of a patient field.
QString patientFieldMessage(const core::Error& error);

} // namespace paceplan::services
