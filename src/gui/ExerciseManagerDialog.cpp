// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ExerciseManagerDialog.h"

#include "gui/ClinicSession.h"
#include "gui/ExerciseEditorDialog.h"
#include "gui/Prompter.h"
#include "services/ErrorMessages.h"
#include "services/Exercises.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace paceplan::gui {

ExerciseManagerDialog::ExerciseManagerDialog(ClinicSession& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Exercise library"));
    setObjectName(QStringLiteral("exerciseManager"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search exercises"));
    m_search->setClearButtonEnabled(true);
    m_showArchived = new QCheckBox(tr("Show archived"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("exerciseList"));
    m_list->setIconSize(QSize(64, 48));
    m_pictures = new QLabel(this);
    m_pictures->setWordWrap(true);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("exercisePreview"));
    m_preview->setFixedSize(244, 184);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setStyleSheet(QStringLiteral("background: white;"));
    auto* create = new QPushButton(tr("New exercise\u2026"), this);
    m_duplicate = new QPushButton(tr("Duplicate\u2026"), this);
    m_edit = new QPushButton(tr("Edit\u2026"), this);
    m_archive = new QPushButton(tr("Archive"), this);
    m_addPicture = new QPushButton(tr("Add picture\u2026"), this);
    m_removePictures = new QPushButton(tr("Remove pictures"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_showArchived);
    auto* side = new QVBoxLayout;
    for (auto* button : { create, m_duplicate, m_edit, m_archive, m_addPicture, m_removePictures })
        side->addWidget(button);
    side->addStretch(1);
    side->addWidget(m_preview);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto* note = new QLabel(tr("The clinic's own exercises and adapted library exercises appear in the plan editor's "
                               "library. Archived exercises are hidden there; plans that use them keep working."),
        this);
    note->setWordWrap(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(m_pictures);
    layout->addWidget(close);
    resize(820, 640);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &ExerciseManagerDialog::reload);
    connect(m_showArchived, &QCheckBox::toggled, this, &ExerciseManagerDialog::reload);
    connect(m_list, &QListWidget::currentRowChanged, this, &ExerciseManagerDialog::selectionChanged);
    connect(m_list, &QListWidget::itemActivated, this, &ExerciseManagerDialog::editSelected);
    connect(create, &QPushButton::clicked, this, &ExerciseManagerDialog::createExercise);
    connect(m_duplicate, &QPushButton::clicked, this, &ExerciseManagerDialog::duplicateSelected);
    connect(m_edit, &QPushButton::clicked, this, &ExerciseManagerDialog::editSelected);
    connect(m_archive, &QPushButton::clicked, this, &ExerciseManagerDialog::toggleArchived);
    connect(m_addPicture, &QPushButton::clicked, this, &ExerciseManagerDialog::addPicture);
    connect(m_removePictures, &QPushButton::clicked, this, &ExerciseManagerDialog::removePictures);
    reload();
}

void ExerciseManagerDialog::reload()
{
    const std::string keep = selectedId();
    m_list->clear();
    auto* clinic = m_session.clinic();
    if (!clinic)
        return;
    storage::ExerciseQuery query;
    query.text = m_search->text().toStdString();
    query.includeArchived = m_showArchived->isChecked();
    auto exercises = services::listExercises(*clinic, query);
    if (!exercises)
        return;
    for (const auto& exercise : *exercises) {
        QString label = QString::fromStdString(exercise.name);
        if (exercise.custom)
            label += tr("  (clinic's own)");
        if (exercise.archived)
            label += tr("  [archived]");
        auto* item = new QListWidgetItem(label, m_list);
        item->setIcon(iconOf(exercise));
        item->setData(Qt::UserRole, QString::fromStdString(exercise.id));
        item->setData(Qt::UserRole + 1, exercise.archived);
    }
    select(keep);
    selectionChanged();
}

QIcon ExerciseManagerDialog::iconOf(const core::Exercise& exercise)
{
    const QString id = QString::fromStdString(exercise.id);
    if (const auto cached = m_icons.constFind(id); cached != m_icons.constEnd())
        return *cached;
    QIcon icon;
    if (auto* clinic = m_session.clinic()) {
        const QImage thumbnail = services::exercisePicture(*clinic, exercise, QSize(64, 48));
        if (!thumbnail.isNull())
            icon = QIcon(QPixmap::fromImage(thumbnail));
    }
    m_icons.insert(id, icon);
    return icon;
}

void ExerciseManagerDialog::refreshIcon()
{
    auto* item = m_list->currentItem();
    auto* clinic = m_session.clinic();
    if (!item || !clinic)
        return;
    m_icons.remove(item->data(Qt::UserRole).toString());
    if (auto chosen = services::exercise(*clinic, selectedId()))
        item->setIcon(iconOf(*chosen));
}

void ExerciseManagerDialog::select(const std::string& id)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toString().toStdString() == id)
            m_list->setCurrentRow(row);
}

std::string ExerciseManagerDialog::selectedId() const
{
    const auto* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString().toStdString() : std::string();
}

void ExerciseManagerDialog::selectionChanged()
{
    const bool selected = m_list->currentItem() != nullptr;
    for (auto* button : { m_duplicate, m_edit, m_archive, m_addPicture, m_removePictures })
        button->setEnabled(selected);
    m_pictures->clear();
    m_preview->clear();
    auto* clinic = m_session.clinic();
    if (!selected || !clinic)
        return;
    if (auto chosen = services::exercise(*clinic, selectedId())) {
        const QImage preview = services::exercisePicture(*clinic, *chosen, QSize(240, 180));
        if (!preview.isNull())
            m_preview->setPixmap(QPixmap::fromImage(preview));
    }
    m_archive->setText(m_list->currentItem()->data(Qt::UserRole + 1).toBool() ? tr("Unarchive") : tr("Archive"));
    auto media = services::exerciseMedia(*clinic, selectedId());
    const int count = media ? static_cast<int>(media->size()) : 0;
    m_pictures->setText(count == 0
            ? tr("Shown with PacePlan's drawing. Add a photo to show your own instead.")
            : tr("%n photo(s) attached: handouts show them instead of the drawing.", nullptr, count));
    m_removePictures->setEnabled(count > 0);
}

void ExerciseManagerDialog::offerDrawings(ExerciseEditorDialog& editor, const core::Exercise& exercise)
{
    auto* clinic = m_session.clinic();
    if (!clinic)
        return;
    auto library = services::listExercises(*clinic, {});
    editor.setDrawingChoices(
        library ? *library : std::vector<core::Exercise>(), services::exerciseDrawing(*clinic, exercise));
}

void ExerciseManagerDialog::createExercise()
{
    auto* clinic = m_session.clinic();
    if (!clinic)
        return;
    core::Exercise blank;
    blank.category = core::ExerciseCategory::Strength;
    blank.startDose.sets = 2;
    blank.startDose.repetitions = 10;
    blank.custom = true;
    ExerciseEditorDialog editor(blank, this);
    offerDrawings(editor, blank);
    while (editor.exec() == QDialog::Accepted) {
        auto created = services::createExercise(*clinic, editor.exercise());
        if (created) {
            m_session.notifyExercisesChanged();
            m_icons.clear(); // a new or changed exercise, maybe a new drawing
            reload();
            select(created->id);
            return;
        }
        editor.showProblem(
            QString::fromStdString(created.error().detail.empty() ? created.error().field : created.error().detail));
    }
}

void ExerciseManagerDialog::duplicateSelected()
{
    auto* clinic = m_session.clinic();
    const std::string id = selectedId();
    if (!clinic || id.empty())
        return;
    auto original = services::exercise(*clinic, id);
    if (!original)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Duplicate exercise"), tr("Name of the copy:"),
        QLineEdit::Normal, tr("%1 (adapted)").arg(QString::fromStdString(original->name)), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    auto copy = services::duplicateExercise(*clinic, id, name.trimmed().toStdString());
    if (!copy) {
        Prompter::instance().showError(this, tr("Duplicate exercise"), services::databaseErrorMessage(copy.error()));
        return;
    }
    m_session.notifyExercisesChanged();
    m_icons.clear(); // a new or changed exercise, maybe a new drawing
    reload();
    select(copy->id);
}

void ExerciseManagerDialog::editSelected()
{
    auto* clinic = m_session.clinic();
    const std::string id = selectedId();
    if (!clinic || id.empty())
        return;
    auto exercise = services::exercise(*clinic, id);
    if (!exercise)
        return;
    ExerciseEditorDialog editor(*exercise, this);
    if (exercise->custom)
        offerDrawings(editor, *exercise);
    while (editor.exec() == QDialog::Accepted) {
        auto updated = services::updateExercise(*clinic, editor.exercise());
        if (updated) {
            m_session.notifyExercisesChanged();
            m_icons.clear(); // a new or changed exercise, maybe a new drawing
            reload();
            return;
        }
        editor.showProblem(
            QString::fromStdString(updated.error().detail.empty() ? updated.error().field : updated.error().detail));
    }
}

void ExerciseManagerDialog::toggleArchived()
{
    auto* clinic = m_session.clinic();
    const auto* item = m_list->currentItem();
    if (!clinic || !item)
        return;
    const bool archived = item->data(Qt::UserRole + 1).toBool();
    if (auto status = services::setExerciseArchived(*clinic, selectedId(), !archived); !status) {
        Prompter::instance().showError(this, tr("Exercise library"), services::databaseErrorMessage(status.error()));
        return;
    }
    m_session.notifyExercisesChanged();
    reload();
}

void ExerciseManagerDialog::addPicture()
{
    auto* clinic = m_session.clinic();
    const std::string id = selectedId();
    if (!clinic || id.empty())
        return;
    const QString file
        = Prompter::instance().openFile(this, tr("Add picture"), tr("Pictures (*.png *.jpg *.jpeg *.svg)"));
    if (file.isEmpty())
        return;
    auto picture = services::pictureFromFile(file);
    if (!picture) {
        Prompter::instance().showError(this, tr("Add picture"), tr("This file is not a PNG, JPEG or SVG picture."));
        return;
    }
    auto added = services::addExercisePicture(*clinic, id, std::move(picture).value());
    if (!added) {
        Prompter::instance().showError(this, tr("Add picture"), services::databaseErrorMessage(added.error()));
        return;
    }
    m_session.notifyExercisesChanged();
    refreshIcon();
    selectionChanged();
}

void ExerciseManagerDialog::removePictures()
{
    auto* clinic = m_session.clinic();
    const std::string id = selectedId();
    if (!clinic || id.empty()
        || !Prompter::instance().confirm(
            this, tr("Remove pictures"), tr("Remove every picture of this exercise?"), tr("Remove")))
        return;
    if (auto removed = services::removeExercisePictures(*clinic, id); !removed)
        Prompter::instance().showError(this, tr("Remove pictures"), services::databaseErrorMessage(removed.error()));
    m_session.notifyExercisesChanged();
    refreshIcon();
    selectionChanged();
}

} // namespace paceplan::gui
