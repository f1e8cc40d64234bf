// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/ItemEditor.h"

#include "core/library/ExerciseCatalog.h"
#include "core/plan/HeartRate.h"
#include "gui/plan/ChangeDayType.h"
#include "gui/plan/ChangeDose.h"
#include "gui/plan/ChangeIntensity.h"
#include "gui/plan/ChangeNotes.h"
#include "gui/plan/ChangeProgression.h"
#include "gui/plan/MovePlanItem.h"
#include "gui/plan/PlanDocument.h"
#include "gui/plan/PlanLabels.h"
#include "gui/plan/ProgressionEditor.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace paceplan::gui {

namespace {
QSpinBox* spin(QWidget* parent, int high, const QString& suffix, const QString& none, const char* name)
{
    auto* box = new QSpinBox(parent);
    box->setRange(0, high);
    box->setSuffix(suffix);
    box->setSpecialValueText(none);
    box->setObjectName(QString::fromLatin1(name));
    return box;
}

QWidget* pair(QWidget* parent, QWidget* a, QWidget* b)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(a);
    layout->addWidget(new QLabel(QStringLiteral("–"), row));
    layout->addWidget(b);
    return row;
}
} // namespace

ItemEditor::ItemEditor(PlanDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);
    auto* empty = new QLabel(tr("Select an exercise in the week to edit its dose, intensity and progression.\n\n"
                                "Add exercises from the library: drag one onto a day, or select it, choose the day "
                                "and press Enter."),
        m_stack);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    empty->setStyleSheet(QStringLiteral("color: #666; padding: 8px;"));
    m_stack->addWidget(empty);

    auto* page = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("itemTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    m_title->setWordWrap(true);
    m_subtitle = new QLabel(page);
    m_subtitle->setStyleSheet(QStringLiteral("color: #666;"));
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    m_picture = new QLabel(page);
    m_picture->setObjectName(QStringLiteral("itemPicture"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setFrameShape(QFrame::StyledPanel);
    m_picture->setStyleSheet(QStringLiteral("background: white;"));
    m_picture->hide();
    layout->addWidget(m_picture);

    auto* doseBox = new QGroupBox(tr("Dose in week 1"), page);
    auto* dose = new QFormLayout(doseBox);
    m_doseForm = dose;
    m_day = new QComboBox(doseBox);
    m_day->setObjectName(QStringLiteral("itemDay"));
    for (int day = 0; day < core::kDaysPerWeek; ++day)
        m_day->addItem(QString::fromLatin1(core::weekdayName(day)), day);
    dose->addRow(tr("Day"), m_day);
    m_sets = spin(doseBox, core::kMaxSets, tr(" sets"), tr("not set"), "doseSets");
    m_reps = spin(doseBox, core::kMaxRepetitions, tr(" reps"), tr("not set"), "doseRepetitions");
    m_hold = spin(doseBox, core::kMaxHoldSeconds, tr(" s"), tr("no hold"), "doseHold");
    m_duration = new QDoubleSpinBox(doseBox);
    m_duration->setObjectName(QStringLiteral("doseDuration"));
    m_duration->setRange(0.0, core::kMaxDurationSeconds / 60.0);
    m_duration->setDecimals(1);
    m_duration->setSuffix(tr(" min"));
    m_duration->setSpecialValueText(tr("not set"));
    m_distance = spin(doseBox, core::kMaxDistanceMetres, tr(" m"), tr("not set"), "doseDistance");
    m_distance->setSingleStep(10);
    m_rest = spin(doseBox, core::kMaxRestSeconds, tr(" s"), tr("no rest"), "doseRest");
    m_rest->setSingleStep(15);
    m_times = spin(doseBox, core::kMaxTimesPerDay, tr(" × a day"), QString(), "doseTimes");
    m_times->setMinimum(1);
    dose->addRow(tr("Sets"), m_sets);
    dose->addRow(tr("Repetitions"), m_reps);
    dose->addRow(tr("Hold"), m_hold);
    dose->addRow(tr("Duration"), m_duration);
    dose->addRow(tr("Distance"), m_distance);
    dose->addRow(tr("Rest between sets"), m_rest);
    dose->addRow(tr("Times a day"), m_times);
    m_loadKind = new QComboBox(doseBox);
    m_loadKind->setObjectName(QStringLiteral("loadKind"));
    m_loadKind->addItem(tr("Body weight"), static_cast<int>(core::LoadKind::Bodyweight));
    m_loadKind->addItem(tr("Weight (kg)"), static_cast<int>(core::LoadKind::Kilograms));
    m_loadKind->addItem(tr("Band"), static_cast<int>(core::LoadKind::Band));
    m_loadKg = new QDoubleSpinBox(doseBox);
    m_loadKg->setObjectName(QStringLiteral("loadKg"));
    m_loadKg->setRange(0.0, core::kMaxLoadKg);
    m_loadKg->setSingleStep(0.5);
    m_loadKg->setDecimals(1);
    m_loadKg->setSuffix(tr(" kg"));
    m_band = new QComboBox(doseBox);
    m_band->setObjectName(QStringLiteral("bandColour"));
    for (const auto& colour : core::kBandColourCodes)
        m_band->addItem(codeLabel(colour), QString::fromStdString(colour));
    auto* loadRow = new QWidget(doseBox);
    auto* loadLayout = new QHBoxLayout(loadRow);
    loadLayout->setContentsMargins(0, 0, 0, 0);
    loadLayout->addWidget(m_loadKind, 1);
    loadLayout->addWidget(m_loadKg);
    loadLayout->addWidget(m_band);
    dose->addRow(tr("Load"), loadRow);
    m_allFields = new QCheckBox(tr("Show every dose field"), doseBox);
    m_allFields->setObjectName(QStringLiteral("allDoseFields"));
    dose->addRow(QString(), m_allFields);
    connect(m_allFields, &QCheckBox::toggled, this, [this] {
        if (item())
            showDoseRows(item()->dose);
    });
    layout->addWidget(doseBox);

    auto* intensityBox = new QGroupBox(tr("Intensity"), page);
    auto* intensity = new QFormLayout(intensityBox);
    m_intensityKind = new QComboBox(intensityBox);
    m_intensityKind->setObjectName(QStringLiteral("intensityKind"));
    m_intensityKind->addItem(tr("No target"), static_cast<int>(core::IntensityKind::None));
    m_intensityKind->addItem(tr("Effort 0-10"), static_cast<int>(core::IntensityKind::Effort));
    m_intensityKind->addItem(tr("Heart rate (% of reserve)"), static_cast<int>(core::IntensityKind::HeartRate));
    m_intensityKind->addItem(tr("Talk test"), static_cast<int>(core::IntensityKind::TalkTest));
    intensity->addRow(tr("Target"), m_intensityKind);
    m_intensityPages = new QStackedWidget(intensityBox);
    m_intensityPages->addWidget(new QWidget(m_intensityPages));
    m_effortLow = spin(intensityBox, core::kMaxEffort, QString(), QString(), "effortLow");
    m_effortHigh = spin(intensityBox, core::kMaxEffort, QString(), QString(), "effortHigh");
    m_intensityPages->addWidget(pair(m_intensityPages, m_effortLow, m_effortHigh));
    auto* hrPage = new QWidget(m_intensityPages);
    auto* hrLayout = new QVBoxLayout(hrPage);
    hrLayout->setContentsMargins(0, 0, 0, 0);
    m_hrrLow = spin(hrPage, 99, QStringLiteral(" %"), QString(), "reserveLow");
    m_hrrHigh = spin(hrPage, 99, QStringLiteral(" %"), QString(), "reserveHigh");
    m_hrrLow->setMinimum(1);
    m_hrrHigh->setMinimum(1);
    hrLayout->addWidget(pair(hrPage, m_hrrLow, m_hrrHigh));
    m_heartRate = new QLabel(hrPage);
    m_heartRate->setObjectName(QStringLiteral("heartRateBpm"));
    m_heartRate->setWordWrap(true);
    hrLayout->addWidget(m_heartRate);
    m_intensityPages->addWidget(hrPage);
    m_talk = new QComboBox(m_intensityPages);
    m_talk->setObjectName(QStringLiteral("talkTest"));
    m_talk->addItem(tr("Light: can talk and sing"), static_cast<int>(core::TalkTestLevel::CanSing));
    m_talk->addItem(tr("Moderate: can talk, not sing"), static_cast<int>(core::TalkTestLevel::CanTalk));
    m_talk->addItem(tr("Vigorous: a few words per breath"), static_cast<int>(core::TalkTestLevel::FewWords));
    m_intensityPages->addWidget(m_talk);
    intensity->addRow(QString(), m_intensityPages);
    layout->addWidget(intensityBox);

    auto* progressionBox = new QGroupBox(tr("Progression"), page);
    auto* progressionLayout = new QVBoxLayout(progressionBox);
    m_progression = new ProgressionEditor(progressionBox);
    progressionLayout->addWidget(m_progression);
    layout->addWidget(progressionBox);

    auto* notesBox = new QGroupBox(tr("Notes for the patient"), page);
    auto* notesLayout = new QVBoxLayout(notesBox);
    m_notes = new QPlainTextEdit(notesBox);
    m_notes->setObjectName(QStringLiteral("itemNotes"));
    m_notes->setMaximumHeight(70);
    notesLayout->addWidget(m_notes);
    layout->addWidget(notesBox);
    layout->addStretch(1);
    m_stack->addWidget(page);
    for (auto* box : findChildren<QComboBox*>()) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
    }
    for (auto* box : findChildren<QAbstractSpinBox*>())
        box->setMinimumWidth(70);

    connect(m_day, &QComboBox::currentIndexChanged, this, [this](int day) {
        if (m_loading || !item())
            return;
        const auto* current = item();
        const RestDayAnswer answer = askAboutRestDay(this, m_document, day, current->exerciseId);
        if (answer == RestDayAnswer::Cancel) {
            load(); // the day box shows the item's day again
            return;
        }
        const QString name = QString::fromStdString(core::exerciseName(m_document.catalog(), current->exerciseId));
        const std::string key = current->key;
        const std::string exerciseId = current->exerciseId;
        auto* stack = m_document.undoStack();
        stack->beginMacro(tr("move %1").arg(name));
        if (answer == RestDayAnswer::MakeTrainingDay)
            stack->push(new ChangeDayType(m_document, day, trainingDayTypeFor(m_document, exerciseId)));
        stack->push(new MovePlanItem(m_document, key, day, name));
        stack->endMacro();
    });
    const auto doseSpin = [this](QSpinBox* box, const QString& part) {
        connect(box, &QSpinBox::valueChanged, this, [this, part] { pushDose(part); });
    };
    doseSpin(m_sets, tr("sets"));
    doseSpin(m_reps, tr("repetitions"));
    doseSpin(m_hold, tr("hold"));
    doseSpin(m_distance, tr("distance"));
    doseSpin(m_rest, tr("rest"));
    doseSpin(m_times, tr("times a day"));
    connect(m_duration, &QDoubleSpinBox::valueChanged, this, [this] { pushDose(tr("duration")); });
    connect(m_loadKg, &QDoubleSpinBox::valueChanged, this, [this] { pushDose(tr("load")); });
    connect(m_loadKind, &QComboBox::currentIndexChanged, this, [this] { pushDose(tr("load")); });
    connect(m_band, &QComboBox::currentIndexChanged, this, [this] { pushDose(tr("load")); });
    connect(m_intensityKind, &QComboBox::currentIndexChanged, this, [this] { pushIntensity(tr("intensity")); });
    for (auto* box : { m_effortLow, m_effortHigh, m_hrrLow, m_hrrHigh })
        connect(box, &QSpinBox::valueChanged, this, [this] { pushIntensity(tr("intensity")); });
    connect(m_talk, &QComboBox::currentIndexChanged, this, [this] { pushIntensity(tr("intensity")); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading || !item() || m_notes->toPlainText().toStdString() == item()->notes)
            return;
        m_document.undoStack()->push(
            new ChangeNotes(m_document, item()->key, m_notes->toPlainText().toStdString(), tr("notes")));
    });
    connect(m_progression, &ProgressionEditor::ruleEdited, this,
        [this](const core::ProgressionRule& rule, const QString& part) {
            if (m_loading || !item() || item()->progression == rule)
                return;
            m_document.undoStack()->push(new ChangeProgression(m_document, item()->key, rule, part));
        });
    connect(&m_document, &PlanDocument::changed, this, &ItemEditor::load);
    connect(&m_document, &PlanDocument::selectionChanged, this, &ItemEditor::load);
    load();
}

