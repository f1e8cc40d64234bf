// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/outcomes/InstrumentForm.h"

#include "core/outcomes/ChangeEngine.h"
#include "core/outcomes/ChangeSummary.h"
#include "core/outcomes/Scoring.h"
#include "report/QtDate.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

namespace paceplan::gui {
namespace {

QString number(double value)
{
    return QString::fromStdString(core::formatNumber(value, std::floor(value) == value ? 0 : 1));
}

QString rangeText(double min, const std::optional<double>& max)
{
    return max ? QStringLiteral("%1–%2").arg(number(min), number(*max)) : QStringLiteral("> %1").arg(number(min));
}

std::optional<double> parseNumber(const QString& text, bool* ok)
{
    QString cleaned = text.trimmed();
    cleaned.replace(QLatin1Char(','), QLatin1Char('.'));
    const double value = cleaned.toDouble(ok);
    return *ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

InstrumentForm::InstrumentForm(const core::Instrument& instrument, QWidget* parent)
    : QWidget(parent), m_instrument(instrument)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(QStringLiteral("<b>%1</b> (%2)")
                                 .arg(QString::fromStdString(instrument.name).toHtmlEscaped(),
                                     QString::fromStdString(instrument.shortName)));
    title->setWordWrap(true);
    layout->addWidget(title);
    if (instrument.licenceMode == core::LicenceMode::ScoresOnly) {
        auto* note = new QLabel(tr("Type the scores from your licensed copy. Items are shown by number and what "
                                   "each one measures."));
        note->setWordWrap(true);
        note->setToolTip(QString::fromStdString(instrument.licenceNote));
        layout->addWidget(note);
    }
    if (!instrument.recallPeriod.empty())
        layout->addWidget(new QLabel(tr("Recall period: %1").arg(QString::fromStdString(instrument.recallPeriod))));

    auto* itemsWidget = new QWidget;
    auto* grid = new QGridLayout(itemsWidget);
    grid->setVerticalSpacing(2);
    int row = 0;
    for (const auto& item : instrument.items) {
        auto* label = new QLabel(QStringLiteral("%1. %2").arg(item.number).arg(QString::fromStdString(item.construct)));
        auto* field = new QLineEdit;
        field->setObjectName(QStringLiteral("item%1").arg(item.number));
        field->setMaximumWidth(70);
        field->setPlaceholderText(rangeText(item.min, item.max));
        field->setAccessibleName(tr("Item %1").arg(item.number));
        label->setBuddy(field);
        auto* message = new QLabel;
        message->setMinimumWidth(180);
        grid->addWidget(label, row, 0);
        grid->addWidget(field, row, 1);
        grid->addWidget(message, row, 2);
        field->installEventFilter(this);
        connect(field, &QLineEdit::textChanged, this, &InstrumentForm::recompute);
        m_fields.push_back(field);
        m_messages.push_back(message);
        ++row;
    }
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(row, 1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(itemsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    auto* form = new QFormLayout;
    if (instrument.totalEntry) {
        m_total = new QLineEdit;
        m_total->setObjectName(QStringLiteral("total"));
        m_total->setMaximumWidth(90);
        m_total->setPlaceholderText(rangeText(instrument.totalEntry->min, instrument.totalEntry->max));
        m_total->installEventFilter(this);
        m_totalMessage = new QLabel;
        auto* totalRow = new QHBoxLayout;
        totalRow->addWidget(m_total);
        totalRow->addWidget(m_totalMessage, 1);
        form->addRow(tr("Or the total (%1):").arg(QString::fromStdString(instrument.totalEntry->name)), totalRow);
        connect(m_total, &QLineEdit::textChanged, this, &InstrumentForm::recompute);
    }
    m_date = new QDateEdit;
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->installEventFilter(this);
    connect(m_date, &QDateEdit::dateChanged, this, [this] { recompute(); });
    form->addRow(tr("&Date:"), m_date);
    m_notes = new QLineEdit;
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->installEventFilter(this);
    form->addRow(tr("&Notes:"), m_notes);
    layout->addLayout(form);

    m_score = new QLabel;
    m_score->setObjectName(QStringLiteral("score"));
    m_score->setWordWrap(true);
    m_change = new QLabel;
    m_change->setObjectName(QStringLiteral("change"));
    m_change->setWordWrap(true);
    layout->addWidget(m_score);
    layout->addWidget(m_change);
    m_save = new QPushButton(tr("&Save measure"));
    m_save->setAutoDefault(true);
    connect(m_save, &QPushButton::clicked, this, &InstrumentForm::requestSave);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    if (!m_fields.empty())
        setFocusProxy(m_fields.front());
    clear(QDate::currentDate());
}

void InstrumentForm::setBaseline(std::optional<core::ScoreResult> baseline)
{
    m_baseline = std::move(baseline);
    recompute();
}

void InstrumentForm::setPerson(const services::ScoringPerson& person)
{
    m_person = person;
    recompute();
}

void InstrumentForm::setEntry(const services::OutcomeEntry& entry)
{
    m_editing = entry.id;
    m_person = entry.person;
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        const bool answered = i < entry.answers.size() && entry.answers[i].has_value();
        m_fields[i]->setText(answered ? number(*entry.answers[i]) : QString());
    }
    if (m_total)
        m_total->setText(entry.enteredTotal ? number(*entry.enteredTotal) : QString());
    m_date->setDate(report::toQDate(entry.date));
    m_notes->setText(QString::fromStdString(entry.notes));
    m_save->setText(tr("&Save changes"));
    recompute();
}

void InstrumentForm::clear(const QDate& date)
{
    m_editing = core::OutcomeId();
    for (auto* field : m_fields)
        field->clear();
    if (m_total)
        m_total->clear();
    m_date->setDate(date);
    m_notes->clear();
    m_save->setText(tr("&Save measure"));
    recompute();
}

services::OutcomeEntry InstrumentForm::entry() const
{
    services::OutcomeEntry entry;
    entry.id = m_editing;
    entry.instrumentCode = m_instrument.code;
    entry.date = report::fromQDate(m_date->date());
    entry.person = m_person;
    entry.notes = m_notes->text().trimmed().toStdString();
    bool ok = false;
    if (m_total && !m_total->text().trimmed().isEmpty()) {
        entry.enteredTotal = parseNumber(m_total->text(), &ok);
        return entry;
    }
    for (auto* field : m_fields)
        entry.answers.push_back(field->text().trimmed().isEmpty() ? std::nullopt : parseNumber(field->text(), &ok));
    return entry;
}

bool InstrumentForm::canSave() const
{
    if (m_invalid || !m_date->date().isValid())
        return false;
    const services::OutcomeEntry current = entry();
    if (current.enteredTotal)
        return true;
    for (const auto& answer : current.answers)
        if (answer)
            return true;
    return false;
}

QString InstrumentForm::scoreText() const
{
    return m_score->text();
}
QString InstrumentForm::changeText() const
{
    return m_change->text();
}
QString InstrumentForm::itemMessage(int index) const
{
    return m_messages.at(static_cast<std::size_t>(index))->text();
}

InstrumentForm::FieldState InstrumentForm::checkItem(int index, double* value)
{
    const auto& item = m_instrument.items.at(static_cast<std::size_t>(index));
    QLabel* message = m_messages.at(static_cast<std::size_t>(index));
    const QString text = m_fields.at(static_cast<std::size_t>(index))->text();
    message->setStyleSheet(QString());
    if (text.trimmed().isEmpty()) {
        message->clear();
        return FieldState::Empty;
    }
    bool ok = false;
    const auto parsed = parseNumber(text, &ok);
    const bool inRange = ok && (item.minExclusive ? *parsed > item.min : *parsed >= item.min)
        && (!item.max || *parsed <= *item.max) && (!item.integerOnly || std::floor(*parsed) == *parsed);
    if (!inRange) {
        message->setStyleSheet(QStringLiteral("color: #b00020;"));
        message->setText(item.integerOnly ? tr("Whole number %1").arg(rangeText(item.min, item.max))
                                          : tr("Number %1").arg(rangeText(item.min, item.max)));
        return FieldState::Invalid;
    }
    *value = *parsed;
    if ((item.warnBelow && *parsed < *item.warnBelow) || (item.warnAbove && *parsed > *item.warnAbove)) {
        message->setStyleSheet(QStringLiteral("color: #8a5a00;"));
        message->setText(tr("Unusual value: please check"));
        return FieldState::Warning;
    }
    message->setText(QStringLiteral("✓"));
    return FieldState::Valid;
}

void InstrumentForm::recompute()
{
    m_result.reset();
    m_invalid = false;
    core::Answers answers;
    int answered = 0;
    for (int i = 0; i < static_cast<int>(m_fields.size()); ++i) {
        double value = 0.0;
        const FieldState state = checkItem(i, &value);
        m_invalid = m_invalid || state == FieldState::Invalid;
        answers.push_back(
            state == FieldState::Valid || state == FieldState::Warning ? std::optional<double>(value) : std::nullopt);
        answered += answers.back() ? 1 : 0;
    }
    std::optional<core::Result<core::ScoreResult>> scored;
    // The same age and sex storage scores the record with, so the form shows the band that will be stored.
    const core::ScoreContext context = services::scoreContextFor(m_person, report::fromQDate(m_date->date()));
    if (m_total && !m_total->text().trimmed().isEmpty()) {
        bool ok = false;
        const auto total = parseNumber(m_total->text(), &ok);
        const auto& limits = *m_instrument.totalEntry;
        const bool valid = ok && *total >= limits.min && *total <= limits.max
            && (!limits.integerOnly || std::floor(*total) == *total);
        m_totalMessage->setText(valid ? QStringLiteral("✓") : tr("Number %1").arg(rangeText(limits.min, limits.max)));
        m_totalMessage->setStyleSheet(valid ? QString() : QStringLiteral("color: #b00020;"));
        m_invalid = !valid;
        if (valid)
            scored = core::scoreEnteredTotal(m_instrument, *total, context);
    } else {
        if (m_totalMessage)
            m_totalMessage->clear();
        if (!m_invalid && answered > 0)
            scored = core::scoreAnswers(m_instrument, answers, context);
    }
    m_change->clear();
    if (m_invalid) {
        m_score->setText(tr("Please correct the marked values."));
    } else if (!scored) {
        m_score->setText(tr("Score appears here when enough items are answered."));
    } else if (!scored->ok() || !scored->value().scorable || !services::headlineValue(scored->value())) {
        m_score->setText(
            tr("Not scorable yet (%1 of %2 items answered).").arg(answered).arg(static_cast<int>(m_fields.size())));
    } else {
        m_result = scored->value();
        const double value = *services::headlineValue(*m_result);
        QString text = tr("Score: %1").arg(QString::fromStdString(core::formatScore(m_instrument, value)));
        const std::string symbol = core::measureUnitSymbol(m_instrument.unit);
        if (!symbol.empty())
            text += QLatin1Char(' ') + QString::fromStdString(symbol);
        if (!m_result->band.empty())
            text += tr(", band: %1").arg(QString::fromStdString(services::bandLabel(m_instrument, m_result->band)));
        if (!m_result->risk.empty())
            text += tr(", risk group: %1").arg(QString::fromStdString(m_result->risk));
        for (const auto& [code, subscale] : m_result->subscales) {
            const auto* definition = m_instrument.subscale(code);
            text += QStringLiteral("; %1 %2").arg(QString::fromStdString(definition ? definition->name : code),
                QString::fromStdString(core::formatScore(m_instrument, subscale)));
        }
        m_score->setText(text);
        if (m_baseline && m_baseline->score && m_result->score && m_instrument.measure() != nullptr) {
            const core::ChangeEngine engine;
            const auto change = engine.compare(*m_baseline, *m_result);
            m_change->setText(
                tr("Since baseline: %1").arg(QString::fromStdString(core::changeSummaryLine(m_instrument, change))));
        }
    }
    m_save->setEnabled(canSave());
}

void InstrumentForm::requestSave()
{
    if (canSave())
        emit saveRequested(entry());
}

bool InstrumentForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_notes) {
                requestSave();
                return true;
            }
            focusNextChild();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace paceplan::gui
