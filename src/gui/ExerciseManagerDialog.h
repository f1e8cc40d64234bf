// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library/Exercise.h"

#include <QDialog>
#include <QHash>
#include <QIcon>
#include <QString>

#include <string>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace paceplan::gui {

class ExerciseEditorDialog;

class ClinicSession;

/// The clinic's exercise library: create the clinic's own exercises, duplicate a library exercise to adapt it,
/// edit, archive, and attach photos or drawings (PNG, JPEG or SVG, downscaled, stored in the database).
class ExerciseManagerDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExerciseManagerDialog(ClinicSession& session, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    /// Selects the exercise with this id when it is listed.
    void select(const std::string& id);
    /// The id of the selected exercise, or empty.
    std::string selectedId() const;

public slots:
    void reload();
    void createExercise();
    void duplicateSelected();
    void editSelected();
    void toggleArchived();
    /// Asks for a picture file (through the Prompter) and attaches it to the selected exercise.
    void addPicture();
    /// The thumbnail of an exercise, from the cache or made now.
    QIcon iconOf(const core::Exercise& exercise);
    /// Makes the selected exercise's thumbnail again (after its photos changed).
    void refreshIcon();
    /// Lets the editor of a clinic's own exercise start its drawing from a library drawing.
    void offerDrawings(ExerciseEditorDialog& editor, const core::Exercise& exercise);
    void removePictures();

private:
    void selectionChanged();

    ClinicSession& m_session;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_pictures = nullptr;
    QLabel* m_preview = nullptr;
    /// Thumbnails by exercise id, made once (searching redraws nothing); dropped when an exercise or its photos
    /// change.
    QHash<QString, QIcon> m_icons;
    QPushButton* m_duplicate = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_archive = nullptr;
    QPushButton* m_addPicture = nullptr;
    QPushButton* m_removePictures = nullptr;
};

} // namespace paceplan::gui
