// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/handout/HandoutContent.h"

#include <QString>

namespace paceplan::services {

/// The error field of a clinic phone number that saveClinicDetails() refuses.
inline constexpr const char* kClinicPhoneField = "clinic_phone";

/// True for a phone number a patient can call: digits, spaces and + - ( ) with 6-15 digits (the rule for
/// patients' numbers, core::isPlausiblePhone), then optionally an extension such as "ext 12", "ext. 12",
/// "x12" or "#12" (1-6 digits). An empty number is allowed too: the handout then says "contact your physio".
bool isValidClinicPhone(const QString& phone);

/// The rule for the clinic's number as one plain, translated sentence.
QString clinicPhoneRule();

/// Why `phone` cannot be the clinic's number, as one plain, translated sentence to show next to the field;
/// empty when it can.
QString clinicPhoneProblem(const QString& phone);

/// True when the letterhead lacks what a patient needs to reach the clinic: its name or its phone number.
bool clinicDetailsMissing(const report::HandoutClinic& clinic);

} // namespace paceplan::services
