// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../GuiTestSupport.h"

#include "gui/ClinicSession.h"
#include "gui/plan/PlanPage.h"
#include "storage/PatientRepository.h"
#include "storage/PlanRepository.h"

#include <QTest>

#include <memory>
#include <stdexcept>

namespace paceplan::test {

/// A plan page over the seeded demo clinic (shipped library merged by adopt()) for one demo patient.
struct PlanPageFixture {
    explicit PlanPageFixture(const char* familyName = "Delgado")
    {
        session.adopt(services::Clinic::adopt(std::move(clinic.db)));
        storage::PatientRepository patients(session.clinic()->database());
        storage::PatientQuery query;
        query.namePrefix = familyName;
        auto found = patients.list(query);
        if (!found || found->empty())
            throw std::runtime_error("demo patient missing");
        patient = found->front();
        session.setCurrentPatient(patient.id);
        page = std::make_unique<gui::PlanPage>(session);
        page->resize(1280, 800);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            throw std::runtime_error("plan page not shown");
    }

    template <typename T> T* find(const char* name) const
    {
        auto* widget = page->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            throw std::runtime_error(std::string("no widget ") + name);
        return widget;
    }

    ScriptedPrompter prompter;
    SeededClinicFixture clinic;
    gui::ClinicSession session;
    core::Patient patient;
    std::unique_ptr<gui::PlanPage> page;
};

} // namespace paceplan::test