const core::PlanItem* ItemEditor::item() const
{
    return m_document.plan().findItem(m_document.selectedItem());
}

void ItemEditor::setPictureProvider(std::function<QImage(const core::Exercise&, QSize)> provider)
{
    m_pictures = std::move(provider);
    load();
}

void ItemEditor::load()
{
    const auto* current = item();
    m_stack->setCurrentIndex(current ? 1 : 0);
    if (!current)
        return;
    m_loading = true;
    const auto* exercise = m_document.catalog().find(current->exerciseId);
    m_title->setText(QString::fromStdString(core::exerciseName(m_document.catalog(), current->exerciseId)));
    m_subtitle->setText(exercise ? tr("%1 · level %2").arg(categoryLabel(exercise->category)).arg(exercise->level)
                                 : tr("Not in the library"));
    const QImage picture = exercise && m_pictures ? m_pictures(*exercise, QSize(240, 180)) : QImage();
    m_picture->setPixmap(picture.isNull() ? QPixmap() : QPixmap::fromImage(picture));
    m_picture->setAccessibleName(
        exercise ? tr("Picture of %1").arg(QString::fromStdString(exercise->name)) : QString());
    m_picture->setVisible(!picture.isNull());
    m_day->setCurrentIndex(m_document.plan().dayOfItem(current->key).value_or(0));
    const auto& dose = current->dose;
    m_sets->setValue(dose.sets);
    m_reps->setValue(dose.repetitions);
    m_hold->setValue(dose.holdSeconds);
    m_duration->setValue(dose.durationSeconds / 60.0);
    m_distance->setValue(dose.distanceMetres);
    m_rest->setValue(dose.restSeconds);
    m_times->setValue(std::max(1, dose.timesPerDay));
    m_loadKind->setCurrentIndex(m_loadKind->findData(static_cast<int>(dose.load.kind)));
    m_loadKg->setValue(dose.load.kg);
    m_loadKg->setVisible(dose.load.kind == core::LoadKind::Kilograms);
    const int band = m_band->findData(QString::fromStdString(dose.load.bandColour));
    m_band->setCurrentIndex(band >= 0 ? band : 0);
    m_band->setVisible(dose.load.kind == core::LoadKind::Band);
    const auto& target = current->intensity;
    m_intensityKind->setCurrentIndex(static_cast<int>(target.kind));
    m_intensityPages->setCurrentIndex(static_cast<int>(target.kind));
    m_effortLow->setValue(target.effortLow);
    m_effortHigh->setValue(target.effortHigh);
    m_hrrLow->setValue(std::max(1, target.reservePercentLow));
    m_hrrHigh->setValue(std::max(1, target.reservePercentHigh));
    m_talk->setCurrentIndex(m_talk->findData(static_cast<int>(target.talkTest)));
    if (m_notes->toPlainText().toStdString() != current->notes)
        m_notes->setPlainText(QString::fromStdString(current->notes));
    m_progression->setRule(current->progression);
    showDoseRows(dose);
    updateHeartRate();
    m_loading = false;
}

