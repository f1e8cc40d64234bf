// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include "interop/library/ExerciseLibraryJson.h"
#include "services/Exercises.h"
#include "services/Plans.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iomanip>
#include <iterator>
#include <ostream>

namespace paceplan::cli {

using namespace paceplan::core;

namespace {

constexpr const char* kLibraryHelp = R"(Usage: paceplan-cli [--database PATH] [--json] library COMMAND ...

Commands:
  list [--search TEXT] [--category C] [--region R] [--equipment E|none] [--level 1-5] [--custom] [--all]
                       List exercises (archived ones only with --all; the clinic's own only with --custom).
  show ID              Show one exercise with its steps, cues and safety notes.
  export [--to FILE]   Write the whole library (the clinic's own exercises too) as library JSON
                       (docs/library.md), to FILE or stdout.
Categories: aerobic strength mobility balance relaxation functional.
)";

constexpr const char* kExerciseHelp = R"(Usage: paceplan-cli [--database PATH] [--json] exercise COMMAND ...

Commands:
  add FILE             Add one exercise of the clinic's own from a JSON object (docs/library.md).
  import FILE          Add every exercise in FILE (a library document, an array or one object) as the
                       clinic's own. Nothing is added when any of them is invalid.
  duplicate ID --name NAME   Copy an exercise (with its pictures) as the clinic's own.
  archive ID [--undo]  Hide (or show again) an exercise in the library panel; plans keep it.
  picture ID --out FILE.svg|FILE.png [--size PX]
                       Write the exercise's picture: its drawing (or the clinic's photo, which wins) as
                       SVG or PNG, PX pixels wide (default 480, 16-4000), 4:3.
)";

constexpr const char* kTemplateHelp = R"(Usage: paceplan-cli [--database PATH] [--json] template list

Lists the plan templates: the starter templates shipped with PacePlan and the clinic's own.
)";

void printExercise(std::ostream& out, const Exercise& exercise)
{
    out << exercise.name << "  [" << exercise.id << "]" << (exercise.custom ? "  (clinic's own)" : "")
        << (exercise.archived ? "  [archived]" : "") << '\n'
        << "  " << exercise.summary << '\n'
        << "  Category: " << exerciseCategoryCode(exercise.category) << ", level " << exercise.level
        << ", dose: " << doseKindCode(exercise.doseKind) << '\n';
    out << "  Steps:\n";
    for (std::size_t i = 0; i < exercise.steps.size(); ++i)
        out << "    " << i + 1 << ". " << exercise.steps[i] << '\n';
    for (const auto& cue : exercise.cues)
        out << "  Cue: " << cue << '\n';
    for (const auto& note : exercise.safety)
        out << "  Safety: " << note << '\n';
    if (!exercise.easierId.empty())
        out << "  Easier: " << exercise.easierId << '\n';
    if (!exercise.harderId.empty())
        out << "  Harder: " << exercise.harderId << '\n';
}

int listLibrary(Context& context)
{
    if (const int code
        = context.checkOptions({ "--search", "--category", "--region", "--equipment", "--level", "--custom", "--all" });
        code != kExitOk)
        return code;
    storage::ExerciseQuery query;
    query.text = context.args.value("--search").value_or("");
    if (const auto category = context.args.value("--category")) {
        query.category = exerciseCategoryFromCode(*category);
        if (!query.category)
            return context.usage("unknown category '" + *category + "'");
    }
    query.region = context.args.value("--region").value_or("");
    query.equipment = context.args.value("--equipment").value_or("");
    if (const auto level = context.args.value("--level")) {
        if (level->size() != 1 || (*level)[0] < '1' || (*level)[0] > '5')
            return context.usage("--level takes 1 to 5");
        query.level = (*level)[0] - '0';
    }
    query.customOnly = context.args.has("--custom");
    query.includeArchived = context.args.has("--all");
    if (const int code = context.openDatabase(false); code != kExitOk)
        return code;
    auto exercises = services::listExercises(*context.clinic, query);
    if (!exercises)
        return context.fail(exercises.error());
    if (context.json()) {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (const auto& exercise : *exercises)
            out.push_back(interop::exerciseToJson(exercise));
        context.out << out.dump(2) << '\n';
        return kExitOk;
    }
    for (const auto& exercise : *exercises)
        context.out << std::left << std::setw(40) << exercise.id << ' ' << std::setw(11)
                    << exerciseCategoryCode(exercise.category) << " L" << exercise.level << "  " << exercise.name
                    << std::right << '\n';
    context.out << exercises->size() << " exercise(s)\n";
    return kExitOk;
}

