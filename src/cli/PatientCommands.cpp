// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include "core/patient/PatientValidation.h"
#include "interop/PatientJson.h"
#include "services/Patients.h"
#include "storage/Uuid.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <iomanip>
#include <ostream>

namespace paceplan::cli {

using namespace paceplan::core;

namespace {

constexpr const char* kPatientHelp = R"(Usage: paceplan-cli [--database PATH] [--json] patient COMMAND ...

Commands:
  add --given NAME --family NAME --dob YYYY-MM-DD [fields]    Add a patient.
  list [--search TEXT] [--archived | --all] [--sort name|given|dob|condition|updated] [--desc]
       [--limit N] [--offset N]                                List patients (active ones by default).
  show ID                                                      Show one patient (ID is the number or the uuid).
  update ID [fields]                                           Change the fields given.
  archive ID [--undo]                                          Archive (or, with --undo, unarchive) a patient.
  delete ID --yes                                              Delete a patient and all their records for good.

Fields:
  --given NAME  --family NAME  --dob YYYY-MM-DD  --sex female|male|other|unknown
  --phone TEXT  --email TEXT  --condition CODE  --pain-duration CODE  --resting-hr BPM (or "none")
  --precaution CODE (repeat; "none" clears)  --precaution-notes TEXT  --notes TEXT

Codes:
  condition:      chronic-low-back-pain neck-pain knee-oa hip-oa fibromyalgia widespread-pain other
  pain-duration:  unknown 3-6-months 6-12-months 1-5-years over-5-years
  precaution:     beta-blockers cardiovascular-disease diabetes osteoporosis pregnancy recent-surgery
                  hypertension falls-risk
)";

const std::vector<std::string> kFieldOptions = { "--given", "--family", "--dob", "--sex", "--phone", "--email",
    "--condition", "--pain-duration", "--resting-hr", "--precaution", "--precaution-notes", "--notes" };

/// Applies the field options to `patient`; returns an error naming the option on bad input.
std::optional<Error> applyFields(const Args& args, Patient& patient)
{
    if (auto v = args.value("--given"))
        patient.givenName = *v;
    if (auto v = args.value("--family"))
        patient.familyName = *v;
    if (auto v = args.value("--dob")) {
        const auto date = Date::fromIso(*v);
        if (!date)
            return makeError(ErrorCode::InvalidFormat, "dob", "expected YYYY-MM-DD, got '" + *v + "'");
        patient.dateOfBirth = *date;
    }
    if (auto v = args.value("--sex")) {
        const auto sex = sexFromCode(*v);
        if (!sex)
            return makeError(ErrorCode::InvalidValue, "sex", "unknown sex '" + *v + "'");
        patient.sex = *sex;
    }
    if (auto v = args.value("--phone"))
        patient.phone = *v;
    if (auto v = args.value("--email"))
        patient.email = *v;
    if (auto v = args.value("--condition")) {
        const auto condition = primaryConditionFromCode(*v);
        if (!condition)
            return makeError(ErrorCode::InvalidValue, "condition", "unknown condition '" + *v + "'");
        patient.condition = *condition;
    }
    if (auto v = args.value("--pain-duration")) {
        const auto duration = painDurationFromCode(*v);
        if (!duration)
            return makeError(ErrorCode::InvalidValue, "pain-duration", "unknown pain duration '" + *v + "'");
        patient.painDuration = *duration;
    }
    if (auto v = args.value("--resting-hr")) {
        if (*v == "none") {
            patient.restingHeartRate.reset();
        } else {
            const auto bpm = parseWholeNumber(*v);
            if (!bpm)
                return makeError(ErrorCode::InvalidFormat, "resting-hr", "expected a whole number, got '" + *v + "'");
            patient.restingHeartRate = *bpm;
        }
    }
    const auto precautions = args.values("--precaution");
    if (!precautions.empty()) {
        patient.precautions.clear();
        for (const auto& code : precautions) {
            if (code == "none")
                continue;
            const auto precaution = precautionFromCode(code);
            if (!precaution)
                return makeError(ErrorCode::InvalidValue, "precaution", "unknown precaution '" + code + "'");
            patient.precautions.push_back(*precaution);
        }
    }
    if (auto v = args.value("--precaution-notes"))
        patient.precautionNotes = *v;
    if (auto v = args.value("--notes"))
        patient.clinicianNotes = *v;
    return std::nullopt;
}

/// Prints a validation or lookup problem; option errors name the option.
int reportFieldError(Context& context, const Error& error)
{
    if (error.detail.empty() || error.code == ErrorCode::OutOfRange || error.code == ErrorCode::Required
        || error.code == ErrorCode::TooLong)
        return context.fail(error);
    context.err << "paceplan-cli: --" << error.field << ": " << error.detail << '\n';
    return kExitInvalid;
}

Result<Patient> findPatient(Context& context, const std::string& key)
{
    auto found = services::findPatient(*context.clinic, key);
    if (!found && found.error().code == ErrorCode::InvalidFormat)
        return makeError(ErrorCode::InvalidFormat, "id", "'" + key + "' is neither a patient number nor a uuid");
    return found;
}

void printPatientText(std::ostream& out, const Patient& patient)
{
    out << "Patient " << patient.id.value() << " (" << patient.uuid << ")" << (patient.archived ? " [archived]" : "")
        << '\n'
        << "  Name:           " << patient.givenName << ' ' << patient.familyName << '\n'
        << "  Date of birth:  " << patient.dateOfBirth.toIso() << '\n'
        << "  Sex:            " << sexCode(patient.sex) << '\n'
        << "  Condition:      " << primaryConditionCode(patient.condition) << '\n'
        << "  Pain duration:  " << painDurationCode(patient.painDuration) << '\n';
    if (!patient.phone.empty())
        out << "  Phone:          " << patient.phone << '\n';
    if (!patient.email.empty())
        out << "  Email:          " << patient.email << '\n';
    if (patient.restingHeartRate)
        out << "  Resting HR:     " << *patient.restingHeartRate << " bpm\n";
    if (!patient.precautions.empty()) {
        out << "  Precautions:   ";
        for (const auto precaution : patient.precautions)
            out << ' ' << precautionCode(precaution);
        out << '\n';
    }
    if (!patient.precautionNotes.empty())
        out << "  Precaution notes: " << patient.precautionNotes << '\n';
    if (!patient.clinicianNotes.empty())
        out << "  Notes:          " << patient.clinicianNotes << '\n';
}

int addPatient(Context& context)
{
    if (const int code = context.checkOptions(kFieldOptions); code != kExitOk)
        return code;
    Patient patient;
    if (const auto problem = applyFields(context.args, patient))
        return reportFieldError(context, *problem);
    if (const int code = context.openDatabase(true); code != kExitOk)
        return code;
    auto created = services::savePatient(*context.clinic, std::move(patient));
    if (!created)
        return context.fail(created.error());
    if (context.json())
        context.out << interop::patientToJson(*created).dump(2) << '\n';
    else
        context.out << "Added patient " << created->id.value() << " (" << created->uuid << ")\n";
    return kExitOk;
}

int listPatients(Context& context)
{
    if (const int code
        = context.checkOptions({ "--search", "--archived", "--all", "--sort", "--desc", "--limit", "--offset" });
        code != kExitOk)
        return code;
    storage::PatientQuery query;
    query.namePrefix = context.args.value("--search").value_or("");
    if (context.args.has("--all"))
        query.archive = storage::ArchiveFilter::All;
    else if (context.args.has("--archived"))
        query.archive = storage::ArchiveFilter::Archived;
    const std::string sort = context.args.value("--sort").value_or("name");
    static const std::map<std::string, storage::PatientSort> kSorts = { { "name", storage::PatientSort::FamilyName },
        { "given", storage::PatientSort::GivenName }, { "dob", storage::PatientSort::DateOfBirth },
        { "condition", storage::PatientSort::Condition }, { "updated", storage::PatientSort::UpdatedAt } };
    if (kSorts.count(sort) == 0)
        return context.usage("--sort takes name, given, dob, condition or updated");
    query.sort = kSorts.at(sort);
    query.descending = context.args.has("--desc");
    for (const auto& [option, target] :
        { std::pair { "--limit", &query.limit }, std::pair { "--offset", &query.offset } }) {
        if (const auto text = context.args.value(option)) {
            const auto number = parseWholeNumber(*text);
            if (!number || *number < 0)
                return context.usage(std::string(option) + " takes a whole number of 0 or more");
            *target = *number;
        }
    }
    if (const int code = context.openDatabase(false); code != kExitOk)
        return code;
    auto patients = services::listPatients(*context.clinic, query);
    if (!patients)
        return context.fail(patients.error());
    if (context.json()) {
        context.out << interop::patientsToJson(*patients).dump(2) << '\n';
        return kExitOk;
    }
    for (const auto& patient : *patients)
        context.out << std::setw(6) << patient.id.value() << "  " << std::left << std::setw(32) << patient.displayName()
                    << std::right << "  " << patient.dateOfBirth.toIso() << "  "
                    << primaryConditionCode(patient.condition) << (patient.archived ? "  [archived]" : "") << '\n';
    context.out << patients->size() << " patient(s)\n";
    return kExitOk;
}

int showPatient(Context& context)
{
    if (const int code = context.checkOptions({}); code != kExitOk)
        return code;
    if (context.args.word(2).empty())
        return context.usage("patient show needs a patient ID");
    if (const int code = context.openDatabase(false); code != kExitOk)
        return code;
    auto patient = findPatient(context, context.args.word(2));
    if (!patient)
        return patient.error().code == ErrorCode::InvalidFormat
            ? context.usage(patient.error().detail)
            : context.fail(patient.error(), "patient " + context.args.word(2));
    if (context.json())
        context.out << interop::patientToJson(*patient).dump(2) << '\n';
    else
        printPatientText(context.out, *patient);
    return kExitOk;
}

int updatePatient(Context& context)
{
    if (const int code = context.checkOptions(kFieldOptions); code != kExitOk)
        return code;
    if (context.args.word(2).empty())
        return context.usage("patient update needs a patient ID");
    if (const int code = context.openDatabase(false); code != kExitOk)
        return code;
    auto patient = findPatient(context, context.args.word(2));
    if (!patient)
        return patient.error().code == ErrorCode::InvalidFormat
            ? context.usage(patient.error().detail)
            : context.fail(patient.error(), "patient " + context.args.word(2));
    if (const auto problem = applyFields(context.args, *patient))
        return reportFieldError(context, *problem);
    auto updated = services::savePatient(*context.clinic, *patient);
    if (!updated)
        return context.fail(updated.error());
    if (context.json())
        context.out << interop::patientToJson(*updated).dump(2) << '\n';
    else
        context.out << "Updated patient " << updated->id.value() << '\n';
    return kExitOk;
}

int archivePatient(Context& context, bool erase)
{
    if (const int code
        = context.checkOptions(erase ? std::vector<std::string> { "--yes" } : std::vector<std::string> { "--undo" });
        code != kExitOk)
        return code;
    const std::string verb = erase ? "delete" : "archive";
    if (context.args.word(2).empty())
        return context.usage("patient " + verb + " needs a patient ID");
    if (erase && !context.args.has("--yes"))
        return context.usage("patient delete removes the patient and all their records for good; add --yes to confirm");
    if (const int code = context.openDatabase(false); code != kExitOk)
        return code;
    auto patient = findPatient(context, context.args.word(2));
    if (!patient)
        return patient.error().code == ErrorCode::InvalidFormat
            ? context.usage(patient.error().detail)
            : context.fail(patient.error(), "patient " + context.args.word(2));
    const bool undo = context.args.has("--undo");
    auto status = erase ? services::deletePatient(*context.clinic, patient->id)
                        : services::setPatientArchived(*context.clinic, patient->id, !undo);
    if (!status)
        return context.fail(status.error());
    const std::string done = erase ? "deleted" : (undo ? "unarchived" : "archived");
    if (context.json())
        context.out << nlohmann::json {
            { "id", patient->id.value() }, { "uuid", patient->uuid }, { "result", done }
        }.dump(2) << '\n';
    else
        context.out << "Patient " << patient->id.value() << ' ' << done << '\n';
    return kExitOk;
}

} // namespace

int runPatientCommand(Context& context)
{
    const std::string sub = context.args.word(1);
    if (sub.empty() || context.args.has("--help")) {
        context.out << kPatientHelp;
        return sub.empty() && !context.args.has("--help") ? kExitUsage : kExitOk;
    }
    if (sub == "add")
        return addPatient(context);
    if (sub == "list")
        return listPatients(context);
    if (sub == "show")
        return showPatient(context);
    if (sub == "update")
        return updatePatient(context);
    if (sub == "archive")
        return archivePatient(context, false);
    if (sub == "delete")
        return archivePatient(context, true);
    return context.usage("unknown patient command '" + sub + "'");
}

} // namespace paceplan::cli
