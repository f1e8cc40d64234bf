// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportTexts.h"

#include <QCoreApplication>

namespace paceplan::report {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("paceplan::report::Labels", text);
}
} // namespace

QString sexLabel(core::Sex value)
{
    switch (value) {
    case core::Sex::Female:
        return tr("Female");
    case core::Sex::Male:
        return tr("Male");
    case core::Sex::Other:
        return tr("Other");
    case core::Sex::Unknown:
        return tr("Not recorded");
    }
    return {};
}

QString conditionLabel(core::PrimaryCondition value)
{
    switch (value) {
    case core::PrimaryCondition::ChronicLowBackPain:
        return tr("Chronic low back pain");
    case core::PrimaryCondition::NeckPain:
        return tr("Neck pain");
    case core::PrimaryCondition::KneeOsteoarthritis:
        return tr("Knee osteoarthritis");
    case core::PrimaryCondition::HipOsteoarthritis:
        return tr("Hip osteoarthritis");
    case core::PrimaryCondition::Fibromyalgia:
        return tr("Fibromyalgia");
    case core::PrimaryCondition::WidespreadPain:
        return tr("Widespread pain");
    case core::PrimaryCondition::Other:
        return tr("Other");
    }
    return {};
}

QString painDurationLabel(core::PainDuration value)
{
    switch (value) {
    case core::PainDuration::Unknown:
        return tr("Not recorded");
    case core::PainDuration::ThreeToSixMonths:
        return tr("3 to 6 months");
    case core::PainDuration::SixToTwelveMonths:
        return tr("6 to 12 months");
    case core::PainDuration::OneToFiveYears:
        return tr("1 to 5 years");
    case core::PainDuration::OverFiveYears:
        return tr("More than 5 years");
    }
    return {};
}

QString precautionLabel(core::Precaution value)
{
    switch (value) {
    case core::Precaution::BetaBlockers:
        return tr("Beta-blocker medication");
    case core::Precaution::CardiovascularDisease:
        return tr("Cardiovascular disease");
    case core::Precaution::Diabetes:
        return tr("Diabetes");
    case core::Precaution::Osteoporosis:
        return tr("Osteoporosis");
    case core::Precaution::Pregnancy:
        return tr("Pregnancy");
    case core::Precaution::RecentSurgery:
        return tr("Recent surgery");
    case core::Precaution::Hypertension:
        return tr("High blood pressure");
    case core::Precaution::FallsRisk:
        return tr("Falls risk");
    }
    return {};
}

} // namespace paceplan::report
