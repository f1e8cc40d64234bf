// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ClinicSession.h"

#include "services/Patients.h"
#include "storage/SystemClock.h"

namespace paceplan::gui {

namespace {

core::Error noClinic()
{
    return core::makeError(core::ErrorCode::NotFound, {}, "no database open");
}

} // namespace

ClinicSession::ClinicSession(QObject* parent) : QObject(parent) { }

ClinicSession::~ClinicSession() = default;

core::Status ClinicSession::open(const QString& path, bool create, std::shared_ptr<const core::Clock> clock)
{
    services::OpenRequest request;
    request.path = path.toStdString();
    request.create = create;
    request.clock = std::move(clock);
    auto opened = services::Clinic::open(std::move(request));
    if (!opened)
        return opened.error();
    adopt(std::move(opened).value());
    return {};
}

void ClinicSession::adopt(std::unique_ptr<services::Clinic> clinic)
{
    m_clinic = std::move(clinic);
    m_current = {};
    m_clinicDetailsOffered = false;
    emit databaseChanged();
    emit currentPatientChanged(m_current);
    emit patientsChanged();
}

QString ClinicSession::databasePath() const
{
    return m_clinic ? QString::fromStdString(m_clinic->path()) : QString();
}

core::Date ClinicSession::today() const
{
    return m_clinic ? m_clinic->today() : storage::SystemClock().today();
}

std::shared_ptr<const core::InMemoryCatalog> ClinicSession::catalog()
{
    if (!m_clinic)
        return std::make_shared<const core::InMemoryCatalog>();
    return m_clinic->catalog();
}

void ClinicSession::notifyExercisesChanged()
{
    if (m_clinic)
        m_clinic->exercisesChanged();
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
    if (!m_clinic)
        return noClinic();
    auto saved = services::savePatient(*m_clinic, std::move(patient));
    if (saved) {
        emit patientsChanged();
        if (saved->id == m_current)
            emit currentPatientChanged(m_current);
    }
    return saved;
}

core::Status ClinicSession::setArchived(core::PatientId id, bool archived)
{
    if (!m_clinic)
        return noClinic();
    auto status = services::setPatientArchived(*m_clinic, id, archived);
    if (status) {
        emit patientsChanged();
        if (id == m_current)
            emit currentPatientChanged(m_current);
    }
    return status;
}

core::Status ClinicSession::deletePatient(core::PatientId id)
{
    if (!m_clinic)
        return noClinic();
    auto status = services::deletePatient(*m_clinic, id);
    if (status) {
        if (id == m_current)
            setCurrentPatient({});
        emit patientsChanged();
    }
    return status;
}

core::Result<core::Patient> ClinicSession::patient(core::PatientId id) const
{
    if (!m_clinic)
        return noClinic();
    return services::patient(*m_clinic, id);
}

} // namespace paceplan::gui
