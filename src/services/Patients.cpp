// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Patients.h"

#include "services/Clinic.h"
#include "storage/PatientRepository.h"
#include "storage/Uuid.h"

#include <charconv>

namespace paceplan::services {

core::Result<core::Patient> savePatient(Clinic& clinic, core::Patient patient)
{
    storage::PatientRepository repository(clinic.database());
    return patient.id.isValid() ? repository.update(std::move(patient)) : repository.create(std::move(patient));
}

core::Status setPatientArchived(Clinic& clinic, core::PatientId patient, bool archived)
{
    return storage::PatientRepository(clinic.database()).setArchived(patient, archived);
}

core::Status deletePatient(Clinic& clinic, core::PatientId patient)
{
    return storage::PatientRepository(clinic.database()).remove(patient);
}

core::Result<core::Patient> patient(Clinic& clinic, core::PatientId patient)
{
    return storage::PatientRepository(clinic.database()).get(patient);
}

core::Result<core::Patient> findPatient(Clinic& clinic, std::string_view key)
{
    storage::PatientRepository repository(clinic.database());
    if (storage::isUuid(key))
        return repository.getByUuid(key);
    std::int64_t number = 0;
    const auto [end, error] = std::from_chars(key.data(), key.data() + key.size(), number);
    if (error != std::errc() || end != key.data() + key.size() || number <= 0)
        return core::makeError(core::ErrorCode::InvalidFormat, "patient", "a patient number or uuid is needed");
    return repository.get(core::PatientId(number));
}

core::Result<std::vector<core::Patient>> listPatients(Clinic& clinic, const storage::PatientQuery& query)
{
    return storage::PatientRepository(clinic.database()).list(query);
}

core::Result<int> countPatients(Clinic& clinic, const storage::PatientQuery& query)
{
    return storage::PatientRepository(clinic.database()).count(query);
}

} // namespace paceplan::services