void ItemEditor::pushDose(const QString& part)
{
    if (m_loading || !item())
        return;
    core::Dose dose = item()->dose;
    dose.sets = m_sets->value();
    dose.repetitions = m_reps->value();
    dose.holdSeconds = m_hold->value();
    dose.durationSeconds = static_cast<int>(std::lround(m_duration->value() * 60.0));
    dose.distanceMetres = m_distance->value();
    dose.restSeconds = m_rest->value();
    dose.timesPerDay = m_times->value();
    dose.load.kind = static_cast<core::LoadKind>(m_loadKind->currentData().toInt());
    dose.load.kg = dose.load.kind == core::LoadKind::Kilograms ? m_loadKg->value() : 0.0;
    dose.load.bandColour
        = dose.load.kind == core::LoadKind::Band ? m_band->currentData().toString().toStdString() : std::string();
    if (dose == item()->dose)
        return;
    m_document.undoStack()->push(new ChangeDose(m_document, item()->key, dose, part));
}

void ItemEditor::pushIntensity(const QString& part)
{
    if (m_loading || !item())
        return;
    core::IntensityTarget target;
    target.kind = static_cast<core::IntensityKind>(m_intensityKind->currentData().toInt());
    m_intensityPages->setCurrentIndex(static_cast<int>(target.kind));
    switch (target.kind) {
    case core::IntensityKind::None:
        break;
    case core::IntensityKind::Effort:
        target.effortLow = m_effortLow->value();
        target.effortHigh = std::max(m_effortLow->value(), m_effortHigh->value());
        if (target.effortHigh == 0) {
            target.effortLow = 3; // A moderate starting range (REFERENCE §3.3).
            target.effortHigh = 4;
        }
        break;
    case core::IntensityKind::HeartRate:
        target.reservePercentLow = m_hrrLow->value();
        target.reservePercentHigh = std::max(m_hrrLow->value(), m_hrrHigh->value());
        if (target.reservePercentLow <= 1 && target.reservePercentHigh <= 1) {
            target.reservePercentLow = 40; // Moderate: 40-59 %HRR (REFERENCE §3.3).
            target.reservePercentHigh = 59;
        }
        target.measuredMaxHeartRate = item()->intensity.measuredMaxHeartRate;
        break;
    case core::IntensityKind::TalkTest:
        target.talkTest = static_cast<core::TalkTestLevel>(m_talk->currentData().toInt());
        break;
    }
    target = core::normalizedIntensity(target);
    if (target == item()->intensity)
        return;
    m_document.undoStack()->push(new ChangeIntensity(m_document, item()->key, target, part));
}

