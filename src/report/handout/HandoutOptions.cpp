// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/handout/HandoutOptions.h"

#include <QMarginsF>

#include <algorithm>

namespace paceplan::report {

namespace {

constexpr double kBodyPoints = 12.0; // REFERENCE §7.2: at least 12-14 pt for older readers.
constexpr double kLargeBodyPoints = 16.0; // REFERENCE §7.2: 16-18 pt for readers with low vision.
// REFERENCE §7.2 asks for 1-inch margins; the handout keeps 18 mm so that a week of ten exercises fits in six
// pages at 12 pt (issue 9), which matters more to a reader than the width of the white border. The bottom
// margin is smaller because the footer sits inside the body.
constexpr double kSideMarginMm = 18.0;
constexpr double kTopMarginMm = 15.0;
constexpr double kBottomMarginMm = 12.0;
constexpr int kMaxLargePrintCards = 2;

} // namespace

QList<int> HandoutOptions::weekNumbers(int currentWeek, int planWeeks) const
{
    QList<int> result;
    if (planWeeks < 1)
        return result;
    const int current = std::clamp(currentWeek, 1, planWeeks);
    int first = current;
    int last = current;
    switch (weeks) {
    case HandoutWeeks::CurrentWeek:
        break;
    case HandoutWeeks::NextWeeks:
        last = std::min(planWeeks, current + std::max(1, weekCount) - 1);
        break;
    case HandoutWeeks::WholePlan:
        first = 1;
        last = planWeeks;
        break;
    }
    for (int week = first; week <= last; ++week)
        result.append(week);
    return result;
}

int HandoutOptions::effectiveCardsPerPage() const
{
    const int cards = std::clamp(cardsPerPage, 1, 3);
    return largePrint ? std::min(cards, kMaxLargePrintCards) : cards;
}

double HandoutOptions::bodyPointSize() const
{
    return largePrint ? kLargeBodyPoints : kBodyPoints;
}

QPageLayout HandoutOptions::pageLayout() const
{
    return QPageLayout(QPageSize(pageSizeId(paper)), QPageLayout::Portrait,
        QMarginsF(kSideMarginMm, kTopMarginMm, kSideMarginMm, kBottomMarginMm), QPageLayout::Millimeter);
}

QPageSize::PageSizeId pageSizeId(HandoutPaper paper)
{
    return paper == HandoutPaper::Letter ? QPageSize::Letter : QPageSize::A4;
}

} // namespace paceplan::report
