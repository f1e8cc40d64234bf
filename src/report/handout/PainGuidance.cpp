// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/handout/PainGuidance.h"

#include "report/handout/SafetyWording.h"

namespace paceplan::report {

namespace {

// The light colours are only a help: each light also has its own shape and name, so the page reads in
// black and white (REFERENCE §7.2).
const QColor kGreen(0x1b, 0x7a, 0x3a);
const QColor kAmber(0xc7, 0x7c, 0x02);
const QColor kRed(0xb7, 0x1c, 0x1c);

} // namespace

GuidanceText PainGuidance::painIntro(const core::PainMonitoringThresholds& thresholds)
{
    GuidanceText text;
    text.heading = tr("What pain is OK");
    // One paragraph: on the one page of effort, pain and flare-up rules every line counts.
    const QString usual = thresholds.usualPain ? tr("Your usual pain level is %1 out of 10.").arg(*thresholds.usualPain)
                                               : tr("Your usual pain is the pain you have on a normal morning.");
    // How to rate pain (0 none, 10 the worst) is in the diary's instructions.
    text.paragraphs << tr("Some pain during and after exercise is normal. It does not mean harm. %1").arg(usual);
    return text;
}

QString PainGuidance::stepBackAction(const core::StepBackRule& rule)
{
    if (rule.mode == core::StepBackMode::ReducePercent)
        return tr("Do about %1% less than you do now.").arg(rule.percent);
    if (rule.weeks <= 1)
        return tr("Go back to last week's amounts.");
    return tr("Go back to the amounts you did %1 weeks ago.").arg(rule.weeks);
}

QList<TrafficLight> PainGuidance::trafficLights(
    const core::PainMonitoringThresholds& thresholds, const QString& clinicPhone)
{
    const int green = thresholds.greenDuringMax;
    const int amber = thresholds.amberDuringMax;
    const int tolerance = thresholds.nextMorningTolerance;
    const auto usual = thresholds.usualPain;
    QList<TrafficLight> lights;

    TrafficLight go { tr("Green"), QStringLiteral("\u25CF"), kGreen, {}, {} };
    go.when = green == 0
        ? tr("No pain during exercise, and the next morning no worse than usual.")
        : tr("Pain during exercise is %1 out of 10 or less, and the next morning no worse than usual.").arg(green);
    go.action = tr("All is well. Keep going and build up as planned.");
    lights << go;

    QStringList amberWhen;
    if (amber > green)
        amberWhen << (amber == green + 1 ? tr("pain during exercise is %1 out of 10").arg(amber)
                                         : tr("pain during exercise is %1 to %2 out of 10").arg(green + 1).arg(amber));
    if (tolerance > 0) {
        QString morning = tolerance == 1 ? tr("the next morning up to 1 point above usual")
                                         : tr("the next morning up to %1 points above usual").arg(tolerance);
        if (usual)
            morning = tr("%1 (up to %2 out of 10)").arg(morning).arg(*usual + tolerance);
        amberWhen << morning;
    }
    if (!amberWhen.isEmpty()) {
        QString when = amberWhen.join(tr(", or "));
        when[0] = when[0].toUpper();
        lights << TrafficLight { tr("Amber"), QStringLiteral("\u25B2"), kAmber, when + QLatin1Char('.'),
            tr("This is OK. Keep to the same amounts until you are back in the green.") };
    }

    QString morning = tolerance == 0 ? tr("the next morning higher than usual")
        : tolerance == 1             ? tr("the next morning more than 1 point above usual")
                                     : tr("the next morning more than %1 points above usual").arg(tolerance);
    if (usual)
        morning = tr("%1 (%2 out of 10 or more)").arg(morning).arg(*usual + tolerance + 1);
    lights << TrafficLight { tr("Red"), QStringLiteral("\u25A0"), kRed,
        tr("Pain during exercise goes above %1 out of 10, or %2.").arg(amber).arg(morning),
        tr("%1 Keep moving. Do not stop all activity. If it keeps happening, %2.")
            .arg(stepBackAction(thresholds.stepBack), SafetyWording::contactClinic(clinicPhone)) };
    return lights;
}

QStringList PainGuidance::painClosing()
{
    return { tr("Pain that goes up after exercise is fine if it settles by the next morning.") };
}

GuidanceText PainGuidance::stopRules(const HandoutClinic& clinic)
{
    GuidanceText text;
    text.heading = tr("When to stop");
    text.paragraphs << tr("Stop and rest if you have:");
    text.list << tr("Pain or tightness in chest, neck, jaw or arms") << tr("Dizzy, light-headed or faint")
              << tr("Feeling sick, or a cold sweat") << tr("Too short of breath to talk")
              << tr("A racing or uneven heartbeat") << tr("New numbness or weakness")
              << tr("Trouble speaking or seeing") << tr("Sudden, sharp or new pain in a joint or muscle")
              << tr("Much more tired than normal");
    // Signs that rest does not settle, chest pain first, are emergencies: the box of urgentHelp() right under this
    // list says so, so this line is only for signs that settle.
    text.closing << tr("If a sign comes back each time you exercise, %1 before you go on.")
                        .arg(SafetyWording::contactClinic(clinic.phone));
    return text;
}

GuidanceText PainGuidance::urgentHelp(const HandoutClinic& clinic)
{
    GuidanceText text;
    text.heading = tr("Get help straight away");
    QString lead = SafetyWording::emergencyHelp();
    lead[0] = lead[0].toUpper();
    text.paragraphs << tr("%1 if:").arg(lead);
    text.list << SafetyWording::emergencySigns();
    text.closing << SafetyWording::emergencyHow(clinic.emergencyNumber) << tr("Do not wait to see if it gets better.");
    return text;
}

GuidanceText PainGuidance::flarePlan(
    const core::PainMonitoringThresholds& thresholds, const HandoutFlarePlan& plan, const QString& clinicPhone)
{
    GuidanceText text;
    text.heading = tr("If you have a flare-up");
    const QString what = tr("A flare-up is a few days of much worse pain. Most settle in 2 to 7 days.");
    const int margin = thresholds.flareMargin;
    const int days = thresholds.flareMinDays;
    const QString onDays = days <= 1 ? tr("on any day") : tr("on %1 or more days in a week").arg(days);
    QString forYou;
    if (thresholds.usualPain)
        forYou
            = tr("For you, it means pain of %1 out of 10 or more %2.").arg(*thresholds.usualPain + margin).arg(onDays);
    else
        forYou = margin == 1
            ? tr("For you, it means pain 1 point or more above your usual level %1.").arg(onDays)
            : tr("For you, it means pain %1 points or more above your usual level %2.").arg(margin).arg(onDays);
    text.paragraphs << what + QLatin1Char(' ') + forYou;

    text.numbered = true;
    text.list << tr("Keep moving gently. Do not stay in bed all day.")
              << (thresholds.flareQuotaPercent == 50
                         ? tr("For 1 to 3 days, do about half your usual amounts, in short bits with rests.")
                         : tr("For 1 to 3 days, do about %1% of your usual amounts, in short bits with rests.")
                               .arg(thresholds.flareQuotaPercent))
              << tr("Use what calms your pain, such as slow breathing or a heat or cold pack.")
              << tr("Take your medicines as your doctor told you. Keep your usual bedtime.")
              << tr("When it settles, add about a tenth more each week until you are back on plan.");

    const auto listed = [](const QStringList& items) { return items.join(QStringLiteral(", ")); };
    if (!plan.warningSigns.isEmpty())
        text.closing << tr("Your warning signs: %1.").arg(listed(plan.warningSigns));
    if (!plan.helps.isEmpty())
        text.closing << tr("Things that help you: %1.").arg(listed(plan.helps));
    if (!plan.people.isEmpty())
        text.closing << tr("People who can help: %1.").arg(listed(plan.people));

    const int contact = plan.contactAfterDays;
    const QString span = contact % 7 == 0 ? (contact == 7 ? tr("1 week") : tr("%1 weeks").arg(contact / 7))
                                          : (contact == 1 ? tr("1 day") : tr("%1 days").arg(contact));
    text.closing << tr("%1 if a flare-up lasts more than %2, or if you are worried.")
                        .arg(SafetyWording::contactClinicStart(clinicPhone), span);
    return text;
}

} // namespace paceplan::report
