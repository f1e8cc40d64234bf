// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/PlanLabels.h"

#include "core/plan/DoseText.h"

#include <QCoreApplication>
#include <QStringList>

namespace paceplan::gui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PlanLabels", text);
}
} // namespace

QString dayTypeLabel(core::DayType type)
{
    switch (type) {
    case core::DayType::Aerobic:
        return tr("Aerobic");
    case core::DayType::Strength:
        return tr("Strength");
    case core::DayType::Mixed:
        return tr("Mixed");
    case core::DayType::ActiveRecovery:
        return tr("Active recovery");
    case core::DayType::Rest:
        return tr("Rest");
    }
    return {};
}

QColor dayTypeColour(core::DayType type)
{
    switch (type) {
    case core::DayType::Aerobic:
        return { 0xe3, 0xf1, 0xfb };
    case core::DayType::Strength:
        return { 0xfb, 0xee, 0xde };
    case core::DayType::Mixed:
        return { 0xee, 0xea, 0xf8 };
    case core::DayType::ActiveRecovery:
        return { 0xe6, 0xf4, 0xe6 };
    case core::DayType::Rest:
        return { 0xf2, 0xf2, 0xf2 };
    }
    return Qt::white;
}

QString categoryLabel(core::ExerciseCategory category)
{
    switch (category) {
    case core::ExerciseCategory::Aerobic:
        return tr("Aerobic");
    case core::ExerciseCategory::Strength:
        return tr("Strength");
    case core::ExerciseCategory::Mobility:
        return tr("Mobility");
    case core::ExerciseCategory::Balance:
        return tr("Balance");
    case core::ExerciseCategory::Relaxation:
        return tr("Relaxation");
    case core::ExerciseCategory::Functional:
        return tr("Functional");
    }
    return {};
}

QString codeLabel(const std::string& code)
{
    QString text = QString::fromStdString(code);
    text.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString severityLabel(core::Severity severity)
{
    switch (severity) {
    case core::Severity::Problem:
        return tr("Problem");
    case core::Severity::Warning:
        return tr("Warning");
    case core::Severity::Info:
        return tr("Note");
    }
    return {};
}

QString shortDose(const core::Dose& dose)
{
    QStringList parts;
    QString amount;
    if (dose.durationSeconds > 0) {
        amount = dose.durationSeconds % 60 == 0 ? tr("%1 min").arg(dose.durationSeconds / 60)
                                                : tr("%1 s").arg(dose.durationSeconds);
    } else if (dose.distanceMetres > 0) {
        amount = tr("%1 m").arg(dose.distanceMetres);
    } else if (dose.holdSeconds > 0) {
        amount = tr("%1 s hold").arg(dose.holdSeconds);
        if (dose.repetitions > 0)
            amount = tr("%1 × %2 s").arg(dose.repetitions).arg(dose.holdSeconds);
    } else if (dose.repetitions > 0) {
        amount = QString::number(dose.repetitions);
    }
    if (amount.isEmpty())
        return tr("no dose");
    if (dose.sets > 1)
        amount = QStringLiteral("%1×%2").arg(dose.sets).arg(amount);
    parts << amount;
    if (dose.load.kind != core::LoadKind::Bodyweight)
        parts << QString::fromStdString(core::describeLoad(dose.load));
    if (dose.timesPerDay > 1)
        parts << tr("%1×/day").arg(dose.timesPerDay);
    return parts.join(QStringLiteral(" · "));
}

QString shortWeekday(int weekday)
{
    static const char* const kNames[] = { QT_TRANSLATE_NOOP("PlanLabels", "Mon"),
        QT_TRANSLATE_NOOP("PlanLabels", "Tue"), QT_TRANSLATE_NOOP("PlanLabels", "Wed"),
        QT_TRANSLATE_NOOP("PlanLabels", "Thu"), QT_TRANSLATE_NOOP("PlanLabels", "Fri"),
        QT_TRANSLATE_NOOP("PlanLabels", "Sat"), QT_TRANSLATE_NOOP("PlanLabels", "Sun") };
    return weekday >= 0 && weekday < 7 ? tr(kNames[weekday]) : QString();
}

} // namespace paceplan::gui
