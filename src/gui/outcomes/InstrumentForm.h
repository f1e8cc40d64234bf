// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcomes/Instrument.h"
#include "core/outcomes/ScoreResult.h"
#include "services/Outcomes.h"

#include <QWidget>

#include <optional>
#include <vector>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace paceplan::gui {

/// The entry form of any instrument, generated from the registry: one compact field per item, checked as
/// it is typed, with the score, band and change from baseline shown as soon as core can score it.
class InstrumentForm : public QWidget {
    Q_OBJECT
public:
    explicit InstrumentForm(const core::Instrument& instrument, QWidget* parent = nullptr);

    /// Sets the result that change is measured from; nothing hides the change line.
    void setBaseline(std::optional<core::ScoreResult> baseline);
    /// Sets whose measure is typed: their age on the form's date and sex pick the norm bands of the score.
    void setPerson(const services::ScoringPerson& person);
    /// Fills the form with a stored entry for editing; the entry's id is kept for saving.
    void setEntry(const services::OutcomeEntry& entry);
    /// Empties every field for a new entry on `date`.
    void clear(const QDate& date);

    const core::Instrument& instrument() const { return m_instrument; }
    /// The entry as typed (answers or total, date, notes), with the id of the entry being edited.
    services::OutcomeEntry entry() const;
    /// The current score, when every field is valid and core scores the answers.
    const std::optional<core::ScoreResult>& result() const { return m_result; }
    /// True when no field holds an invalid value and something was typed.
    bool canSave() const;

    QLineEdit* itemField(int index) const { return m_fields.at(static_cast<std::size_t>(index)); }
    QLineEdit* totalField() const { return m_total; }
    QDateEdit* dateField() const { return m_date; }
    QLineEdit* notesField() const { return m_notes; }
    QPushButton* saveButton() const { return m_save; }
    QString scoreText() const;
    QString changeText() const;
    QString itemMessage(int index) const;

signals:
    /// The user asked to store the entry.
    void saveRequested(const paceplan::services::OutcomeEntry& entry);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class FieldState { Empty, Valid, Warning, Invalid };
    FieldState checkItem(int index, double* value);
    void recompute();
    void requestSave();

    const core::Instrument& m_instrument;
    core::OutcomeId m_editing;
    services::ScoringPerson m_person;
    std::optional<core::ScoreResult> m_baseline;
    std::optional<core::ScoreResult> m_result;
    bool m_invalid = false;
    std::vector<QLineEdit*> m_fields;
    std::vector<QLabel*> m_messages;
    QLineEdit* m_total = nullptr;
    QLabel* m_totalMessage = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_notes = nullptr;
    QLabel* m_score = nullptr;
    QLabel* m_change = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace paceplan::gui
