// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/LibraryPanel.h"

#include "core/plan/Plan.h"
#include "gui/plan/ExerciseFilterModel.h"
#include "gui/plan/ExerciseListModel.h"
#include "gui/plan/PlanLabels.h"

#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace paceplan::gui {

LibraryPanel::LibraryPanel(QWidget* parent)
    : QWidget(parent), m_model(new ExerciseListModel(this)), m_filter(new ExerciseFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("<b>Exercise library</b>"), this);
    layout->addWidget(title);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(tr("Search exercises…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    auto* filters = new QGridLayout;
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("libraryCategory"));
    m_category->addItem(tr("Any category"), -1);
    for (auto category :
        { core::ExerciseCategory::Aerobic, core::ExerciseCategory::Strength, core::ExerciseCategory::Mobility,
            core::ExerciseCategory::Balance, core::ExerciseCategory::Relaxation, core::ExerciseCategory::Functional })
        m_category->addItem(categoryLabel(category), static_cast<int>(category));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("libraryRegion"));
    m_region->addItem(tr("Any body region"), QString());
    for (const auto& code : core::kBodyRegionCodes)
        m_region->addItem(codeLabel(code), QString::fromStdString(code));
    m_equipment = new QComboBox(this);
    m_equipment->setObjectName(QStringLiteral("libraryEquipment"));
    m_equipment->addItem(tr("Any equipment"), QString());
    m_equipment->addItem(tr("No equipment"), QStringLiteral("none"));
    for (const auto& code : core::kEquipmentCodes)
        m_equipment->addItem(codeLabel(code), QString::fromStdString(code));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("libraryLevel"));
    m_level->addItem(tr("Any level"), 0);
    for (int level = 1; level <= 5; ++level)
        m_level->addItem(tr("Level %1").arg(level), level);
    filters->addWidget(m_category, 0, 0);
    filters->addWidget(m_region, 0, 1);
    filters->addWidget(m_equipment, 1, 0);
    filters->addWidget(m_level, 1, 1);
    for (auto* box : { m_category, m_region, m_equipment, m_level }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
    }
    layout->addLayout(filters);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("libraryList"));
    m_list->setModel(m_filter);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setDefaultDropAction(Qt::CopyAction);
    m_list->setUniformItemSizes(true);
    m_list->setIconSize(ExerciseListModel::thumbnailSize());
    m_list->setAlternatingRowColors(true);
    m_list->installEventFilter(this);
    layout->addWidget(m_list, 1);

    m_count = new QLabel(this);
    m_count->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_count);

    auto* addRow = new QHBoxLayout;
    m_day = new QComboBox(this);
    m_day->setObjectName(QStringLiteral("libraryDay"));
    for (int day = 0; day < core::kDaysPerWeek; ++day)
        m_day->addItem(QString::fromLatin1(core::weekdayName(day)), day);
    m_add = new QPushButton(tr("Add to day"), this);
    m_add->setObjectName(QStringLiteral("libraryAdd"));
    m_add->setToolTip(tr("Adds the selected exercise to the chosen day (Enter in the list does the same)"));
    addRow->addWidget(m_day, 1);
    addRow->addWidget(m_add);
    layout->addLayout(addRow);

    connect(m_search, &QLineEdit::textChanged, m_filter, &ExerciseFilterModel::setSearchText);
    connect(m_category, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setCategory(m_category->currentData().toInt()); });
    connect(m_region, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setRegion(m_region->currentData().toString()); });
    connect(m_equipment, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setEquipment(m_equipment->currentData().toString()); });
    connect(
        m_level, &QComboBox::currentIndexChanged, this, [this] { m_filter->setLevel(m_level->currentData().toInt()); });
    connect(m_add, &QPushButton::clicked, this, &LibraryPanel::requestAdd);
    connect(m_list, &QListView::doubleClicked, this, &LibraryPanel::requestAdd);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &LibraryPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &LibraryPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &LibraryPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &LibraryPanel::updateCount);
    // Pressing Down in the search field moves into the list, so the keyboard path needs no mouse.
    m_search->installEventFilter(this);
}

void LibraryPanel::setExercises(std::vector<core::Exercise> exercises)
{
    m_model->setExercises(std::move(exercises));
    updateCount();
}

void LibraryPanel::setPictureProvider(std::function<QImage(const core::Exercise&, QSize)> provider)
{
    m_model->setPictureProvider(std::move(provider));
}

void LibraryPanel::setTargetDay(int weekday)
{
    m_day->setCurrentIndex(weekday);
}

int LibraryPanel::targetDay() const
{
    return m_day->currentIndex();
}

QString LibraryPanel::selectedExercise() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(ExerciseListModel::IdRole).toString() : QString();
}

bool LibraryPanel::selectExercise(const QString& id)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(ExerciseListModel::IdRole).toString() == id) {
            m_list->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

bool LibraryPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_list && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            requestAdd();
            return true;
        }
        if (watched == m_search && key->key() == Qt::Key_Down && m_filter->rowCount() > 0) {
            m_list->setFocus();
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_filter->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LibraryPanel::requestAdd()
{
    const QString id = selectedExercise();
    if (!id.isEmpty())
        emit addRequested(id, targetDay());
}

void LibraryPanel::updateCount()
{
    m_count->setText(tr("%n exercise(s) shown", nullptr, m_filter->rowCount()));
}

} // namespace paceplan::gui
