// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPageLayout>
#include <QPageSize>

namespace paceplan::report {

/// The paper a handout is printed on.
enum class HandoutPaper { A4, Letter };

/// Which plan weeks a handout covers.
enum class HandoutWeeks { CurrentWeek, NextWeeks, WholePlan };

/// The choices made when printing a handout.
struct HandoutOptions {
    HandoutWeeks weeks = HandoutWeeks::CurrentWeek;
    int weekCount = 2; ///< With NextWeeks: how many weeks from the current one, 1 or more.
    bool largePrint = false; ///< Body text of 16 pt or more and more space.
    HandoutPaper paper = HandoutPaper::A4;
    bool pictures = true; ///< Prints the exercise pictures.
    bool diary = true; ///< Adds a home-diary page per week.
    bool education = true; ///< Adds the education topics attached to the plan.
    bool everydayTips = true; ///< Adds the everyday-habits tips.
    /// How many exercise cards share a page, 1 to 3: sets the size of the drawings; 1 starts each card on a new
    /// page. Large print uses at most 2.
    int cardsPerPage = 3;

    /// The plan weeks to print: the current week, the next `weekCount` weeks from it, or every week, limited
    /// to 1..planWeeks; empty when the plan has no weeks.
    QList<int> weekNumbers(int currentWeek, int planWeeks) const;

    /// The cards per page in effect: `cardsPerPage` kept to 1..3, and to at most 2 in large print.
    int effectiveCardsPerPage() const;

    /// The body text size in points: 12, or 16 in large print.
    double bodyPointSize() const;

    /// The page layout: portrait, the chosen paper, margins of 18 mm at the sides, 15 mm at the top and 12 mm at
    /// the bottom (the footer sits inside the body).
    QPageLayout pageLayout() const;

    friend bool operator==(const HandoutOptions&, const HandoutOptions&) = default;
};

/// The Qt page size of a paper choice.
QPageSize::PageSizeId pageSizeId(HandoutPaper paper);

} // namespace paceplan::report
