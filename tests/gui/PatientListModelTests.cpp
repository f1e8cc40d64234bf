// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include "gui/ClinicSession.h"
#include "gui/PatientListModel.h"
#include "storage/PatientRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace paceplan;
using paceplan::gui::PatientListModel;

namespace {

QStringList names(const PatientListModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, PatientListModel::NameColumn).data().toString();
    return out;
}

} // namespace

TEST_CASE("The patient list model passes the model tester while filtering and sorting", "[gui][model]")
{
    test::SeededClinicFixture fixture;
    gui::ClinicSession session;
    session.adopt(services::Clinic::adopt(std::move(fixture.db)));
    PatientListModel model(session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const int demoCount = static_cast<int>(storage::demoPatients().size());
    CHECK(model.rowCount() == demoCount);
    CHECK(model.columnCount() == PatientListModel::ColumnCount);
    CHECK(names(model).first() == QStringLiteral("Adeyemi, Grace"));

    model.setNameFilter(QStringLiteral("zoe"));
    REQUIRE(model.rowCount() == 1);
    CHECK(names(model) == QStringList { QStringLiteral("Ångström, Zoë") });
    const QModelIndex zoe = model.index(0, 0);
    CHECK(zoe.data(PatientListModel::PatientIdRole).toLongLong() > 0);
    CHECK(zoe.data(PatientListModel::ConditionCodeRole).toString() == QStringLiteral("fibromyalgia"));
    CHECK(zoe.data(PatientListModel::ArchivedRole).toBool() == false);

    model.setNameFilter(QString());
    model.sort(PatientListModel::DateOfBirthColumn, Qt::DescendingOrder);
    CHECK(model.index(0, PatientListModel::DateOfBirthColumn).data().toString().startsWith(QStringLiteral("1998-")));
    model.sort(PatientListModel::NameColumn, Qt::DescendingOrder);
    CHECK(names(model).first() == QStringLiteral("Whitfield, Eleanor"));
}

TEST_CASE("The patient list model reads large lists a page at a time", "[gui][model]")
{
    test::DatabaseFixture fixture;
    storage::PatientRepository repository(*fixture.db);
    for (int i = 0; i < PatientListModel::kPageSize + 50; ++i) {
        core::Patient patient;
        patient.givenName = "Test";
        patient.familyName = "Person " + std::to_string(1000 + i);
        patient.dateOfBirth = core::Date(1970, 1, 1);
        REQUIRE(repository.create(patient));
    }
    gui::ClinicSession session;
    session.adopt(services::Clinic::adopt(std::move(fixture.db)));
    PatientListModel model(session);
    CHECK(model.rowCount() == PatientListModel::kPageSize);
    CHECK(model.matchCount() == PatientListModel::kPageSize + 50);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == PatientListModel::kPageSize + 50);
    CHECK_FALSE(model.canFetchMore({}));
    // The tester fetches every page itself while checking the model.
    model.reload();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == PatientListModel::kPageSize + 50);
}

TEST_CASE("The patient list follows archive filters and changes made through the session", "[gui][model]")
{
    test::SeededClinicFixture fixture;
    gui::ClinicSession session;
    session.adopt(services::Clinic::adopt(std::move(fixture.db)));
    PatientListModel model(session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = model.rowCount();
    const auto first = model.patientAt(0);
    REQUIRE(session.setArchived(first, true));
    CHECK(model.rowCount() == before - 1);
    model.setArchiveFilter(storage::ArchiveFilter::Archived);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0).data(PatientListModel::ArchivedRole).toBool());
    CHECK(model.index(0, 0).data(Qt::FontRole).value<QFont>().italic());
    model.setArchiveFilter(storage::ArchiveFilter::All);
    CHECK(model.rowCount() == before);
}
