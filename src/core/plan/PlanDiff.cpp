// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/PlanDiff.h"

#include "core/CodeTable.h"
#include "core/library/ExerciseCatalog.h"
#include "core/plan/DoseText.h"

#include <algorithm>
#include <cctype>

namespace paceplan::core {

namespace {

constexpr codes::CodeTable<ChangeKind, 19> kChangeCodes { {
    { ChangeKind::TitleChanged, "title-changed" },
    { ChangeKind::GoalsChanged, "goals-changed" },
    { ChangeKind::StartDateChanged, "start-date-changed" },
    { ChangeKind::LengthChanged, "length-changed" },
    { ChangeKind::StatusChanged, "status-changed" },
    { ChangeKind::PhaseAdded, "phase-added" },
    { ChangeKind::PhaseRemoved, "phase-removed" },
    { ChangeKind::PhaseChanged, "phase-changed" },
    { ChangeKind::TopicAdded, "topic-added" },
    { ChangeKind::TopicRemoved, "topic-removed" },
    { ChangeKind::DayTypeChanged, "day-type-changed" },
    { ChangeKind::ItemAdded, "item-added" },
    { ChangeKind::ItemRemoved, "item-removed" },
    { ChangeKind::ItemMoved, "item-moved" },
    { ChangeKind::ExerciseChanged, "exercise-changed" },
    { ChangeKind::DoseChanged, "dose-changed" },
    { ChangeKind::IntensityChanged, "intensity-changed" },
    { ChangeKind::NotesChanged, "notes-changed" },
    { ChangeKind::RuleChanged, "rule-changed" },
} };

std::string quoted(const std::string& text)
{
    return "\"" + text + "\"";
}

// A full stop, unless the quoted text already ends a sentence.
const char* endOfSentence(const std::string& quotedText)
{
    const char last = quotedText.empty() ? ' ' : quotedText.back();
    return last == '.' || last == '!' || last == '?' ? "" : ".";
}

bool isNumber(const std::string& text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) || c == '.';
    });
}

std::string withoutPlural(std::string unit)
{
    if (!unit.empty() && unit.back() == 's')
        unit.pop_back();
    return unit;
}

// "from 10 to 15 minutes" when both values share a unit, else "from 1 minute 30 seconds to 2 minutes".
std::string fromTo(const std::string& before, const std::string& after)
{
    const auto a = before.find(' ');
    const auto b = after.find(' ');
    if (a != std::string::npos && b != std::string::npos) {
        const std::string unitA = before.substr(a + 1);
        const std::string unitB = after.substr(b + 1);
        const bool plainUnits = std::none_of(unitA.begin(), unitA.end(),
                                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })
            && std::none_of(
                unitB.begin(), unitB.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
        if (isNumber(before.substr(0, a)) && isNumber(after.substr(0, b)) && plainUnits
            && withoutPlural(unitA) == withoutPlural(unitB))
            return "from " + before.substr(0, a) + " to " + after;
    }
    return "from " + before + " to " + after;
}

const char* dayTypeText(DayType type)
{
    switch (type) {
    case DayType::Aerobic:
        return "an aerobic day";
    case DayType::Strength:
        return "a strength day";
    case DayType::Mixed:
        return "a mixed day";
    case DayType::ActiveRecovery:
        return "an active recovery day";
    case DayType::Rest:
        return "a rest day";
    }
    return "a day";
}

std::string weeksText(const PlanPhase& phase)
{
    if (phase.firstWeek == phase.lastWeek)
        return "week " + std::to_string(phase.firstWeek);
    return "weeks " + std::to_string(phase.firstWeek) + "-" + std::to_string(phase.lastWeek);
}

// An item's place in a plan.
struct Located {
    const PlanItem* item = nullptr;
    int weekday = -1;
};

