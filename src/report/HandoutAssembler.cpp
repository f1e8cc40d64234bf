// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/HandoutAssembler.h"

#include "core/library/LibraryValidation.h"
#include "core/plan/PlanDiff.h"
#include "core/plan/ProgressionEngine.h"
#include "core/plan/TemplatePersonalization.h"
#include "report/QtDate.h"
#include "report/drawing/DrawingPainter.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace paceplan::report {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QStringList qsList(const std::vector<std::string>& texts)
{
    QStringList out;
    for (const auto& text : texts)
        out << qs(text);
    return out;
}

HandoutDayType dayType(core::DayType type)
{
    switch (type) {
    case core::DayType::Aerobic:
        return HandoutDayType::Aerobic;
    case core::DayType::Strength:
        return HandoutDayType::Strength;
    case core::DayType::Mixed:
        return HandoutDayType::Mixed;
    case core::DayType::ActiveRecovery:
        return HandoutDayType::ActiveRecovery;
    case core::DayType::Rest:
        return HandoutDayType::Rest;
    }
    return HandoutDayType::Rest;
}

AerobicIntensity intensityOf(const core::IntensityTarget& target, const core::ScheduledItem& scheduled)
{
    AerobicIntensity intensity;
    switch (target.kind) {
    case core::IntensityKind::None:
        break;
    case core::IntensityKind::Effort:
        intensity.kind = AerobicIntensity::Kind::Effort;
        intensity.effortLow = target.effortLow;
        intensity.effortHigh = target.effortHigh;
        break;
    case core::IntensityKind::HeartRate:
        if (scheduled.heartRate) {
            intensity.kind = AerobicIntensity::Kind::HeartRate;
            intensity.bpmLow = scheduled.heartRate->low;
            intensity.bpmHigh = scheduled.heartRate->high;
        }
        break;
    case core::IntensityKind::TalkTest:
        intensity.kind = AerobicIntensity::Kind::TalkTest;
        intensity.talk = target.talkTest == core::TalkTestLevel::CanSing ? AerobicIntensity::Talk::CanSing
            : target.talkTest == core::TalkTestLevel::FewWords           ? AerobicIntensity::Talk::FewWords
                                                                         : AerobicIntensity::Talk::CanTalk;
        break;
    }
    return intensity;
}

/// The verb for a timed or distance dose, from the exercise's name.
QString actionOf(const core::Exercise& exercise)
{
    const QString name = qs(exercise.name).toLower();
    struct Verb {
        const char* word;
        const char* action;
    };
    static constexpr Verb kVerbs[] = { { "walk", "Walk" }, { "cycl", "Cycle" }, { "bike", "Cycle" }, { "swim", "Swim" },
        { "march", "March" }, { "danc", "Dance" }, { "row", "Row" }, { "jog", "Jog" } };
    if (exercise.category != core::ExerciseCategory::Aerobic)
        return {};
    for (const auto& verb : kVerbs)
        if (name.contains(QLatin1String(verb.word)))
            return QString::fromLatin1(verb.action);
    return {};
}

/// The scheduled item of `key` in `week`, or nullptr.
const core::ScheduledItem* findScheduled(const core::ScheduledWeek& week, const std::string& key)
{
    for (const auto& session : week.sessions)
        for (const auto& item : session.items)
            if (item.itemKey == key)
                return &item;
    return nullptr;
}

/// The scheduled item of `key` in the first week from `fromWeek` on that has it, or nullptr.
const core::ScheduledItem* findScheduledAnywhere(const core::Schedule& schedule, const std::string& key, int fromWeek)
{
    for (std::size_t week = static_cast<std::size_t>(std::max(1, fromWeek) - 1); week < schedule.weeks.size(); ++week)
        if (const auto* item = findScheduled(schedule.weeks[week], key))
            return item;
    return nullptr;
}

/// The name of an exercise for the patient, or its id when the catalog does not know it.
QString exerciseNameOf(const core::ExerciseCatalog& catalog, const std::string& id)
{
    const core::Exercise* exercise = catalog.find(id);
    return exercise ? qs(exercise->name) : qs(id);
}

} // namespace

int currentPlanWeek(const core::Plan& plan, const QDate& today)
{
    const QDate start = toQDate(plan.startDate);
    if (!start.isValid() || today < start)
        return 1;
    return std::clamp(static_cast<int>(start.daysTo(today) / 7) + 1, 1, std::max(1, plan.lengthWeeks));
}

