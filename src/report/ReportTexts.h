// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/patient/Patient.h"

#include <QString>

namespace paceplan::report {

/// Translated display names of core codes, shared by printed documents and the GUI.
QString sexLabel(core::Sex value);
QString conditionLabel(core::PrimaryCondition value);
QString painDurationLabel(core::PainDuration value);
QString precautionLabel(core::Precaution value);

} // namespace paceplan::report
