// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library/Exercise.h"

#include <QWidget>

#include <vector>

class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace paceplan::gui {

class PlanDocument;
struct PlanDetails;

/// Edits the plan-level details: title, goals in the patient's words, start, length, phases and the
/// attached education topics.
class PlanDetailsEditor : public QWidget {
    Q_OBJECT

public:
    explicit PlanDetailsEditor(PlanDocument& document, QWidget* parent = nullptr);

    /// The education topics that can be attached.
    void setTopics(const std::vector<core::EducationTopic>& topics);
    QLineEdit* titleField() const { return m_title; }
    QListWidget* topicList() const { return m_topics; }

private:
    void load();
    void push(PlanDetails details, const QString& part);
    void pushPhases();

    PlanDocument& m_document;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_goals = nullptr;
    QDateEdit* m_start = nullptr;
    QSpinBox* m_length = nullptr;
    QTableWidget* m_phases = nullptr;
    QListWidget* m_topics = nullptr;
    bool m_loading = false;
};

} // namespace paceplan::gui
