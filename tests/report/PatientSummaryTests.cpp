// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfText.h"

#include "report/DocumentRenderer.h"
#include "report/PatientSummary.h"
#include "storage/DemoClinic.h"

#include <catch2/catch.hpp>

#include <QTextDocument>

using namespace paceplan;

namespace {

core::Patient demoPatient(const std::string& family)
{
    for (auto& patient : storage::demoPatients())
        if (patient.familyName == family)
            return patient;
    FAIL("no demo patient " << family);
    return {};
}

} // namespace

TEST_CASE("A patient summary prints as a PDF whose text can be read back", "[report]")
{
    test::TempDir dir;
    const auto patient = demoPatient("Patel");
    report::ClinicDetails clinic { QStringLiteral("Riverside Physiotherapy"), QStringLiteral("1 River Lane"),
        QStringLiteral("01632 960000"), QStringLiteral("J. Carter") };
    report::PatientSummary summary(patient, clinic, core::Date(2026, 11, 21));
    QTextDocument document;
    summary.build(document);
    const auto file = dir.file("summary.pdf");
    report::DocumentRenderer renderer({ clinic.phone, clinic.name, {} });
    REQUIRE(renderer.writePdf(document, QString::fromStdString(file),
        report::DocumentRenderer::standardLayout(QPageSize::A4), QStringLiteral("Summary")));

    const std::string text = test::pdfText(file, dir);
    CHECK(text.find("Rajesh Patel") != std::string::npos);
    CHECK(text.find("1952-11-08") != std::string::npos);
    CHECK(text.find("age 74") != std::string::npos);
    CHECK(text.find("Beta-blocker medication") != std::string::npos);
    CHECK(text.find("Hip osteoarthritis") != std::string::npos);
    CHECK(text.find("Page 1 of 1") != std::string::npos);
    CHECK(text.find("01632 960000") != std::string::npos);
    CHECK(test::pdfPages(file, dir) == 1);
}

TEST_CASE("Long documents get page X of Y on every page", "[report]")
{
    test::TempDir dir;
    QTextDocument document;
    QString html;
    for (int i = 0; i < 120; ++i)
        html += QStringLiteral("<p>Paragraph %1 of a long record.</p>").arg(i);
    document.setHtml(html);
    const auto file = dir.file("long.pdf");
    report::DocumentRenderer renderer({ QStringLiteral("Phone 123"), {}, {} });
    REQUIRE(renderer.writePdf(document, QString::fromStdString(file),
        report::DocumentRenderer::standardLayout(QPageSize::Letter), QStringLiteral("Long")));
    const int pages = test::pdfPages(file, dir);
    REQUIRE(pages >= 2);
    const std::string text = test::pdfText(file, dir);
    CHECK(text.find("Page 1 of " + std::to_string(pages)) != std::string::npos);
    CHECK(text.find("Page " + std::to_string(pages) + " of " + std::to_string(pages)) != std::string::npos);
    CHECK(text.find("Paragraph 119 of a long record") != std::string::npos);
}

TEST_CASE("Writing a PDF to a folder that does not exist fails cleanly", "[report]")
{
    test::TempDir dir;
    QTextDocument document;
    document.setPlainText(QStringLiteral("x"));
    CHECK_FALSE(report::DocumentRenderer().writePdf(document, QString::fromStdString(dir.file("no/such/x.pdf")),
        report::DocumentRenderer::standardLayout(QPageSize::A4), {}));
}
