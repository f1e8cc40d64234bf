// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Date.h"

#include <QDate>

namespace paceplan::report {

/// The QDate of `date`; an invalid QDate when `date` is invalid.
QDate toQDate(const core::Date& date);

/// The core::Date of `date`; an invalid core::Date when `date` is invalid.
core::Date fromQDate(const QDate& date);

} // namespace paceplan::report