void ItemEditor::updateHeartRate()
{
    const auto* current = item();
    if (!current || current->intensity.kind != core::IntensityKind::HeartRate) {
        m_heartRate->clear();
        return;
    }
    const auto& context = m_document.context();
    if (context.betaBlockers) {
        m_heartRate->setText(tr("<span style='color:#a33'>Takes beta-blockers: heart rate does not reflect effort. "
                                "Use the effort scale.</span>"));
        return;
    }
    if (!context.ageYears || !context.restingHeartRate) {
        m_heartRate->setText(tr("Needs the patient's date of birth and resting heart rate."));
        return;
    }
    const auto range
        = core::heartRateRange(*context.ageYears, *context.restingHeartRate, current->intensity.reservePercentLow,
            current->intensity.reservePercentHigh, current->intensity.measuredMaxHeartRate);
    if (!range) {
        m_heartRate->setText(tr("No heart-rate range for these values."));
        return;
    }
    m_heartRate->setText(tr("<b>%1–%2 beats a minute</b> (age %3, resting %4; Tanaka maximum, Karvonen)")
                             .arg(range->low)
                             .arg(range->high)
                             .arg(*context.ageYears)
                             .arg(*context.restingHeartRate));
}

QSize ItemEditor::minimumSizeHint() const
{
    return { QWidget::minimumSizeHint().width(), sizeHint().height() };
}

