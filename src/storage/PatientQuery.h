// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace paceplan::storage {

/// Which patients a listing includes.
enum class ArchiveFilter { Active, Archived, All };

/// The order of a patient listing.
enum class PatientSort { FamilyName, GivenName, DateOfBirth, Condition, UpdatedAt };

/// A page of a patient listing, optionally narrowed to names starting with some text.
struct PatientQuery {
    std::string namePrefix; ///< Matches the start of the given or family name (or "given family"/"family given"),
                            ///< ignoring case and accents. Empty matches everyone.
    ArchiveFilter archive = ArchiveFilter::Active;
    PatientSort sort = PatientSort::FamilyName;
    bool descending = false;
    int offset = 0;
    int limit = -1; ///< -1 for no limit.
};

} // namespace paceplan::storage