HandoutContent assembleHandout(const HandoutSource& source, const HandoutOptions& options, const QDate& today)
{
    const core::ExerciseCatalog& catalog = source.catalog;
    const auto context = core::PatientContext::fromPatient(source.patient, source.plan.startDate);
    // With beta-blockers heart rate cannot guide effort (REFERENCE §3.4): a stored heart-rate target is printed
    // as the matching effort range, and the changes since last time compare the same way.
    core::Plan printed = source.plan;
    std::optional<core::Plan> previous = source.previous;
    if (context.betaBlockers) {
        core::useEffortInsteadOfHeartRate(printed);
        if (previous)
            core::useEffortInsteadOfHeartRate(*previous);
    }
    const core::Plan& plan = printed;
    const core::Schedule schedule = core::buildSchedule(plan, catalog, context);

    HandoutContent content;
    content.clinic = source.clinic;
    content.patientName = qs(source.patient.givenName + " " + source.patient.familyName);
    content.printedOn = today;
    content.planTitle = qs(plan.title);
    content.revision = plan.revision;
    content.goals = qs(plan.goals);
    content.draft = source.draft;

    const QList<int> weekNumbers
        = options.weekNumbers(currentPlanWeek(plan, today), static_cast<int>(schedule.weeks.size()));
    const int firstWeek = weekNumbers.isEmpty() ? 1 : weekNumbers.first();

    // One card per exercise: every item that prescribes the same exercise (on any day, at any dose) folds into
    // one block, whose dose is that of the item seen first in the first chosen week. (Matching on the dose as
    // well used to print a second card, with another dose, when the days of one exercise had different doses.)
    std::map<std::string, QString> blockOfItem; // item key -> block key
    std::map<std::string, QString> blockOfExercise; // prescribed exercise id -> block key
    std::vector<std::pair<QString, std::string>> blocks; // block key, first item key
    const auto blockFor = [&](const core::ScheduledItem& item) {
        if (const auto known = blockOfItem.find(item.itemKey); known != blockOfItem.end())
            return known->second;
        const core::PlanItem* planItem = plan.findItem(item.itemKey);
        const std::string exerciseId = planItem ? planItem->exerciseId : item.exerciseId;
        QString blockKey;
        if (const auto known = blockOfExercise.find(exerciseId); known != blockOfExercise.end()) {
            blockKey = known->second;
        } else {
            blockKey = qs(item.itemKey);
            blockOfExercise[exerciseId] = blockKey;
            blocks.emplace_back(blockKey, item.itemKey);
        }
        blockOfItem[item.itemKey] = blockKey;
        return blockKey;
    };

    for (const int number : weekNumbers) {
        const auto& scheduled = schedule.weeks[static_cast<std::size_t>(number - 1)];
        HandoutWeek week;
        week.number = number;
        week.startDate = toQDate(scheduled.startDate);
        week.phase = qs(scheduled.phaseLabel);
        for (std::size_t day = 0; day < week.days.size() && day < scheduled.sessions.size(); ++day) {
            const auto& session = scheduled.sessions[day];
            // A rest day that holds exercises (a plan stored before validation refused it; the plan checks flag
            // it) prints as a training day, so the patient's page shows what the clinician's screen shows.
            const bool restWithItems = session.dayType == core::DayType::Rest && !session.items.empty();
            week.days[day].type = restWithItems ? HandoutDayType::Mixed : dayType(session.dayType);
            for (const auto& item : session.items) {
                const QString key = blockFor(item);
                if (!week.days[day].exerciseKeys.contains(key))
                    week.days[day].exerciseKeys << key;
            }
        }
        content.weeks << week;
    }

    for (const auto& [blockKey, key] : blocks) {
        const core::PlanItem* item = plan.findItem(key);
        const core::ScheduledItem* first = findScheduledAnywhere(schedule, key, firstWeek);
        if (!item || !first)
            continue;
        const core::Exercise* exercise = catalog.find(first->exerciseId);
        HandoutExercise out;
        out.key = blockKey;
        out.name = exercise ? qs(exercise->name) : qs(first->exerciseId);
        out.notes = qs(item->notes);
        // The other items of the same exercise: their notes, and the days of the first week whose dose differs.
        for (const auto& [otherItem, otherBlock] : blockOfItem) {
            if (otherBlock != blockKey || otherItem == key)
                continue;
            if (const auto* other = plan.findItem(otherItem);
                other && !other->notes.empty() && !out.notes.contains(qs(other->notes)))
                out.notes += (out.notes.isEmpty() ? QString() : QStringLiteral("\n")) + qs(other->notes);
        }
        if (!schedule.weeks.empty() && firstWeek <= static_cast<int>(schedule.weeks.size()))
            for (const auto& session : schedule.weeks[static_cast<std::size_t>(firstWeek - 1)].sessions)
                for (const auto& scheduledItem : session.items)
                    if (const auto block = blockOfItem.find(scheduledItem.itemKey);
                        block != blockOfItem.end() && block->second == blockKey && !(scheduledItem.dose == first->dose))
                        out.otherDays << DayDose { QLocale().dayName(session.weekday + 1), scheduledItem.dose };
        out.dose = first->dose;
        out.intensity = intensityOf(item->intensity, *first);
        if (exercise) {
            out.action = actionOf(*exercise);
            out.steps = qsList(exercise->steps);
            out.cues = qsList(exercise->cues);
            out.safety = qsList(exercise->safety);
            out.doseKind = exercise->doseKind;
            // The clinic's own photos win; otherwise the exercise's drawing.
            if (const auto pictures = source.pictures.find(exercise->id); pictures != source.pictures.end())
                out.pictures = pictures->second;
            else if (const auto drawing = core::drawingOf(catalog, *exercise))
                out.pictures << HandoutPicture { DrawingPainter::image(*drawing, kHandoutDrawingSize), QString() };
        }
        for (std::size_t week = static_cast<std::size_t>(firstWeek - 1); week < schedule.weeks.size(); ++week)
            if (const auto* scheduled = findScheduled(schedule.weeks[week], key))
                out.buildUp << WeekDose { static_cast<int>(week) + 1, scheduled->dose,
                    exerciseNameOf(catalog, scheduled->exerciseId), scheduled->ladderStep, scheduled->deload };
        content.exercises << out;
    }

    for (const auto& topic : source.topics)
        content.topics << HandoutTopic { qs(topic.title), qs(topic.summary), qsList(topic.paragraphs),
            qsList(topic.keyPoints) };
    if (previous) {
        // The same change on several days reads once: "Sit to stand (Monday): ..." and "(Thursday)" fold.
        static const QRegularExpression weekday(
            QStringLiteral(" \\((Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\)"));
        for (const auto& change : core::diffPlans(*previous, plan, catalog)) {
            const QString sentence = qs(change.sentence).remove(weekday);
            if (!content.changes.contains(sentence))
                content.changes << sentence;
        }
    }
    return content;
}

} // namespace paceplan::report
