// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ExerciseEditorDialog.h"

#include "services/Exercises.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace paceplan::gui {

namespace {

QListWidget* codeList(const std::vector<std::string>& codes, const std::vector<std::string>& checked, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    for (const auto& code : codes) {
        auto* item = new QListWidgetItem(QString::fromStdString(code), list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(
            std::find(checked.begin(), checked.end(), code) != checked.end() ? Qt::Checked : Qt::Unchecked);
    }
    list->setMaximumHeight(110);
    return list;
}

std::vector<std::string> checkedCodes(const QListWidget* list)
{
    std::vector<std::string> out;
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->checkState() == Qt::Checked)
            out.push_back(list->item(row)->text().toStdString());
    return out;
}

QString lines(const std::vector<std::string>& texts)
{
    QStringList out;
    for (const auto& text : texts)
        out << QString::fromStdString(text);
    return out.join(QLatin1Char('\n'));
}

std::vector<std::string> linesOf(const QPlainTextEdit* edit)
{
    std::vector<std::string> out;
    for (const QString& line : edit->toPlainText().split(QLatin1Char('\n'))) {
        const QString text = line.trimmed();
        if (!text.isEmpty())
            out.push_back(text.toStdString());
    }
    return out;
}

QString drawingPropLabel(core::drawing::PropKind kind)
{
    using core::drawing::PropKind;
    switch (kind) {
    case PropKind::Mat:
        return ExerciseEditorDialog::tr("Mat");
    case PropKind::Chair:
        return ExerciseEditorDialog::tr("Chair");
    case PropKind::Stool:
        return ExerciseEditorDialog::tr("Stool");
    case PropKind::Pillow:
        return ExerciseEditorDialog::tr("Pillow");
    case PropKind::Dumbbell:
        return ExerciseEditorDialog::tr("Dumbbells");
    case PropKind::Kettlebell:
        return ExerciseEditorDialog::tr("Kettlebells");
    case PropKind::Cane:
        return ExerciseEditorDialog::tr("Walking stick");
    case PropKind::Poles:
        return ExerciseEditorDialog::tr("Walking poles");
    case PropKind::Treadmill:
        return ExerciseEditorDialog::tr("Treadmill");
    default: {
        const auto name = core::drawing::propKindName(kind);
        return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
    }
    }
}

QPlainTextEdit* textBox(const std::vector<std::string>& texts, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(lines(texts), parent);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(90);
    return edit;
}

} // namespace