std::vector<Located> itemsOf(const Plan& plan)
{
    std::vector<Located> items;
    for (int weekday = 0; weekday < kDaysPerWeek; ++weekday)
        for (const auto& item : plan.days[static_cast<std::size_t>(weekday)].items)
            items.push_back({ &item, weekday });
    return items;
}

const Located* findLocated(const std::vector<Located>& items, const std::string& key)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const Located& l) { return l.item->key == key; });
    return it == items.end() ? nullptr : &*it;
}

// The name people see for an item: the exercise name, with the day when the exercise is on several days.
std::string itemName(const ExerciseCatalog& catalog, const std::vector<Located>& items, const Located& located)
{
    std::string name = exerciseName(catalog, located.item->exerciseId);
    const auto same = std::count_if(
        items.begin(), items.end(), [&](const Located& l) { return l.item->exerciseId == located.item->exerciseId; });
    if (same > 1)
        name += " (" + std::string(weekdayName(located.weekday)) + ")";
    return name;
}

class Differ {
public:
    Differ(const Plan& before, const Plan& after, const ExerciseCatalog& catalog)
        : m_before(before), m_after(after), m_catalog(catalog), m_oldItems(itemsOf(before)), m_newItems(itemsOf(after))
    {
    }

    std::vector<PlanChange> run()
    {
        planFields();
        phases();
        topics();
        dayTypes();
        for (const auto& located : m_newItems) {
            if (const Located* old = findLocated(m_oldItems, located.item->key))
                itemChanges(*old, located);
            else
                add(ChangeKind::ItemAdded, located, {}, {}, describeDose(located.item->dose),
                    name(located) + " added on " + weekdayName(located.weekday) + ": "
                        + describeDose(located.item->dose) + ".");
        }
        for (const auto& old : m_oldItems) {
            if (!findLocated(m_newItems, old.item->key))
                add(ChangeKind::ItemRemoved, old, {}, describeDose(old.item->dose), {},
                    itemName(m_catalog, m_oldItems, old) + " removed from " + weekdayName(old.weekday) + ".");
        }
        return std::move(m_changes);
    }

private:
    void planChange(ChangeKind kind, std::string field, std::string before, std::string after, std::string sentence)
    {
        m_changes.push_back(
            PlanChange { kind, {}, -1, std::move(field), std::move(before), std::move(after), std::move(sentence) });
    }

    void add(ChangeKind kind, const Located& at, std::string field, std::string before, std::string after,
        std::string sentence)
    {
        m_changes.push_back(PlanChange { kind, at.item->key, at.weekday, std::move(field), std::move(before),
            std::move(after), std::move(sentence) });
    }

    std::string name(const Located& located) const { return itemName(m_catalog, m_newItems, located); }

    void planFields()
    {
        if (m_before.title != m_after.title)
            planChange(ChangeKind::TitleChanged, {}, m_before.title, m_after.title,
                "Title changed from " + quoted(m_before.title) + " to " + quoted(m_after.title) + ".");
        if (m_before.goals != m_after.goals)
            planChange(ChangeKind::GoalsChanged, {}, m_before.goals, m_after.goals,
                m_after.goals.empty() ? std::string("Goals removed.")
                                      : "Goals changed to " + quoted(m_after.goals) + endOfSentence(m_after.goals));
        if (m_before.startDate != m_after.startDate)
            planChange(ChangeKind::StartDateChanged, {}, m_before.startDate.toIso(), m_after.startDate.toIso(),
                "Start date moved from " + m_before.startDate.toIso() + " to " + m_after.startDate.toIso() + ".");
        if (m_before.lengthWeeks != m_after.lengthWeeks)
            planChange(ChangeKind::LengthChanged, {}, std::to_string(m_before.lengthWeeks),
                std::to_string(m_after.lengthWeeks),
                std::string("Plan length ") + (m_after.lengthWeeks > m_before.lengthWeeks ? "raised " : "cut ")
                    + fromTo(
                        std::to_string(m_before.lengthWeeks) + " weeks", std::to_string(m_after.lengthWeeks) + " weeks")
                    + ".");
        if (m_before.status != m_after.status)
            planChange(ChangeKind::StatusChanged, {}, planStatusCode(m_before.status), planStatusCode(m_after.status),
                std::string("Status changed from ") + planStatusCode(m_before.status) + " to "
                    + planStatusCode(m_after.status) + ".");
    }

