// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/PatientWorkspace.h"

#include "gui/ClinicSession.h"
#include "gui/PatientOverviewWidget.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace paceplan::gui {

PatientWorkspace::PatientWorkspace(ClinicSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* welcome = new QWidget;
    welcome->setObjectName(QStringLiteral("noPatientPage"));
    auto* title = new QLabel(tr("No patient selected"), welcome);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* hint = new QLabel(tr("Choose a patient from the list on the left, or search by name.\n"
                               "To add someone new, use Patient \u2192 New patient (Ctrl+N)."),
        welcome);
    hint->setAlignment(Qt::AlignHCenter);
    auto* create = new QPushButton(tr("New patient\u2026"), welcome);
    create->setObjectName(QStringLiteral("welcomeNewPatient"));
    auto* welcomeLayout = new QVBoxLayout(welcome);
    welcomeLayout->addStretch(1);
    welcomeLayout->addWidget(title, 0, Qt::AlignHCenter);
    welcomeLayout->addWidget(hint, 0, Qt::AlignHCenter);
    welcomeLayout->addWidget(create, 0, Qt::AlignHCenter);
    welcomeLayout->addStretch(2);
    connect(create, &QPushButton::clicked, this, &PatientWorkspace::newPatientRequested);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->setDocumentMode(true);
    m_overview = new PatientOverviewWidget;
    m_tabs->addTab(m_overview, tr("Overview"));

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("workspaceStack"));
    m_stack->addWidget(welcome);
    m_stack->addWidget(m_tabs);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(&m_session, &ClinicSession::currentPatientChanged, this, &PatientWorkspace::showPatient);
    showPatient(m_session.currentPatient());
}

void PatientWorkspace::addPage(QWidget* page, const QString& title)
{
    // A scroll area keeps a wide page from forcing the whole window wider than a 1280-pixel screen.
    auto* scroll = new QScrollArea;
    scroll->setObjectName(page->objectName() + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_tabs->addTab(scroll, title);
}

void PatientWorkspace::showPatient(core::PatientId id)
{
    const auto patient = id.isValid() ? m_session.patient(id)
                                      : core::Result<core::Patient>(core::makeError(core::ErrorCode::NotFound));
    if (!patient) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_overview->setPatient(*patient, m_session.today());
    m_stack->setCurrentIndex(1);
}

} // namespace paceplan::gui
