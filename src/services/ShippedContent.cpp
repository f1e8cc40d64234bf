// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ShippedContent.h"

#include "interop/library/ExerciseLibraryJson.h"
#include "interop/plan/PlanJson.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

namespace paceplan::services {

namespace {

constexpr const char* kMergedVersionKey = "library_version_merged";

core::Result<std::string> readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::makeError(core::ErrorCode::FileNotFound, "resource", path.toStdString());
    return file.readAll().toStdString();
}

core::Result<storage::PlanTemplate> readTemplate(const QString& path)
{
    auto text = readResource(path);
    if (!text)
        return text.error();
    auto document = interop::planDocumentFromText(*text);
    if (!document)
        return document.error();
    const auto json = nlohmann::json::parse(*text, nullptr, false);
    storage::PlanTemplate result;
    result.code = QFileInfo(path).completeBaseName().toStdString();
    result.plan = std::move(document)->plan;
    result.name = result.plan.title;
    result.builtin = true;
    if (json.is_object()) {
        result.description = json.value("description", std::string());
        result.condition = core::primaryConditionFromCode(json.value("condition", std::string("other")))
                               .value_or(core::PrimaryCondition::Other);
    }
    return result;
}

} // namespace

core::Result<ShippedContent> ShippedContent::load()
{
    ShippedContent content;
    const QDir exercises(QStringLiteral(":/library/exercises"));
    for (const QString& name : exercises.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        auto text = readResource(exercises.filePath(name));
        if (!text)
            return text.error();
        auto file = interop::parseExerciseLibrary(*text);
        if (!file)
            return file.error();
        content.libraryVersion = std::max(content.libraryVersion, file->libraryVersion);
        content.exercises.insert(content.exercises.end(), file->exercises.begin(), file->exercises.end());
    }
    auto topicsText = readResource(QStringLiteral(":/library/education.json"));
    if (!topicsText)
        return topicsText.error();
    auto topics = interop::parseEducationLibrary(*topicsText);
    if (!topics)
        return topics.error();
    content.topics = topics->topics;
    content.libraryVersion = std::max(content.libraryVersion, topics->libraryVersion);

    const QDir templates(QStringLiteral(":/templates"));
    for (const QString& name : templates.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        auto planTemplate = readTemplate(templates.filePath(name));
        if (!planTemplate)
            return planTemplate.error();
        content.templates.push_back(std::move(planTemplate).value());
    }
    return content;
}

core::Status mergeShippedContent(storage::Database& database, const core::DocumentCodec& codec)
{
    auto content = ShippedContent::load();
    if (!content) {
        spdlog::error("the shipped library cannot be read: {}", content.error().detail);
        return content.error();
    }
    const auto merged = database.setting(kMergedVersionKey, "0");
    if (merged && std::stoi(*merged) >= content->libraryVersion && std::stoi(*merged) > 0)
        return {};
    storage::ExerciseRepository exercises(database, codec);
    auto result = exercises.mergeLibrary(content->exercises, content->libraryVersion);
    if (!result)
        return result.error();
    if (auto topics = exercises.mergeTopics(content->topics, content->libraryVersion); !topics)
        return topics.error();
    if (auto templates = storage::TemplateRepository(database, codec).mergeBuiltins(content->templates); !templates)
        return templates;
    spdlog::info("library version {} merged: {} added, {} updated, {} kept clinic edits", content->libraryVersion,
        result->added, result->updated, result->keptClinicEdits);
    return database.setSetting(kMergedVersionKey, std::to_string(content->libraryVersion));
}

} // namespace paceplan::services