    void phases()
    {
        const auto byFirstWeek = [](const std::vector<PlanPhase>& list, int week) -> const PlanPhase* {
            const auto it
                = std::find_if(list.begin(), list.end(), [&](const PlanPhase& p) { return p.firstWeek == week; });
            return it == list.end() ? nullptr : &*it;
        };
        for (const auto& phase : m_after.phases) {
            const PlanPhase* old = byFirstWeek(m_before.phases, phase.firstWeek);
            const std::string field = std::to_string(phase.firstWeek);
            if (!old) {
                planChange(ChangeKind::PhaseAdded, field, {}, phase.label,
                    "Phase " + quoted(phase.label) + " added for " + weeksText(phase) + ".");
                continue;
            }
            if (old->label != phase.label)
                planChange(ChangeKind::PhaseChanged, field, old->label, phase.label,
                    "Phase " + quoted(old->label) + " (" + weeksText(*old) + ") renamed to " + quoted(phase.label)
                        + ".");
            if (old->lastWeek != phase.lastWeek)
                planChange(ChangeKind::PhaseChanged, field, weeksText(*old), weeksText(phase),
                    "Phase " + quoted(phase.label) + " now runs " + weeksText(phase) + " instead of " + weeksText(*old)
                        + ".");
        }
        for (const auto& old : m_before.phases)
            if (!byFirstWeek(m_after.phases, old.firstWeek))
                planChange(ChangeKind::PhaseRemoved, std::to_string(old.firstWeek), old.label, {},
                    "Phase " + quoted(old.label) + " (" + weeksText(old) + ") removed.");
    }

    void topics()
    {
        const auto contains = [](const std::vector<std::string>& list, const std::string& id) {
            return std::find(list.begin(), list.end(), id) != list.end();
        };
        for (const auto& id : m_after.educationTopicIds)
            if (!contains(m_before.educationTopicIds, id))
                planChange(ChangeKind::TopicAdded, {}, {}, id, "Education topic " + quoted(id) + " added.");
        for (const auto& id : m_before.educationTopicIds)
            if (!contains(m_after.educationTopicIds, id))
                planChange(ChangeKind::TopicRemoved, {}, id, {}, "Education topic " + quoted(id) + " removed.");
    }

    void dayTypes()
    {
        for (int weekday = 0; weekday < kDaysPerWeek; ++weekday) {
            const DayType old = m_before.days[static_cast<std::size_t>(weekday)].type;
            const DayType now = m_after.days[static_cast<std::size_t>(weekday)].type;
            if (old != now)
                m_changes.push_back(
                    PlanChange { ChangeKind::DayTypeChanged, {}, weekday, {}, dayTypeCode(old), dayTypeCode(now),
                        std::string(weekdayName(weekday)) + " changed from " + dayTypeText(old) + " to "
                            + dayTypeText(now) + "." });
        }
    }

