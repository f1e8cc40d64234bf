// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ErrorMessages.h"

#include "core/patient/PatientValidation.h"
#include "services/ClinicDetails.h"

#include <QCoreApplication>

namespace paceplan::services {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("paceplan::gui::ErrorMessages", text);
}
} // namespace

QString databaseErrorMessage(const core::Error& error)
{
    using core::ErrorCode;
    switch (error.code) {
    case ErrorCode::FileNotFound:
        return error.field == "folder" ? tr("The folder for this database does not exist.")
                                       : tr("The database file could not be found.");
    case ErrorCode::FolderNotWritable:
        return tr("PacePlan cannot create a database in this folder because it is not allowed to write there.");
    case ErrorCode::ReadOnly:
        return tr("This database is read-only, so PacePlan cannot save changes to it. Ask your IT contact to "
                  "give you write access, or copy it to a folder you can write to.");
    case ErrorCode::NotADatabase:
        return tr("This file is not a PacePlan database. It was left exactly as it was.");
    case ErrorCode::Damaged:
        return tr("This database is damaged and cannot be used safely. It was left as it was. You can restore "
                  "the most recent backup.");
    case ErrorCode::NewerSchema:
        return tr("This database was saved by a newer version of PacePlan. Please update PacePlan to open it; "
                  "the file was not changed.");
    case ErrorCode::MigrationFailed:
        return tr("PacePlan could not upgrade this database. Nothing was changed; a backup was kept.");
    case ErrorCode::Busy:
        return tr("The database is in use by another program. Please try again in a moment.");
    case ErrorCode::BackupFailed:
        return tr("The backup could not be written. Check that there is free space and the folder can be "
                  "written to.");
    case ErrorCode::NotFound:
        return tr("This record no longer exists. It may have been deleted.");
    case ErrorCode::Conflict:
        return error.field == "file" ? tr("A file with this name exists already. Choose another name.")
                                     : tr("This change clashes with a record that exists already.");
    default:
        break;
    }
    if (error.field == kClinicPhoneField)
        return clinicPhoneRule();
    if (!error.field.empty())
        return patientFieldMessage(error);
    return tr("Something went wrong while reading or saving data. Your data was not changed.");
}

QString patientFieldMessage(const core::Error& error)
{
    using core::ErrorCode;
    namespace field = core::patient_field;
    const std::string& f = error.field;
    if (error.code == ErrorCode::Required) {
        if (f == field::kGivenName)
            return tr("Enter the given (first) name.");
        if (f == field::kFamilyName)
            return tr("Enter the family name.");
        if (f == field::kDateOfBirth)
            return tr("Enter the date of birth.");
    }
    if (error.code == ErrorCode::TooLong)
        return tr("This is too long (at most %1 characters).").arg(QString::fromStdString(error.detail));
    if (f == field::kDateOfBirth)
        return error.detail == "in the future" ? tr("The date of birth cannot be in the future.")
                                               : tr("The date of birth gives an age over 120 years. Check the year.");
    if (f == field::kRestingHeartRate)
        return tr("Resting heart rate must be between %1 and %2 beats per minute.")
            .arg(core::kMinRestingHeartRate)
            .arg(core::kMaxRestingHeartRate);
    if (f == field::kEmail)
        return tr("This does not look like an email address (name@example.org).");
    if (f == field::kPhone)
        return tr("Use digits, spaces and + - ( ) only, with 6 to 15 digits.");
    if (error.code == ErrorCode::InvalidFormat)
        return tr("This text contains characters that cannot be stored.");
    return tr("This value is not valid.");
}

} // namespace paceplan::services
