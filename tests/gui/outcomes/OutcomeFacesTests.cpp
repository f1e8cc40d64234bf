// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../GuiTestSupport.h"
#include "cli/CliRunner.h"

#include "core/monitoring/CaseloadFlags.h"
#include "gui/ClinicSession.h"
#include "gui/outcomes/CaseloadModel.h"
#include "gui/outcomes/InstrumentForm.h"
#include "gui/outcomes/OutcomesPage.h"
#include "services/ClinicOutcomeStore.h"
#include "services/DemoSeeder.h"
#include "services/Patients.h"
#include "storage/PatientQuery.h"

#include <QLineEdit>
#include <QPushButton>

using namespace paceplan;

namespace {

/// The desk session on the seeded demo clinic (fixed test clock), with the store the main window builds.
struct DemoDesk {
    DemoDesk()
    {
        session.adopt(services::Clinic::adopt(std::move(files.db)));
        if (!services::seedDemoClinic(*session.clinic()))
            throw std::runtime_error("cannot seed the demo clinic");
    }

    test::ScriptedPrompter prompter;
    test::DatabaseFixture files;
    gui::ClinicSession session;
    services::ClinicOutcomeStore store { [this] { return session.clinic(); } };
};

/// A demo patient old enough (65+) for the chair stand's age- and sex-referenced norms.
core::PatientId olderPatient(services::Clinic& clinic)
{
    auto patients = services::listPatients(clinic, storage::PatientQuery {});
    REQUIRE(patients);
    for (const auto& patient : *patients)
        if (patient.dateOfBirth.yearsUntil(clinic.today()) >= 65 && patient.sex != core::Sex::Unknown)
            return patient.id;
    FAIL("no demo patient of 65 or over");
    return {};
}

} // namespace

TEST_CASE("The chair stand form shows the norm band the stored measure gets", "[gui][outcomes]")
{
    DemoDesk desk;
    const core::PatientId patient = olderPatient(*desk.session.clinic());
    gui::OutcomesPage page(desk.store);
    page.setPatient(patient, desk.session.today());
    page.chooseInstrument(QStringLiteral("30s-cst"));
    gui::InstrumentForm* form = page.form();
    REQUIRE(form != nullptr);
    REQUIRE(form->instrument().code == "30s-cst");
    form->itemField(0)->setText(QStringLiteral("9"));
    REQUIRE(form->result().has_value());
    const std::string shownBand = form->result()->band;
    CHECK_FALSE(shownBand.empty());
    CHECK(form->scoreText().contains(QStringLiteral("band")));

    const auto before = page.patientData().outcomes.size();
    form->saveButton()->click();
    REQUIRE(page.patientData().outcomes.size() == before + 1);
    const auto& saved = page.patientData().outcomes.back();
    auto stored = services::outcome(*desk.session.clinic(), saved.id);
    REQUIRE(stored);
    CHECK(stored->result.band == shownBand);
    auto rescored = services::scoreEntry(saved);
    REQUIRE(rescored);
    CHECK(rescored->band == shownBand);
}

TEST_CASE("The caseload window shows the rows and flags paceplan-cli prints", "[gui][outcomes]")
{
    // paceplan-cli reads the system clock, so this clinic is seeded and read on it too.
    test::ScriptedPrompter prompter;
    test::TempDir dir;
    const std::string path = dir.file("demo.db");
    {
        services::OpenRequest request;
        request.path = path;
        request.create = true;
        auto clinic = services::Clinic::open(std::move(request));
        REQUIRE(clinic);
        REQUIRE(services::seedDemoClinic(**clinic));
    }
    test::CliRunner cli(dir);
    const auto run = cli.run({ "--database", path, "caseload", "--json" });
    REQUIRE(run.exitCode == 0);
    const auto printed = run.json();

    gui::ClinicSession session;
    REQUIRE(session.open(QString::fromStdString(path), false));
    services::ClinicOutcomeStore store([&session] { return session.clinic(); });
    auto rows = store.caseload();
    REQUIRE(rows);
    gui::CaseloadModel model;
    model.setRows(std::move(rows).value());
    REQUIRE(static_cast<std::size_t>(model.rowCount()) == printed.size());
    int withoutPlanFlagged = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto& line = printed[static_cast<std::size_t>(row)];
        INFO("row " << row);
        const QModelIndex index = model.index(row, gui::CaseloadModel::NameColumn);
        CHECK(index.data(gui::CaseloadModel::PatientIdRole).toLongLong() == line["patient_id"].get<std::int64_t>());
        CHECK(index.data(gui::CaseloadModel::ChangeClassRole).toString().toStdString()
            == line["change_class"].get<std::string>());
        QStringList flags;
        for (const auto& flag : line["flags"])
            flags << QString::fromStdString(flag["code"].get<std::string>());
        CHECK(index.data(gui::CaseloadModel::FlagCodesRole).toStringList() == flags);
        const QString pain = model.index(row, gui::CaseloadModel::PainColumn).data().toString();
        CHECK(pain.isEmpty() == line["last_pain"].is_null());
        if (!line["last_pain"].is_null())
            CHECK(pain.contains(QString::fromStdString(line["last_pain"]["date"].get<std::string>())));
        const QString change = model.index(row, gui::CaseloadModel::ChangeColumn).data().toString();
        CHECK(change.toStdString() == (line["change"].is_null() ? "" : line["change"]["summary"].get<std::string>()));
        withoutPlanFlagged += line["plan"].is_null() && !flags.isEmpty() ? 1 : 0;
    }
    CHECK(withoutPlanFlagged > 0);
}