ExerciseEditorDialog::ExerciseEditorDialog(const core::Exercise& exercise, QWidget* parent)
    : QDialog(parent), m_original(exercise)
{
    setWindowTitle(exercise.id.empty() ? tr("New exercise") : tr("Edit exercise"));
    m_name = new QLineEdit(QString::fromStdString(exercise.name), this);
    m_name->setObjectName(QStringLiteral("exerciseName"));
    m_summary = new QLineEdit(QString::fromStdString(exercise.summary), this);
    m_summary->setObjectName(QStringLiteral("exerciseSummary"));
    m_summary->setPlaceholderText(tr("One plain sentence: what it is for"));
    m_category = new QComboBox(this);
    for (const auto category :
        { core::ExerciseCategory::Aerobic, core::ExerciseCategory::Strength, core::ExerciseCategory::Mobility,
            core::ExerciseCategory::Balance, core::ExerciseCategory::Relaxation, core::ExerciseCategory::Functional }) {
        m_category->addItem(QString::fromLatin1(core::exerciseCategoryCode(category)), static_cast<int>(category));
        if (category == exercise.category)
            m_category->setCurrentIndex(m_category->count() - 1);
    }
    m_level = new QSpinBox(this);
    m_level->setRange(1, 5);
    m_level->setValue(std::clamp(exercise.level, 1, 5));
    m_regions = codeList(core::kBodyRegionCodes, exercise.regions, this);
    m_equipment = codeList(core::kEquipmentCodes, exercise.equipment, this);
    m_doseKind = new QComboBox(this);
    m_doseKind->addItem(tr("Repetitions"), static_cast<int>(core::DoseKind::Repetitions));
    m_doseKind->addItem(tr("Hold (seconds)"), static_cast<int>(core::DoseKind::Hold));
    m_doseKind->addItem(tr("Duration (minutes)"), static_cast<int>(core::DoseKind::Duration));
    m_doseKind->addItem(tr("Distance (metres)"), static_cast<int>(core::DoseKind::Distance));
    m_doseKind->setCurrentIndex(m_doseKind->findData(static_cast<int>(exercise.doseKind)));
    m_sets = new QSpinBox(this);
    m_sets->setRange(1, 10);
    m_sets->setValue(std::max(1, exercise.startDose.sets));
    m_amount = new QSpinBox(this);
    m_amount->setObjectName(QStringLiteral("exerciseAmount"));
    m_amount->setRange(1, 10000);
    const auto& dose = exercise.startDose;
    switch (exercise.doseKind) {
    case core::DoseKind::Repetitions:
        m_amount->setValue(std::max(1, dose.repetitions));
        break;
    case core::DoseKind::Hold:
        m_amount->setValue(std::max(1, dose.holdSeconds));
        break;
    case core::DoseKind::Duration:
        m_amount->setValue(std::max(1, dose.durationSeconds / 60));
        break;
    case core::DoseKind::Distance:
        m_amount->setValue(std::max(1, dose.distanceMetres));
        break;
    }
    auto* doseRow = new QHBoxLayout;
    doseRow->addWidget(m_doseKind);
    doseRow->addWidget(new QLabel(tr("sets:"), this));
    doseRow->addWidget(m_sets);
    doseRow->addWidget(new QLabel(tr("amount:"), this));
    doseRow->addWidget(m_amount);
    m_steps = textBox(exercise.steps, this);
    m_steps->setObjectName(QStringLiteral("exerciseSteps"));
    m_cues = textBox(exercise.cues, this);
    m_safety = textBox(exercise.safety, this);

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Summary:"), m_summary);
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Level (1-5):"), m_level);
    form->addRow(tr("Body regions:"), m_regions);
    form->addRow(tr("Equipment:"), m_equipment);
    form->addRow(tr("Starting dose:"), doseRow);
    form->addRow(tr("Steps (one a line):"), m_steps);
    form->addRow(tr("Key cues:"), m_cues);
    form->addRow(tr("Safety notes:"), m_safety);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("exerciseProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_problem->hide();
    auto* note = new QLabel(
        tr("Write in plain words, as you would say it to the person. The text is printed on handouts."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    // The drawing: start from a library drawing, mirror it, choose the props. Photos added in the exercise
    // library window win over it on handouts.
    auto* drawingGroup = new QGroupBox(tr("Drawing"), this);
    m_drawingPanel = drawingGroup;
    auto* drawingLayout = new QVBoxLayout(drawingGroup);
    m_drawing = new QComboBox(drawingGroup);
    m_drawing->setObjectName(QStringLiteral("exerciseDrawing"));
    m_drawing->setToolTip(tr("The drawing handouts show when the exercise has no photo"));
    m_mirror = new QCheckBox(tr("Mirror (the other side)"), drawingGroup);
    m_mirror->setObjectName(QStringLiteral("exerciseDrawingMirror"));
    auto* propGrid = new QGridLayout;
    int propIndex = 0;
    for (const auto kind : services::adaptableProps()) {
        auto* box = new QCheckBox(drawingPropLabel(kind), drawingGroup);
        m_props[kind] = box;
        propGrid->addWidget(box, propIndex / 2, propIndex % 2);
        ++propIndex;
        connect(box, &QCheckBox::toggled, this, &ExerciseEditorDialog::updatePreview);
    }
    m_preview = new QLabel(drawingGroup);
    m_preview->setObjectName(QStringLiteral("exerciseDrawingPreview"));
    m_preview->setFixedSize(244, 184);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setStyleSheet(QStringLiteral("background: white;"));
    drawingLayout->addWidget(new QLabel(tr("Start from:"), drawingGroup));
    drawingLayout->addWidget(m_drawing);
    drawingLayout->addWidget(m_mirror);
    drawingLayout->addLayout(propGrid);
    drawingLayout->addWidget(m_preview, 0, Qt::AlignHCenter);
    drawingLayout->addStretch(1);
    drawingGroup->hide();
    connect(m_drawing, &QComboBox::currentIndexChanged, this, &ExerciseEditorDialog::baseChanged);
    connect(m_mirror, &QCheckBox::toggled, this, &ExerciseEditorDialog::updatePreview);

    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addWidget(drawingGroup);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

core::Exercise ExerciseEditorDialog::exercise() const
{
    core::Exercise out = m_original;
    out.name = m_name->text().trimmed().toStdString();
    out.summary = m_summary->text().trimmed().toStdString();
    out.category = static_cast<core::ExerciseCategory>(m_category->currentData().toInt());
    out.level = m_level->value();
    out.regions = checkedCodes(m_regions);
    out.equipment = checkedCodes(m_equipment);
    out.doseKind = static_cast<core::DoseKind>(m_doseKind->currentData().toInt());
    core::Dose dose = m_original.startDose;
    dose.sets = m_sets->value();
    dose.repetitions = dose.holdSeconds = dose.durationSeconds = dose.distanceMetres = 0;
    switch (out.doseKind) {
    case core::DoseKind::Repetitions:
        dose.repetitions = m_amount->value();
        break;
    case core::DoseKind::Hold:
        dose.holdSeconds = m_amount->value();
        dose.repetitions = std::max(1, m_original.startDose.repetitions);
        break;
    case core::DoseKind::Duration:
        dose.durationSeconds = m_amount->value() * 60;
        break;
    case core::DoseKind::Distance:
        dose.distanceMetres = m_amount->value();
        break;
    }
    out.startDose = dose;
    out.steps = linesOf(m_steps);
    out.cues = linesOf(m_cues);
    out.safety = linesOf(m_safety);
    if (m_drawingChosen)
        out.drawing = chosenDrawing();
    return out;
}

QCheckBox* ExerciseEditorDialog::propBox(core::drawing::PropKind kind) const
{
    const auto found = m_props.find(kind);
    return found == m_props.end() ? nullptr : found->second;
}

void ExerciseEditorDialog::setDrawingChoices(
    const std::vector<core::Exercise>& exercises, const std::optional<core::drawing::Drawing>& current)
{
    const QSignalBlocker blocker(m_drawing);
    m_current = current;
    m_bases.clear();
    m_drawing->clear();
    m_drawing->addItem(tr("No drawing"), QString());
    if (current)
        m_drawing->addItem(tr("The current drawing"), QStringLiteral("@current"));
    std::vector<const core::Exercise*> sorted;
    for (const auto& exercise : exercises) {
        if (exercise.drawing && exercise.drawing->sameAs.empty() && !exercise.custom)
            sorted.push_back(&exercise);
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) {
        return QString::fromStdString(a->name).compare(QString::fromStdString(b->name), Qt::CaseInsensitive) < 0;
    });
    for (const auto* exercise : sorted) {
        m_bases[exercise->id] = *exercise->drawing;
        m_drawing->addItem(
            tr("%1 (library)").arg(QString::fromStdString(exercise->name)), QString::fromStdString(exercise->id));
    }
    m_drawingChosen = true;
    m_drawingPanel->show();
    m_drawing->setCurrentIndex(current ? 1 : 0);
    baseChanged();
}

void ExerciseEditorDialog::baseChanged()
{
    // The prop boxes start as the chosen drawing has them.
    const std::optional<core::drawing::Drawing> base = baseDrawing();
    for (auto& [kind, box] : m_props) {
        const QSignalBlocker blocker(box);
        box->setEnabled(base.has_value());
        box->setChecked(base
            && std::any_of(base->props.begin(), base->props.end(),
                [kind = kind](const core::drawing::Prop& prop) { return prop.kind == kind; }));
    }
    {
        const QSignalBlocker blocker(m_mirror);
        m_mirror->setEnabled(base.has_value());
        m_mirror->setChecked(false);
    }
    updatePreview();
}

std::optional<core::drawing::Drawing> ExerciseEditorDialog::baseDrawing() const
{
    const QString id = m_drawing->currentData().toString();
    if (id == QLatin1String("@current"))
        return m_current;
    if (const auto found = m_bases.find(id.toStdString()); found != m_bases.end())
        return found->second;
    return std::nullopt;
}

std::optional<core::drawing::Drawing> ExerciseEditorDialog::chosenDrawing() const
{
    const std::optional<core::drawing::Drawing> base = baseDrawing();
    if (!base)
        return std::nullopt;
    std::vector<core::drawing::PropKind> props;
    for (const auto& [kind, box] : m_props) {
        if (box->isChecked())
            props.push_back(kind);
    }
    return services::adaptDrawing(*base, m_mirror->isChecked(), props);
}

void ExerciseEditorDialog::updatePreview()
{
    const auto drawing = chosenDrawing();
    if (!drawing) {
        m_preview->setPixmap(QPixmap());
        m_preview->setText(tr("No drawing: handouts show a photo if you add one."));
        m_preview->setWordWrap(true);
        return;
    }
    m_preview->setPixmap(QPixmap::fromImage(services::drawingPicture(*drawing, QSize(240, 180))));
}

void ExerciseEditorDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->show();
}

} // namespace paceplan::gui