void ItemEditor::showDoseRows(const core::Dose& dose)
{
    // Only the fields that fit the exercise's kind of dose, plus any field that holds a value.
    const auto* exercise = item() ? m_document.catalog().find(item()->exerciseId) : nullptr;
    const auto kind = exercise ? exercise->doseKind : core::DoseKind::Repetitions;
    const bool all = m_allFields->isChecked() || !exercise;
    const bool counted = kind == core::DoseKind::Repetitions || kind == core::DoseKind::Hold;
    m_doseForm->setRowVisible(m_sets, all || counted || dose.sets > 0);
    m_doseForm->setRowVisible(m_reps, all || counted || dose.repetitions > 0);
    m_doseForm->setRowVisible(m_hold, all || kind == core::DoseKind::Hold || dose.holdSeconds > 0);
    m_doseForm->setRowVisible(m_duration, all || kind == core::DoseKind::Duration || dose.durationSeconds > 0);
    m_doseForm->setRowVisible(m_distance, all || kind == core::DoseKind::Distance || dose.distanceMetres > 0);
    m_doseForm->setRowVisible(m_rest, all || counted || dose.restSeconds > 0);
    m_doseForm->setRowVisible(
        m_loadKind->parentWidget(), all || counted || dose.load.kind != core::LoadKind::Bodyweight);
    updateGeometry();
}

} // namespace paceplan::gui
