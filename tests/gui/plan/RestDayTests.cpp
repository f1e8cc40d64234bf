// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanPageFixture.h"

#include "core/plan/PlanChecks.h"
#include "gui/plan/DayItemList.h"
#include "gui/plan/PlanDocument.h"
#include "gui/plan/WeekGrid.h"

#include <QComboBox>
#include <QUndoStack>

#include <algorithm>

using namespace paceplan;

namespace {

constexpr int kWednesday = 2;
constexpr int kThursday = 3;

/// Picks "Rest" in a day's type box, as the clinician does.
void chooseRest(test::PlanPageFixture& f, int weekday)
{
    auto* box = f.page->weekGrid()->dayTypeBox(weekday);
    box->setCurrentIndex(box->findData(static_cast<int>(core::DayType::Rest)));
}

bool hasFinding(const gui::PlanDocument& document, const char* code)
{
    const auto& findings = document.findings();
    return std::any_of(findings.begin(), findings.end(), [code](const core::PlanFinding& f) { return f.code == code; });
}

} // namespace

TEST_CASE("Making a day with exercises a rest day offers to move them to the next training day", "[gui][plan]")
{
    test::PlanPageFixture f;
    auto* document = f.page->document();
    REQUIRE(f.page->newBlankPlan());
    // The blank week: Wednesday is active recovery and Thursday a strength day.
    REQUIRE(document->plan().days[kWednesday].type == core::DayType::ActiveRecovery);
    REQUIRE(f.page->addExercise(QStringLiteral("bridge"), kWednesday));
    REQUIRE(f.page->addExercise(QStringLiteral("cat-camel"), kWednesday));
    const auto keys = [&] {
        std::vector<std::string> out;
        for (const auto& item : document->plan().days[kWednesday].items)
            out.push_back(item.key);
        return out;
    }();
    REQUIRE(keys.size() == 2);
    f.prompter.questions.clear();

    SECTION("Cancel keeps the day's type and its exercises")
    {
        f.prompter.answer = false;
        chooseRest(f, kWednesday);
        REQUIRE(f.prompter.questions.size() == 1);
        CHECK(f.prompter.questions.front().contains(QStringLiteral("Wednesday has 2 exercises")));
        CHECK(f.prompter.questions.front().contains(QStringLiteral("Move them to Thursday")));
        CHECK(document->plan().days[kWednesday].type == core::DayType::ActiveRecovery);
        CHECK(document->plan().days[kWednesday].items.size() == 2);
        auto* box = f.page->weekGrid()->dayTypeBox(kWednesday);
        CHECK(box->currentData().toInt() == static_cast<int>(core::DayType::ActiveRecovery));
    }
    SECTION("Moving puts them on Thursday, makes Wednesday a rest day, and one undo brings both back")
    {
        f.prompter.answer = true;
        const auto thursdayBefore = document->plan().days[kThursday].items.size();
        chooseRest(f, kWednesday);
        REQUIRE(f.prompter.questions.size() == 1);
        CHECK(document->plan().days[kWednesday].type == core::DayType::Rest);
        CHECK(document->plan().days[kWednesday].items.empty());
        for (const auto& key : keys)
            CHECK(document->plan().dayOfItem(key) == kThursday);
        CHECK(document->plan().days[kThursday].items.size() == thursdayBefore + 2);
        CHECK(f.page->weekGrid()->dayList(kThursday)->count() == static_cast<int>(thursdayBefore + 2));
        CHECK_FALSE(hasFinding(*document, core::check_code::kRestDayWithExercises));
        REQUIRE(f.page->save()); // A plan with a rest day holding exercises would fail validation.

        document->undoStack()->undo();
        CHECK(document->plan().days[kWednesday].type == core::DayType::ActiveRecovery);
        for (const auto& key : keys)
            CHECK(document->plan().dayOfItem(key) == kWednesday);
    }
    SECTION("An empty day becomes a rest day without a question")
    {
        chooseRest(f, kThursday);
        CHECK(f.prompter.questions.isEmpty());
        CHECK(document->plan().days[kThursday].type == core::DayType::Rest);
    }
}

TEST_CASE("The plan checks flag a stored rest day that holds exercises", "[gui][plan][checks]")
{
    test::PlanPageFixture f;
    auto* document = f.page->document();
    REQUIRE(f.page->newBlankPlan());
    REQUIRE(f.page->addExercise(QStringLiteral("bridge"), 0));
    CHECK_FALSE(hasFinding(*document, core::check_code::kRestDayWithExercises));
    // A plan stored before validation refused this (or typed into a file) loads with the items on a rest day.
    core::Plan legacy = document->plan();
    legacy.days[0].type = core::DayType::Rest;
    const auto info = document->revisionInfo();
    const auto context = document->context();
    document->load(legacy, info, context);
    CHECK(hasFinding(*document, core::check_code::kRestDayWithExercises));
}

TEST_CASE("Adding or moving an exercise onto a rest day asks to make it a training day", "[gui][plan]")
{
    test::PlanPageFixture f;
    auto* document = f.page->document();
    REQUIRE(f.page->newBlankPlan());
    constexpr int kSunday = 6;
    REQUIRE(document->plan().days[kSunday].type == core::DayType::Rest);
    f.prompter.questions.clear();

    SECTION("No leaves the rest day as it is")
    {
        f.prompter.answer = false;
        const int undoBefore = document->undoStack()->count();
        CHECK_FALSE(f.page->addExercise(QStringLiteral("bridge"), kSunday));
        REQUIRE(f.prompter.questions.size() == 1);
        CHECK(f.prompter.questions.front().contains(QStringLiteral("Sunday is a rest day")));
        CHECK(document->plan().days[kSunday].type == core::DayType::Rest);
        CHECK(document->plan().days[kSunday].items.empty());
        CHECK(document->undoStack()->count() == undoBefore);
    }
    SECTION("Yes makes a strength day with the exercise, and one undo takes both back")
    {
        f.prompter.answer = true;
        REQUIRE(f.page->addExercise(QStringLiteral("bridge"), kSunday));
        CHECK(document->plan().days[kSunday].type == core::DayType::Strength);
        CHECK(document->plan().days[kSunday].items.size() == 1);
        CHECK_FALSE(hasFinding(*document, core::check_code::kRestDayWithExercises));
        document->undoStack()->undo();
        CHECK(document->plan().days[kSunday].type == core::DayType::Rest);
        CHECK(document->plan().days[kSunday].items.empty());
    }
    SECTION("Moving an item there through the item editor asks too")
    {
        REQUIRE(f.page->addExercise(QStringLiteral("walking-flat"), kWednesday));
        const std::string key = document->plan().days[kWednesday].items.back().key;
        document->selectItem(key);
        auto* day = f.page->findChild<QComboBox*>(QStringLiteral("itemDay"));
        REQUIRE(day);
        f.prompter.answer = false;
        day->setCurrentIndex(kSunday);
        CHECK(document->plan().dayOfItem(key) == kWednesday);
        CHECK(day->currentIndex() == kWednesday);
        f.prompter.answer = true;
        day->setCurrentIndex(kSunday);
        CHECK(document->plan().dayOfItem(key) == kSunday);
        CHECK(document->plan().days[kSunday].type == core::DayType::Aerobic);
    }
}
