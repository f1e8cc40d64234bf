// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ClinicSession.h"

#include "gui/ShippedContent.h"
#include "storage/ExerciseRepository.h"
#include "storage/PatientRepository.h"
#include "storage/SystemClock.h"

#include <QtGlobal>

namespace paceplan::gui {

ClinicSession::ClinicSession(QObject* parent) : QObject(parent) { }

ClinicSession::~ClinicSession() = default;

core::Status ClinicSession::open(const QString& path, bool create, std::shared_ptr<const core::Clock> clock)
{
    storage::OpenOptions options;
    options.create = create;
    options.clock = std::move(clock);
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (!user.isEmpty())
        options.user = user.toStdString();
    auto opened = storage::Database::open(path.toStdString(), std::move(options));
    if (!opened)
        return opened.error();
    adopt(std::move(opened).value());
    return {};
}

void ClinicSession::adopt(std::unique_ptr<storage::Database> database)
{
    m_database = std::move(database);
    m_current = {};
    m_catalog.reset();
    if (m_database)
        (void)mergeShippedContent(*m_database, m_codec); // A failure is logged; the clinic still opens.
    emit databaseChanged();
    emit currentPatientChanged(m_current);
    emit patientsChanged();
}

QString ClinicSession::databasePath() const
{
    return m_database ? QString::fromStdString(m_database->path()) : QString();
}

core::Date ClinicSession::today() const
{
    return m_database ? m_database->clock().today() : storage::SystemClock().today();
}

const core::InMemoryCatalog& ClinicSession::catalog()
{
    if (!m_catalog) {
        m_catalog.emplace();
        if (m_database) {
            if (auto loaded = storage::ExerciseRepository(*m_database, m_codec).catalog())
                m_catalog = std::move(loaded).value();
        }
    }
    return *m_catalog;
}

void ClinicSession::notifyExercisesChanged()
{
    m_catalog.reset();
    emit exercisesChanged();
}

void ClinicSession::setCurrentPatient(core::PatientId id)
{
    if (id == m_current)
        return;
    m_current = id;
    emit currentPatientChanged(id);
}

core::Result<core::Patient> ClinicSession::savePatient(core::Patient patient)
{
    if (!m_database)
        return core::makeError(core::ErrorCode::NotFound, {}, "no database open");
    storage::PatientRepository repository(*m_database);
    auto saved = patient.id.isValid() ? repository.update(std::move(patient)) : repository.create(std::move(patient));
    if (saved) {
        emit patientsChanged();
        if (saved->id == m_current)
            emit currentPatientChanged(m_current);
    }
    return saved;
}

core::Status ClinicSession::setArchived(core::PatientId id, bool archived)
{
    if (!m_database)
        return core::makeError(core::ErrorCode::NotFound, {}, "no database open");
    auto status = storage::PatientRepository(*m_database).setArchived(id, archived);
    if (status) {
        emit patientsChanged();
        if (id == m_current)
            emit currentPatientChanged(m_current);
    }
    return status;
}

core::Status ClinicSession::deletePatient(core::PatientId id)
{
    if (!m_database)
        return core::makeError(core::ErrorCode::NotFound, {}, "no database open");
    auto status = storage::PatientRepository(*m_database).remove(id);
    if (status) {
        if (id == m_current)
            setCurrentPatient({});
        emit patientsChanged();
    }
    return status;
}

core::Result<core::Patient> ClinicSession::patient(core::PatientId id) const
{
    if (!m_database)
        return core::makeError(core::ErrorCode::NotFound, {}, "no database open");
    return storage::PatientRepository(*m_database).get(id);
}

} // namespace paceplan::gui