    void itemChanges(const Located& old, const Located& now)
    {
        const PlanItem& a = *old.item;
        const PlanItem& b = *now.item;
        if (old.weekday != now.weekday)
            add(ChangeKind::ItemMoved, now, {}, weekdayCode(old.weekday), weekdayCode(now.weekday),
                itemName(m_catalog, m_oldItems, old) + " moved from " + weekdayName(old.weekday) + " to "
                    + weekdayName(now.weekday) + ".");
        if (a.exerciseId != b.exerciseId)
            add(ChangeKind::ExerciseChanged, now, {}, a.exerciseId, b.exerciseId,
                std::string(weekdayName(now.weekday)) + ": " + exerciseName(m_catalog, a.exerciseId) + " replaced by "
                    + exerciseName(m_catalog, b.exerciseId) + ".");
        doseChanges(now, a.dose, b.dose);
        const auto oldIntensity = normalizedIntensity(a.intensity);
        const auto newIntensity = normalizedIntensity(b.intensity);
        if (oldIntensity != newIntensity) {
            const std::string from
                = a.intensity.kind == IntensityKind::None ? "no target" : describeIntensity(oldIntensity);
            const std::string to
                = b.intensity.kind == IntensityKind::None ? "no target" : describeIntensity(newIntensity);
            add(ChangeKind::IntensityChanged, now, {}, from, to,
                name(now) + ": intensity changed from " + from + " to " + to + ".");
        }
        if (a.notes != b.notes)
            add(ChangeKind::NotesChanged, now, {}, a.notes, b.notes, name(now) + ": notes changed.");
        if (!(a.progression == b.progression)) {
            const std::string from = describeProgression(a.progression);
            const std::string to = describeProgression(b.progression);
            add(ChangeKind::RuleChanged, now, {}, from, to,
                name(now) + ": progression changed. Now: " + to + ". Before: " + from + ".");
        }
    }

    void doseChanges(const Located& at, const Dose& a, const Dose& b)
    {
        static const std::vector<std::pair<DoseField, const char*>> kFields {
            { DoseField::Sets, "" },
            { DoseField::Repetitions, "" },
            { DoseField::HoldSeconds, "hold time " },
            { DoseField::DurationSeconds, "" },
            { DoseField::DistanceMetres, "" },
            { DoseField::RestSeconds, "rest between sets " },
            { DoseField::TimesPerDay, "" },
        };
        for (const auto& [field, label] : kFields) {
            const double from = doseFieldValue(a, field);
            const double to = doseFieldValue(b, field);
            if (from == to)
                continue;
            const std::string fromText = formatFieldValue(field, from);
            const std::string toText = formatFieldValue(field, to);
            std::string sentence = name(at) + ": " + label;
            if (from == 0.0)
                sentence += toText + " added.";
            else if (to == 0.0)
                sentence += fromText + " dropped.";
            else
                sentence += std::string(to > from ? "raised " : "lowered ") + fromTo(fromText, toText) + ".";
            add(ChangeKind::DoseChanged, at, doseFieldCode(field), from == 0.0 ? std::string() : fromText,
                to == 0.0 ? std::string() : toText, sentence);
        }
        if (!(a.load == b.load)) {
            const std::string fromText = describeLoad(a.load);
            const std::string toText = describeLoad(b.load);
            std::string sentence;
            if (a.load.kind == LoadKind::Kilograms && b.load.kind == LoadKind::Kilograms)
                sentence = name(at) + ": weight " + (b.load.kg > a.load.kg ? "raised " : "lowered ")
                    + fromTo(fromText, toText) + ".";
            else
                sentence = name(at) + ": load changed from " + fromText + " to " + toText + ".";
            add(ChangeKind::DoseChanged, at, "load", fromText, toText, sentence);
        }
    }

    const Plan& m_before;
    const Plan& m_after;
    const ExerciseCatalog& m_catalog;
    std::vector<Located> m_oldItems;
    std::vector<Located> m_newItems;
    std::vector<PlanChange> m_changes;
};

} // namespace

const char* changeKindCode(ChangeKind kind)
{
    return codes::codeOf(kChangeCodes, kind);
}
std::optional<ChangeKind> changeKindFromCode(std::string_view code)
{
    return codes::valueOf(kChangeCodes, code);
}

std::vector<PlanChange> diffPlans(const Plan& before, const Plan& after, const ExerciseCatalog& catalog)
{
    return Differ(before, after, catalog).run();
}

} // namespace paceplan::core
