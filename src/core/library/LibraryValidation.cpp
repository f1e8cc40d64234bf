// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/LibraryValidation.h"

#include "core/drawing/DrawingCheck.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <utility>

namespace paceplan::core {

namespace {

constexpr std::array kCodeNames = {
    std::pair { LibraryFindingCode::DuplicateId, "duplicate-id" },
    std::pair { LibraryFindingCode::InvalidId, "invalid-id" },
    std::pair { LibraryFindingCode::MissingName, "missing-name" },
    std::pair { LibraryFindingCode::MissingSummary, "missing-summary" },
    std::pair { LibraryFindingCode::MissingRegion, "missing-region" },
    std::pair { LibraryFindingCode::UnknownRegion, "unknown-region" },
    std::pair { LibraryFindingCode::UnknownEquipment, "unknown-equipment" },
    std::pair { LibraryFindingCode::LevelOutOfRange, "level-out-of-range" },
    std::pair { LibraryFindingCode::DoseMismatch, "dose-mismatch" },
    std::pair { LibraryFindingCode::LoadMismatch, "load-mismatch" },
    std::pair { LibraryFindingCode::UnknownBandColour, "unknown-band-colour" },
    std::pair { LibraryFindingCode::StepCount, "step-count" },
    std::pair { LibraryFindingCode::EmptyText, "empty-text" },
    std::pair { LibraryFindingCode::UnresolvedLink, "unresolved-link" },
    std::pair { LibraryFindingCode::SelfLink, "self-link" },
    std::pair { LibraryFindingCode::LadderLoop, "ladder-loop" },
    std::pair { LibraryFindingCode::LevelOrder, "level-order" },
    std::pair { LibraryFindingCode::LinkNotReciprocal, "link-not-reciprocal" },
    std::pair { LibraryFindingCode::ParagraphCount, "paragraph-count" },
    std::pair { LibraryFindingCode::KeyPointCount, "key-point-count" },
    std::pair { LibraryFindingCode::MissingDrawing, "missing-drawing" },
    std::pair { LibraryFindingCode::DrawingProblem, "drawing-problem" },
    std::pair { LibraryFindingCode::DrawingLink, "drawing-link" },
};

bool isBlank(const std::string& text)
{
    return std::all_of(
        text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

bool isKnown(const std::vector<std::string>& codes, const std::string& code)
{
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

std::string quoted(std::string_view text)
{
    return "'" + std::string(text) + "'";
}

/// Collects findings about one subject.
class Findings {
public:
    explicit Findings(std::vector<LibraryFinding>& out) : m_out(out) { }

    void add(LibraryFindingCode code, const std::string& subject, std::string message)
    {
        m_out.push_back(LibraryFinding { code, subject, std::move(message) });
    }

    void checkTexts(const std::string& subject, const std::vector<std::string>& texts, const char* what)
    {
        for (std::size_t i = 0; i < texts.size(); ++i)
            if (isBlank(texts[i]))
                add(LibraryFindingCode::EmptyText, subject,
                    std::string(what) + " " + std::to_string(i + 1) + " is empty.");
    }

private:
    std::vector<LibraryFinding>& m_out;
};

void checkDose(Findings& findings, const Exercise& exercise)
{
    const Dose& dose = exercise.startDose;
    const std::string& id = exercise.id;
    if (dose.sets < 0 || dose.repetitions < 0 || dose.holdSeconds < 0 || dose.durationSeconds < 0
        || dose.distanceMetres < 0 || dose.restSeconds < 0)
        findings.add(LibraryFindingCode::DoseMismatch, id, "The start dose has a negative count.");
    if (dose.timesPerDay < 1)
        findings.add(LibraryFindingCode::DoseMismatch, id, "The start dose must be done at least once a day.");
    switch (exercise.doseKind) {
    case DoseKind::Repetitions:
        if (dose.sets <= 0 || dose.repetitions <= 0)
            findings.add(LibraryFindingCode::DoseMismatch, id, "A repetitions dose needs sets and repetitions.");
        break;
    case DoseKind::Hold:
        if (dose.holdSeconds <= 0)
            findings.add(LibraryFindingCode::DoseMismatch, id, "A hold dose needs the seconds to hold.");
        break;
    case DoseKind::Duration:
        if (dose.durationSeconds <= 0)
            findings.add(LibraryFindingCode::DoseMismatch, id, "A duration dose needs a duration in seconds.");
        break;
    case DoseKind::Distance:
        if (dose.distanceMetres <= 0)
            findings.add(LibraryFindingCode::DoseMismatch, id, "A distance dose needs a distance in metres.");
        break;
    }

    const Load& load = dose.load;
    switch (load.kind) {
    case LoadKind::Bodyweight:
        if (load.kg != 0.0 || !load.bandColour.empty())
            findings.add(LibraryFindingCode::LoadMismatch, id, "A body-weight load has no kilograms or band colour.");
        break;
    case LoadKind::Kilograms:
        if (load.kg <= 0.0 || !load.bandColour.empty())
            findings.add(
                LibraryFindingCode::LoadMismatch, id, "A load in kilograms needs a weight above zero and no band.");
        break;
    case LoadKind::Band:
        if (load.kg != 0.0)
            findings.add(LibraryFindingCode::LoadMismatch, id, "A band load has no kilograms.");
        if (!isKnown(kBandColourCodes, load.bandColour))
            findings.add(LibraryFindingCode::UnknownBandColour, id,
                "The band colour " + quoted(load.bandColour) + " is not a known colour.");
        break;
    }
}

void checkFields(Findings& findings, const Exercise& exercise)
{
    const std::string& id = exercise.id;
    if (id.empty())
        findings.add(LibraryFindingCode::InvalidId, id, "An exercise has no id.");
    else if (!isKebabCaseId(id))
        findings.add(
            LibraryFindingCode::InvalidId, id, "The id " + quoted(id) + " must be lower-case words joined by hyphens.");
    if (isBlank(exercise.name))
        findings.add(LibraryFindingCode::MissingName, id, "The exercise has no name.");
    if (isBlank(exercise.summary))
        findings.add(LibraryFindingCode::MissingSummary, id, "The exercise has no summary.");
    if (exercise.regions.empty())
        findings.add(LibraryFindingCode::MissingRegion, id, "The exercise names no body region.");
    for (const auto& region : exercise.regions)
        if (!isKnown(kBodyRegionCodes, region))
            findings.add(LibraryFindingCode::UnknownRegion, id, "The body region " + quoted(region) + " is not known.");
    for (const auto& item : exercise.equipment)
        if (!isKnown(kEquipmentCodes, item))
            findings.add(LibraryFindingCode::UnknownEquipment, id, "The equipment " + quoted(item) + " is not known.");
    if (exercise.level < kMinExerciseLevel || exercise.level > kMaxExerciseLevel)
        findings.add(LibraryFindingCode::LevelOutOfRange, id,
            "The level " + std::to_string(exercise.level) + " is not between 1 and 5.");
    checkDose(findings, exercise);
    if (exercise.steps.size() < kMinSteps || exercise.steps.size() > kMaxSteps)
        findings.add(LibraryFindingCode::StepCount, id,
            "The exercise has " + std::to_string(exercise.steps.size()) + " steps; it needs 3 to 6.");
    findings.checkTexts(id, exercise.steps, "Step");
    findings.checkTexts(id, exercise.cues, "Cue");
    findings.checkTexts(id, exercise.safety, "Safety note");
}

using ExerciseIndex = std::map<std::string, const Exercise*, std::less<>>;

/// Checks one link direction of one exercise: it resolves, is not a self-link, keeps level order and is answered.
void checkLink(Findings& findings, const ExerciseIndex& byId, const Exercise& exercise, bool harder)
{
    const std::string& target = harder ? exercise.harderId : exercise.easierId;
    const char* which = harder ? "harder" : "easier";
    if (target.empty())
        return;
    if (target == exercise.id) {
        findings.add(LibraryFindingCode::SelfLink, exercise.id,
            std::string("The exercise names itself as its ") + which + " variant.");
        return;
    }
    const auto it = byId.find(target);
    if (it == byId.end()) {
        findings.add(LibraryFindingCode::UnresolvedLink, exercise.id,
            std::string("The ") + which + " variant " + quoted(target) + " does not exist.");
        return;
    }
    const Exercise& other = *it->second;
    const std::string& back = harder ? other.easierId : other.harderId;
    // A two-way pair is judged from its easier end only, so one wrong order gives one finding.
    const bool judgedFromOtherEnd = !harder && back == exercise.id;
    if (!judgedFromOtherEnd && (harder ? other.level < exercise.level : other.level > exercise.level))
        findings.add(LibraryFindingCode::LevelOrder, exercise.id,
            std::string("The ") + which + " variant " + quoted(target) + " has level " + std::to_string(other.level)
                + " but this exercise has level " + std::to_string(exercise.level) + ".");
    if (!exercise.custom && !other.custom && back != exercise.id) {
        const char* reverse = harder ? "easier" : "harder";
        findings.add(LibraryFindingCode::LinkNotReciprocal, exercise.id,
            std::string("The ") + which + " variant " + quoted(target) + " names "
                + (back.empty() ? std::string("no ") + reverse + " variant"
                                : quoted(back) + " as its " + reverse + " variant")
                + " instead of this exercise.");
    }

    std::set<std::string, std::less<>> seen { exercise.id };
    const Exercise* current = &other;
    while (current != nullptr) {
        if (!seen.insert(current->id).second)
            return; // a loop that does not pass through this exercise is reported by its own members
        const std::string& next = harder ? current->harderId : current->easierId;
        if (next == exercise.id) {
            findings.add(LibraryFindingCode::LadderLoop, exercise.id,
                std::string("Following the ") + which + " variants from this exercise leads back to it.");
            return;
        }
        const auto found = byId.find(next);
        current = found == byId.end() ? nullptr : found->second;
    }
}

} // namespace

const char* libraryFindingCodeName(LibraryFindingCode code)
{
    for (const auto& [value, name] : kCodeNames)
        if (value == code)
            return name;
    return "invalid-id";
}

bool isKebabCaseId(std::string_view id)
{
    if (id.empty() || id.front() == '-' || id.back() == '-' || id.find("--") != std::string_view::npos)
        return false;
    return std::all_of(
        id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

namespace {

void checkExerciseDrawing(Findings& findings, const ExerciseIndex& byId, const Exercise& exercise)
{
    if (!exercise.drawing) {
        if (!exercise.custom)
            findings.add(LibraryFindingCode::MissingDrawing, exercise.id, "The exercise has no drawing.");
        return;
    }
    if (const std::string& sameAs = exercise.drawing->sameAs; !sameAs.empty()) {
        const auto original = byId.find(sameAs);
        if (sameAs == exercise.id || original == byId.end() || !original->second->drawing
            || !original->second->drawing->sameAs.empty())
            findings.add(LibraryFindingCode::DrawingLink, exercise.id,
                "The drawing shows the drawing of " + quoted(sameAs)
                    + ", which does not exist or has no drawing of its own.");
        return;
    }
    for (const std::string& problem : drawing::checkDrawing(*exercise.drawing))
        findings.add(LibraryFindingCode::DrawingProblem, exercise.id, "The drawing " + problem + ".");
}

} // namespace

std::vector<LibraryFinding> validateExercises(const std::vector<Exercise>& exercises)
{
    std::vector<LibraryFinding> out;
    Findings findings(out);
    ExerciseIndex byId;
    for (const auto& exercise : exercises)
        byId.emplace(exercise.id, &exercise); // the first of duplicates wins

    std::set<std::string, std::less<>> seen;
    for (const auto& exercise : exercises) {
        if (!exercise.id.empty() && !seen.insert(exercise.id).second)
            findings.add(LibraryFindingCode::DuplicateId, exercise.id,
                "The id " + quoted(exercise.id) + " is used by more than one exercise.");
        checkFields(findings, exercise);
        checkLink(findings, byId, exercise, false);
        checkLink(findings, byId, exercise, true);
        checkExerciseDrawing(findings, byId, exercise);
    }
    return out;
}

std::optional<drawing::Drawing> drawingOf(const ExerciseCatalog& catalog, const Exercise& exercise)
{
    if (!exercise.drawing)
        return std::nullopt;
    if (exercise.drawing->sameAs.empty())
        return exercise.drawing;
    const Exercise* original = catalog.find(exercise.drawing->sameAs);
    if (original == nullptr || !original->drawing || !original->drawing->sameAs.empty())
        return std::nullopt;
    drawing::Drawing shown = *original->drawing;
    shown.mirrored = shown.mirrored != exercise.drawing->mirrored;
    return shown;
}

std::vector<LibraryFinding> validateTopics(const std::vector<EducationTopic>& topics)
{
    std::vector<LibraryFinding> out;
    Findings findings(out);
    std::set<std::string, std::less<>> seen;
    for (const auto& topic : topics) {
        const std::string& id = topic.id;
        if (!id.empty() && !seen.insert(id).second)
            findings.add(
                LibraryFindingCode::DuplicateId, id, "The id " + quoted(id) + " is used by more than one topic.");
        if (id.empty())
            findings.add(LibraryFindingCode::InvalidId, id, "A topic has no id.");
        else if (!isKebabCaseId(id))
            findings.add(LibraryFindingCode::InvalidId, id,
                "The id " + quoted(id) + " must be lower-case words joined by hyphens.");
        if (isBlank(topic.title))
            findings.add(LibraryFindingCode::MissingName, id, "The topic has no title.");
        if (isBlank(topic.summary))
            findings.add(LibraryFindingCode::MissingSummary, id, "The topic has no summary.");
        if (topic.paragraphs.size() < kMinParagraphs || topic.paragraphs.size() > kMaxParagraphs)
            findings.add(LibraryFindingCode::ParagraphCount, id,
                "The topic has " + std::to_string(topic.paragraphs.size()) + " paragraphs; it needs 2 to 5.");
        if (topic.keyPoints.size() < kMinKeyPoints || topic.keyPoints.size() > kMaxKeyPoints)
            findings.add(LibraryFindingCode::KeyPointCount, id,
                "The topic has " + std::to_string(topic.keyPoints.size()) + " key points; it needs 3 to 5.");
        findings.checkTexts(id, topic.paragraphs, "Paragraph");
        findings.checkTexts(id, topic.keyPoints, "Key point");
    }
    return out;
}

std::vector<LibraryFinding> validateLibrary(
    const std::vector<Exercise>& exercises, const std::vector<EducationTopic>& topics)
{
    auto out = validateExercises(exercises);
    auto more = validateTopics(topics);
    out.insert(out.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    return out;
}

std::vector<std::string> ladderOf(const ExerciseCatalog& catalog, std::string_view id)
{
    const auto lookUp = [&](std::string_view key) { return key.empty() ? nullptr : catalog.find(key); };
    const Exercise* start = lookUp(id);
    if (start == nullptr)
        return {};
    std::set<std::string, std::less<>> onLadder { start->id };
    std::vector<std::string> easier;
    for (const Exercise* e = lookUp(start->easierId); e != nullptr && onLadder.insert(e->id).second;
         e = lookUp(e->easierId))
        easier.push_back(e->id);
    std::vector<std::string> ladder(easier.rbegin(), easier.rend());
    ladder.push_back(start->id);
    for (const Exercise* e = lookUp(start->harderId); e != nullptr && onLadder.insert(e->id).second;
         e = lookUp(e->harderId))
        ladder.push_back(e->id);
    return ladder;
}

std::string ladderStep(const ExerciseCatalog& catalog, std::string_view id, int steps)
{
    const auto ladder = ladderOf(catalog, id);
    if (ladder.empty())
        return {};
    const auto here = std::find(ladder.begin(), ladder.end(), id) - ladder.begin();
    const auto last = static_cast<std::ptrdiff_t>(ladder.size()) - 1;
    const auto target = std::clamp<std::ptrdiff_t>(here + steps, 0, last);
    return ladder[static_cast<std::size_t>(target)];
}

} // namespace paceplan::core
