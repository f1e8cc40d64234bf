// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DemoHistory.h"

#include "core/monitoring/CaseloadMapping.h"
#include "core/outcomes/InstrumentRegistry.h"
#include "core/outcomes/Scoring.h"
#include "storage/Connection.h"
#include "storage/Database.h"
#include "storage/OutcomeRepository.h"
#include "storage/PatientRepository.h"
#include "storage/PlanRepository.h"
#include "storage/SessionLogRepository.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>

namespace paceplan::storage {

using namespace paceplan::core;

namespace {

/// How a demo patient's session diary reads.
enum class DiaryPattern {
    Steady, ///< Sessions done, pain within limits: green advice.
    Amber, ///< Pain during exercise 4-5 out of 10: hold.
    Red, ///< Pain during exercise above 5 this week: step back.
    Flare, ///< Pain well above usual for the last few days: the flare plan.
    LowAdherence, ///< Most sessions skipped or not logged.
};

/// One measure repeated from the baseline: its value moves from `baseline` to `latest` over the weeks.
struct DemoMeasure {
    const char* code;
    double baseline;
    double latest;
    int everyWeeks; ///< 0 = baseline only.
};

/// The story of one demo patient, matched by name.
struct DemoStory {
    const char* givenName;
    const char* familyName;
    int weeksAgo; ///< When the baseline was taken.
    int lastWeeksAgo; ///< No measure after this many weeks ago (0 = up to this week).
    std::vector<DemoMeasure> measures;
    DiaryPattern diary;
    int usualPain;
};

std::vector<DemoStory> demoStories()
{
    using enum DiaryPattern;
    return {
        { "Margaret", "Okafor", 14, 0,
            { { "nprs", 7, 3, 2 }, { "koos-12", 35, 62, 4 }, { "30s-cst", 7, 11, 4 }, { "psfs", 3, 7, 4 } }, Steady,
            3 },
        { "Tomás", "Delgado", 12, 0,
            { { "nprs", 7, 3, 2 }, { "odi", 44, 18, 4 }, { "tsk-11", 34, 24, 6 }, { "sbst", 5, 5, 0 } }, Steady, 3 },
        { "Zoë", "Ångström", 16, 0, { { "nprs", 6, 6, 2 }, { "fiqr", 62, 58, 4 }, { "pseq-2", 5, 6, 8 } }, Amber, 5 },
        { "Rajesh", "Patel", 10, 0, { { "nprs", 6, 4, 2 }, { "hoos-12", 40, 55, 4 }, { "tug", 12.4, 10.1, 4 } }, Steady,
            4 },
        { "Eleanor", "Whitfield", 12, 0, { { "nprs", 6, 5, 2 }, { "koos-12", 38, 41, 4 }, { "tug", 15.2, 14.6, 4 } },
            LowAdherence, 5 },
        { "Kwame", "Mensah", 8, 0, { { "nprs", 6, 2, 2 }, { "ndi", 18, 7, 4 }, { "psfs", 4, 8, 4 } }, Steady, 2 },
        { "Sofia", "Rossi", 10, 0, { { "nprs", 5, 3, 2 }, { "odi", 30, 20, 4 } }, Flare, 3 },
        { "Hannah", "Müller", 12, 0,
            { { "nprs", 7, 7, 2 }, { "peg", 7.3, 7, 4 }, { "phq-9", 14, 13, 6 }, { "who-5", 28, 32, 6 } }, Red, 6 },
        { "José", "Fernández", 10, 0, { { "nprs", 6, 3, 2 }, { "odi", 40, 26, 4 }, { "psfs", 3, 6, 4 } }, Steady, 3 },
        { "Aiko", "Tanaka", 6, 0, { { "nprs", 5, 3, 2 }, { "ndi", 14, 7, 4 } }, Steady, 3 },
        { "Brian", "O'Connell", 9, 5, { { "nprs", 6, 5, 2 }, { "koos-12", 42, 48, 4 }, { "30s-cst", 8, 9, 4 } }, Steady,
            5 },
        { "Grace", "Adeyemi", 12, 0, { { "nprs", 6, 4, 2 }, { "fiqr", 55, 40, 4 }, { "pseq-10", 30, 40, 6 } }, Steady,
            4 },
        { "Lars", "Eriksson", 8, 0, { { "nprs", 5, 5, 2 }, { "hoos-12", 45, 46, 4 }, { "6mwt", 380, 395, 4 } }, Steady,
            5 },
        { "Priya", "Nair", 6, 0, { { "nprs", 6, 5, 2 }, { "pcs", 30, 24, 6 }, { "gad-7", 12, 10, 6 } }, Amber, 5 },
        { "Walter", "Schmidt", 10, 0, { { "nprs", 6, 3, 2 }, { "tug", 16.5, 13.2, 4 }, { "30s-cst", 6, 8, 4 } }, Steady,
            4 },
    };
}

std::string numberText(double value)
{
    if (std::abs(value - std::round(value)) < 1e-9)
        return std::to_string(static_cast<long long>(std::llround(value)));
    return formatNumber(value, 1);
}

std::optional<double> scoreOf(const Instrument& instrument, const Answers& answers)
{
    auto scored = scoreAnswers(instrument, answers);
    if (!scored || !scored->scorable)
        return std::nullopt;
    return scored->score;
}

/// Answers for the value at `progress` (0 = baseline, 1 = latest), with a small wobble for realism.
std::string answersAt(const Instrument& instrument, const DemoMeasure& measure, double progress, int index)
{
    const double shaped = std::pow(std::clamp(progress, 0.0, 1.0), 0.7);
    const double wobble = (index % 3 == 1 ? 0.03 : (index % 3 == 2 ? -0.02 : 0.0)) * std::abs(measure.baseline);
    const double target = measure.baseline + (measure.latest - measure.baseline) * shaped + (index == 0 ? 0.0 : wobble);
    return answersNear(instrument, target);
}

/// The days the demo diary has a session on, from `first` to `today`.
std::vector<Date> diaryDates(const std::optional<Plan>& plan, const Date& first, const Date& today)
{
    if (plan)
        return scheduledSessionDates(*plan, first, today);
    std::vector<Date> dates;
    for (Date day = first; day <= today; day = day.addDays(1))
        if (day.weekdayIndex() == 0 || day.weekdayIndex() == 2 || day.weekdayIndex() == 4)
            dates.push_back(day);
    return dates;
}

/// The diary entry of the `index`-th session, `daysAgo` days before today.
SessionLog diaryEntry(const DemoStory& story, int index, int daysAgo)
{
    SessionLog log;
    const int usual = story.usualPain;
    const auto rating = [](int value) { return std::clamp(value, 0, 10); };
    log.status = index % 7 == 5 ? SessionStatus::Partly : SessionStatus::Done;
    log.painBefore = usual;
    log.painDuring = rating(2 + index % 2);
    log.painAfter = rating(2 + (index + 1) % 2);
    log.painNextMorning = rating(usual - (index % 4 == 0 ? 1 : 0));
    log.effort = 4 + index % 3;
    log.minutes = log.status == SessionStatus::Partly ? 15 : 25 + (index % 3) * 5;
    switch (story.diary) {
    case DiaryPattern::Steady:
        break;
    case DiaryPattern::Amber:
        log.painDuring = rating(4 + index % 2);
        log.painNextMorning = rating(usual + (index % 3 == 0 ? 1 : 0));
        break;
    case DiaryPattern::Red:
        log.painDuring = rating(daysAgo < 7 ? 6 + index % 2 : 4 + index % 2);
        log.painAfter = rating(*log.painDuring - 1);
        log.painNextMorning = rating(usual + (daysAgo < 7 ? 1 : 0));
        break;
    case DiaryPattern::Flare:
        if (daysAgo < 4) {
            log.status = daysAgo < 2 ? SessionStatus::Skipped : SessionStatus::Partly;
            log.painBefore = rating(usual + 3);
            log.painNextMorning = rating(usual + 3);
            log.notes = daysAgo < 2 ? "Back locked up after carrying the shopping; rested." : "Sore after a long day.";
        }
        break;
    case DiaryPattern::LowAdherence:
        if (index % 3 != 0) {
            log.status = SessionStatus::Skipped;
            log.notes = index % 3 == 1 ? "Too tired." : "";
        }
        break;
    }
    if (log.status == SessionStatus::Skipped) {
        log.painDuring.reset();
        log.painAfter.reset();
        log.effort.reset();
        log.minutes.reset();
    }
    if (daysAgo == 0)
        log.painNextMorning.reset();
    return log;
}

std::optional<Plan> activePlanOf(Database& database, const DocumentCodec* codec, PatientId patient)
{
    if (codec == nullptr)
        return std::nullopt;
    PlanRepository plans(database, *codec);
    auto summaries = plans.plansOf(patient);
    if (!summaries)
        return std::nullopt;
    for (const auto& summary : *summaries)
        if (summary.active)
            if (auto plan = plans.revision(summary.id, summary.active->revision))
                return std::move(plan).value();
    return std::nullopt;
}

Result<int> seedStory(Database& database, const DocumentCodec* codec, const Patient& patient, const DemoStory& story)
{
    const Date today = database.clock().today();
    OutcomeRepository outcomes(database);
    int added = 0;
    const int totalWeeks = story.weeksAgo - story.lastWeeksAgo;
    for (const auto& measure : story.measures) {
        const Instrument* instrument = InstrumentRegistry::standard().find(measure.code);
        if (instrument == nullptr)
            continue;
        int index = 0;
        for (int week = 0; week <= totalWeeks; week += std::max(1, measure.everyWeeks), ++index) {
            OutcomeRecord record;
            record.patientId = patient.id;
            record.instrumentCode = measure.code;
            record.takenOn = today.addDays(-7 * (story.weeksAgo - week) - (week == 0 ? 0 : 1));
            record.rawAnswers
                = answersAt(*instrument, measure, totalWeeks > 0 ? double(week) / totalWeeks : 1.0, index);
            if (measure.code == std::string_view("nprs"))
                record.setup = "average pain, past week";
            auto stored = outcomes.add(record);
            if (!stored)
                return stored.error();
            ++added;
            if (measure.everyWeeks == 0)
                break;
        }
    }

    const auto plan = activePlanOf(database, codec, patient.id);
    const Date first = std::max(today.addDays(-42), plan ? plan->startDate : today.addDays(-7 * story.weeksAgo));
    SessionLogRepository logs(database);
    int index = 0;
    for (const Date& day : diaryDates(plan, first, today)) {
        SessionLog log = diaryEntry(story, index++, day.daysTo(today));
        if (story.diary == DiaryPattern::LowAdherence && index % 3 == 0 && day.daysTo(today) > 3)
            continue; // Some sessions were never logged at all.
        log.patientId = patient.id;
        log.date = day;
        if (plan)
            log.planId = plan->id;
        auto stored = logs.add(log);
        if (!stored)
            return stored.error();
        ++added;
    }
    return added;
}

/// Commits without waiting for the disk while the fictional demo history is written, and restores it after.
class FastWrites {
public:
    explicit FastWrites(Connection& connection) : m_connection(connection)
    {
        m_connection.execute("PRAGMA synchronous = NORMAL");
    }
    ~FastWrites()
    {
        try {
            m_connection.execute("PRAGMA synchronous = FULL");
        } catch (...) {
            spdlog::warn("could not restore synchronous = FULL after the demo history");
        }
    }
    FastWrites(const FastWrites&) = delete;
    FastWrites& operator=(const FastWrites&) = delete;

private:
    Connection& m_connection;
};

} // namespace

std::string answersNear(const Instrument& instrument, double target)
{
    const auto& items = instrument.items;
    if (items.size() == 1) {
        const auto& item = items.front();
        double value = item.integerOnly ? std::round(target) : std::round(target * 10.0) / 10.0;
        value = std::max(value, item.minExclusive ? item.min + (item.integerOnly ? 1.0 : 0.1) : item.min);
        return numberText(item.max ? std::min(value, *item.max) : value);
    }
    std::string best;
    double bestDistance = 0.0;
    const double low = items.front().min;
    const double high = items.front().max.value_or(low);
    for (int step = 0; low + step <= high; ++step) {
        const double value = low + step;
        for (std::size_t raised = 0; raised <= items.size(); ++raised) {
            Answers answers;
            for (std::size_t i = 0; i < items.size(); ++i) {
                const double answer = i < raised ? value + 1.0 : value;
                answers.emplace_back(std::clamp(answer, items[i].min, items[i].max.value_or(answer)));
            }
            const auto score = scoreOf(instrument, answers);
            if (!score)
                continue;
            const double distance = std::abs(*score - target);
            if (best.empty() || distance < bestDistance) {
                bestDistance = distance;
                best.clear();
                for (std::size_t i = 0; i < answers.size(); ++i)
                    best += (i ? "," : "") + numberText(*answers[i]);
            }
        }
    }
    return best;
}

Result<int> seedDemoHistory(Database& database, const DocumentCodec* codec)
{
    PatientRepository patients(database);
    PatientQuery query;
    query.archive = ArchiveFilter::All;
    auto all = patients.list(query);
    if (!all)
        return all.error();
    FastWrites fast(database.connection());
    OutcomeRepository outcomes(database);
    int added = 0;
    for (const auto& story : demoStories()) {
        const auto patient = std::find_if(all->begin(), all->end(), [&](const Patient& candidate) {
            return candidate.givenName == story.givenName && candidate.familyName == story.familyName;
        });
        if (patient == all->end())
            continue;
        auto existing = outcomes.list(patient->id);
        if (!existing)
            return existing.error();
        if (!existing->empty())
            continue;
        auto seeded = seedStory(database, codec, *patient, story);
        if (!seeded)
            return seeded.error();
        added += *seeded;
    }
    spdlog::info("demo history seeded ({} records)", added);
    return added;
}

} // namespace paceplan::storage