int showExercise(Context& context)
{
    if (const int code = context.checkOptions({}); code != kExitOk)
        return code;
    if (context.args.word(2).empty())
        return context.usage("library show needs an exercise ID");
    if (const int code = context.openDatabase(false); code != kExitOk)
        return code;
    auto exercise = services::exercise(*context.clinic, context.args.word(2));
    if (!exercise)
        return context.fail(exercise.error(), "exercise " + context.args.word(2));
    if (context.json())
        context.out << interop::exerciseToJson(*exercise).dump(2) << '\n';
    else
        printExercise(context.out, *exercise);
    return kExitOk;
}

int exportLibrary(Context& context)
{
    if (const int code = context.checkOptions({ "--to" }); code != kExitOk)
        return code;
    if (const int code = context.openDatabase(false); code != kExitOk)
        return code;
    auto library = services::exportLibrary(*context.clinic);
    if (!library)
        return context.fail(library.error());
    if (const auto file = context.args.value("--to")) {
        std::ofstream out(*file, std::ios::binary | std::ios::trunc);
        if (!out || !(out << library->json)) {
            context.err << "paceplan-cli: cannot write " << *file << '\n';
            return kExitIo;
        }
        context.err << "Wrote " << library->exercises << " exercises to " << *file << '\n';
    } else {
        context.out << library->json;
    }
    return kExitOk;
}

int addExercises(Context& context, bool many)
{
    if (const int code = context.checkOptions({}); code != kExitOk)
        return code;
    const std::string file = context.args.word(2);
    if (file.empty())
        return context.usage(std::string("exercise ") + (many ? "import" : "add") + " needs a JSON FILE");
    const auto text = readTextFile(file);
    if (!text) {
        context.err << "paceplan-cli: cannot read " << file << '\n';
        return kExitIo;
    }
    auto exercises = interop::parseExercises(*text);
    if (!exercises) {
        context.err << "paceplan-cli: " << file << ": " << exercises.error().detail
                    << (exercises.error().field.empty() ? "" : " (at " + exercises.error().field + ")") << '\n';
        return kExitInvalid;
    }
    if (!many && exercises->size() != 1)
        return context.usage("exercise add takes a file with one exercise; use exercise import for several");
    if (const int code = context.openDatabase(false); code != kExitOk)
        return code;
    // All or nothing: one invalid exercise leaves the library unchanged.
    auto created = services::importExercises(*context.clinic, std::move(exercises).value());
    if (!created) {
        context.err << "paceplan-cli: " << file << ": " << created.error().detail << '\n';
        return exitCodeFor(created.error());
    }
    const auto& added = *created;
    if (context.json()) {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (const auto& exercise : added)
            out.push_back(interop::exerciseToJson(exercise));
        context.out << out.dump(2) << '\n';
    } else {
        for (const auto& exercise : added)
            context.out << "Added " << exercise.id << "  " << exercise.name << '\n';
    }
    return kExitOk;
}

int duplicateExercise(Context& context)
{
    if (const int code = context.checkOptions({ "--name" }); code != kExitOk)
        return code;
    const auto name = context.args.value("--name");
    if (context.args.word(2).empty() || !name)
        return context.usage("exercise duplicate needs an exercise ID and --name NAME");
    if (const int code = context.openDatabase(false); code != kExitOk)
        return code;
    auto copy = services::duplicateExercise(*context.clinic, context.args.word(2), *name);
    if (!copy)
        return context.fail(copy.error(), "exercise " + context.args.word(2));
    if (context.json())
        context.out << interop::exerciseToJson(*copy).dump(2) << '\n';
    else
        context.out << "Added " << copy->id << "  " << copy->name << '\n';
    return kExitOk;
}

