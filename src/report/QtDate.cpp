// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/QtDate.h"

namespace paceplan::report {

QDate toQDate(const core::Date& date)
{
    if (!date.isValid())
        return {};
    return QDate(date.year(), static_cast<int>(date.month()), static_cast<int>(date.day()));
}

core::Date fromQDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return core::Date(date.year(), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

} // namespace paceplan::report
