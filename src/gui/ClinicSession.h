// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Id.h"
#include "core/Result.h"
#include "core/library/ExerciseCatalog.h"
#include "core/patient/Patient.h"
#include "services/Clinic.h"

#include <QObject>

#include <memory>
#include <optional>

namespace paceplan::gui {

/// The desk's adapter over the services: the open clinic and the patient currently being worked on. It turns
/// service results into signals the views listen to; it holds no rules of its own.
class ClinicSession : public QObject {
    Q_OBJECT

public:
    explicit ClinicSession(QObject* parent = nullptr);
    ~ClinicSession() override;

    /// Opens (and if needed creates) a database; the previous one stays open when this fails.
    core::Status open(const QString& path, bool create, std::shared_ptr<const core::Clock> clock = {});
    /// Takes over an already opened clinic (tests, start-up).
    void adopt(std::unique_ptr<services::Clinic> clinic);
    bool isOpen() const { return m_clinic != nullptr; }
    /// The open clinic for the services to work on; null when none is open.
    services::Clinic* clinic() const { return m_clinic.get(); }
    QString databasePath() const;
    core::Date today() const;

    /// Tells the views that data changed outside the session (after seeding, importing, ...).
    void refresh() { emit patientsChanged(); }

    /// Every exercise of the open clinic, shared with the documents that use it; an empty catalog when none is
    /// open. A reload after notifyExercisesChanged() gives a new catalog; holders of the old one keep it.
    std::shared_ptr<const core::InMemoryCatalog> catalog();
    /// Call after adding or changing exercises: the catalog is read again and the views are told.
    void notifyExercisesChanged();
    /// Call after storing a plan of `patient`: plan views reload.
    void notifyPlansChanged(core::PatientId patient) { emit plansChanged(patient); }

    /// True once the clinician was offered, since this clinic was opened, to fill in missing clinic details before
    /// printing: the question comes once, not at every print.
    bool clinicDetailsOffered() const { return m_clinicDetailsOffered; }
    void setClinicDetailsOffered() { m_clinicDetailsOffered = true; }

    core::PatientId currentPatient() const { return m_current; }
    void setCurrentPatient(core::PatientId id);

    /// Stores a new patient (no id) or changes to an existing one, then tells the views.
    core::Result<core::Patient> savePatient(core::Patient patient);
    core::Status setArchived(core::PatientId id, bool archived);
    core::Status deletePatient(core::PatientId id);
    core::Result<core::Patient> patient(core::PatientId id) const;

signals:
    void databaseChanged();
    void patientsChanged();
    void currentPatientChanged(paceplan::core::PatientId id);
    void exercisesChanged();
    void plansChanged(paceplan::core::PatientId patient);

private:
    std::unique_ptr<services::Clinic> m_clinic;
    core::PatientId m_current;
    bool m_clinicDetailsOffered = false;
};

} // namespace paceplan::gui