int archiveExercise(Context& context)
{
    if (const int code = context.checkOptions({ "--undo" }); code != kExitOk)
        return code;
    if (context.args.word(2).empty())
        return context.usage("exercise archive needs an exercise ID");
    if (const int code = context.openDatabase(false); code != kExitOk)
        return code;
    const bool undo = context.args.has("--undo");
    if (auto status = services::setExerciseArchived(*context.clinic, context.args.word(2), !undo); !status)
        return context.fail(status.error(), "exercise " + context.args.word(2));
    context.out << "Exercise " << context.args.word(2) << (undo ? " unarchived" : " archived") << '\n';
    return kExitOk;
}

int exercisePicture(Context& context)
{
    if (const int code = context.checkOptions({ "--out", "--size" }); code != kExitOk)
        return code;
    const auto out = context.args.value("--out");
    if (context.args.word(2).empty() || !out || out->empty())
        return context.usage("exercise picture needs an exercise ID and --out FILE.svg or FILE.png");
    int size = 480;
    if (const auto text = context.args.value("--size")) {
        const auto parsed = parseWholeNumber(*text);
        if (!parsed || *parsed < 16 || *parsed > 4000)
            return context.usage("--size must be a whole number of pixels from 16 to 4000");
        size = *parsed;
    }
    const QString fileName = QString::fromStdString(*out);
    if (!fileName.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
        && !fileName.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return context.usage("--out must name a .svg or .png file");
    if (const int code = context.openDatabase(false); code != kExitOk)
        return code;
    if (!services::exercise(*context.clinic, context.args.word(2))) {
        context.err << "paceplan-cli: there is no exercise '" << context.args.word(2)
                    << "' (paceplan-cli library list shows them)\n";
        return kExitNotFound;
    }
    if (auto status = services::writeExercisePicture(*context.clinic, context.args.word(2), fileName, size); !status)
        return context.fail(status.error(), "exercise " + context.args.word(2));
    context.err << "Wrote " << *out << '\n';
    return kExitOk;
}

} // namespace

int runLibraryCommand(Context& context)
{
    const std::string sub = context.args.word(1);
    if (sub.empty() || context.args.has("--help")) {
        context.out << kLibraryHelp;
        return sub.empty() && !context.args.has("--help") ? kExitUsage : kExitOk;
    }
    if (sub == "list")
        return listLibrary(context);
    if (sub == "show")
        return showExercise(context);
    if (sub == "export")
        return exportLibrary(context);
    return context.usage("unknown library command '" + sub + "'");
}

int runExerciseCommand(Context& context)
{
    const std::string sub = context.args.word(1);
    if (sub.empty() || context.args.has("--help")) {
        context.out << kExerciseHelp;
        return sub.empty() && !context.args.has("--help") ? kExitUsage : kExitOk;
    }
    if (sub == "add")
        return addExercises(context, false);
    if (sub == "import")
        return addExercises(context, true);
    if (sub == "duplicate")
        return duplicateExercise(context);
    if (sub == "archive")
        return archiveExercise(context);
    if (sub == "picture")
        return exercisePicture(context);
    return context.usage("unknown exercise command '" + sub + "'");
}

int runTemplateCommand(Context& context)
{
    const std::string sub = context.args.word(1);
    if (sub != "list" || context.args.has("--help")) {
        context.out << kTemplateHelp;
        return context.args.has("--help")
            ? kExitOk
            : (sub.empty() ? kExitUsage : context.usage("unknown template command '" + sub + "'"));
    }
    if (const int code = context.checkOptions({}); code != kExitOk)
        return code;
    if (const int code = context.openDatabase(false); code != kExitOk)
        return code;
    auto templates = services::listTemplates(*context.clinic);
    if (!templates)
        return context.fail(templates.error());
    if (context.json()) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& item : *templates)
            out.push_back({ { "code", item.code }, { "name", item.name }, { "description", item.description },
                { "condition", primaryConditionCode(item.condition) }, { "builtin", item.builtin },
                { "length_weeks", item.plan.lengthWeeks } });
        context.out << out.dump(2) << '\n';
        return kExitOk;
    }
    for (const auto& item : *templates)
        context.out << std::left << std::setw(36) << item.code << std::right << ' ' << item.name << " ("
                    << item.plan.lengthWeeks << " weeks" << (item.builtin ? ", built in" : "") << ")\n";
    context.out << templates->size() << " template(s)\n";
    return kExitOk;
}

} // namespace paceplan::cli
