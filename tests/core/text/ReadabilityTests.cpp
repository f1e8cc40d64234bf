// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Readability.h"

#include <catch2/catch.hpp>

#include <string>

using namespace paceplan::core;

TEST_CASE("Syllables of words follow the documented heuristic", "[core][readability]")
{
    // Hand-counted: each pair is a word and the syllables it has when said aloud.
    const auto [word, expected] = GENERATE(table<std::string, int>({
        { "cat", 1 },
        { "table", 2 },
        { "make", 1 },
        { "times", 1 },
        { "walked", 1 },
        { "rested", 2 },
        { "handled", 2 },
        { "safely", 2 },
        { "movement", 2 },
        { "doing", 2 },
        { "lying", 2 },
        { "staying", 2 },
        { "easier", 3 },
        { "diaphragm", 3 },
        { "relaxation", 4 },
        { "usual", 3 },
        { "muscle", 2 },
        { "exercise", 3 },
        { "exercises", 4 },
        { "breathe", 1 },
        { "breathing", 2 },
        { "balance", 2 },
        { "knees", 1 },
        { "eye", 1 },
        { "metre", 2 },
        { "sometimes", 2 },
        { "safety", 2 },
        { "lifestyle", 2 },
        { "people", 2 },
        { "activity", 4 },
        { "changes", 2 },
        { "pushes", 2 },
        { "yoga", 2 },
        { "beyond", 2 },
        { "spasm", 2 },
        { "physio", 3 },
        { "position", 3 },
        { "area", 3 },
        { "Shoulder", 2 },
        { "don't", 1 },
        { "you\u2019re", 1 },
        { "sit-to-stand", 3 },
        { "flare-up", 2 },
        { "NHS", 3 },
        { "OK", 2 },
        { "IF", 1 },
        { "STOP", 1 },
        { "Zo\u00EB", 1 },
    }));
    CAPTURE(word);
    CHECK(countSyllables(word) == expected);
}

TEST_CASE("Numbers count the syllables they have when read aloud", "[core][readability]")
{
    const auto [number, expected] = GENERATE(table<std::string, int>({
        { "0", 2 },
        { "7", 2 },
        { "10", 1 },
        { "11", 3 },
        { "15", 2 },
        { "21", 3 },
        { "70", 3 },
        { "100", 3 },
        { "250", 5 },
        { "1500", 6 },
        { "1,000", 3 },
        { "2.5", 3 },
        { "10:30", 3 },
        { "1st", 1 },
        { "3x", 2 },
        { "20kg", 5 },
    }));
    CAPTURE(number);
    CHECK(countSyllables(number) == expected);
}

TEST_CASE("Text without letters or digits has no syllables or words", "[core][readability]")
{
    CHECK(countSyllables("") == 0);
    CHECK(countSyllables("--") == 0);
    for (const char* text : { "", "   \n\n", "- - -", "***" }) {
        CAPTURE(text);
        const auto stats = analyzeReadability(text);
        CHECK(stats.words == 0);
        CHECK(stats.sentences == 0);
        CHECK(stats.syllables == 0);
        CHECK(stats.fleschKincaidGrade == 0.0);
        CHECK(stats.readingEase == 0.0);
    }
}

TEST_CASE("Formulas match the reference definitions", "[core][readability]")
{
    // 100 words, 5 sentences, 150 syllables: 0.39 x 20 + 11.8 x 1.5 - 15.59 and 206.835 - 1.015 x 20 - 84.6 x 1.5.
    CHECK(fleschKincaidGrade(100, 5, 150) == Approx(9.91));
    CHECK(fleschReadingEase(100, 5, 150) == Approx(59.635));
    CHECK(fleschKincaidGrade(0, 0, 0) == 0.0);
    CHECK(fleschReadingEase(0, 3, 0) == 0.0);
}

TEST_CASE("Simple prose is counted by hand", "[core][readability]")
{
    const auto stats = analyzeReadability("The cat sat on the mat. It was happy!");
    CHECK(stats.words == 9);
    CHECK(stats.sentences == 2);
    CHECK(stats.syllables == 10); // "happy" has two
    CHECK(stats.complexWords == 0);
    CHECK(stats.fleschKincaidGrade == Approx(0.39 * 4.5 + 11.8 * 10.0 / 9.0 - 15.59));
    CHECK(stats.readingEase == Approx(206.835 - 1.015 * 4.5 - 84.6 * 10.0 / 9.0));
}

TEST_CASE("Sentence ends are found in lists, lines and punctuation", "[core][readability]")
{
    struct Case {
        const char* text;
        int words;
        int sentences;
        int syllables;
    };
    const auto c = GENERATE(values<Case>({
        // Bullet items and lines without full stops each end a sentence; "10-15" is ten to fifteen.
        { "- Sit tall\n- Breathe out slowly\n\nStand up. Walk for 10-15 min, e.g. around the house.\n"
          "1. Lie on your back\n2. Bend your knees and keep\n   your feet flat\n",
            29, 6, 33 },
        // A decimal point and "e.g." do not end a sentence; a unit after a number is read as its word.
        { "Lift 2.5 kg, e.g. a bag of rice. Rest.", 9, 2, 13 },
        // A percent sign adds the word "percent".
        { "Walk 10-15 minutes at 80% effort.", 9, 1, 14 },
        // A line followed by one starting in lower case is wrapped text.
        { "Keep your back\nstraight and breathe.\nStand tall", 8, 2, 8 },
        // Typographic apostrophe, dash, bullet and ellipsis.
        { "Don\u2019t hold your breath \u2014 breathe out as you lift\u2026", 9, 1, 9 },
        { "\u2022 Sit tall\n\u2022 Relax", 3, 2, 4 },
        { "1. Sit down.\n2. Stand up.", 4, 2, 4 },
        { "Use a band, i.e. a stretchy strip.", 7, 1, 8 },
        { "Ready? Go! Rest now", 4, 3, 5 },
        { "Windows\r\nDoors\r\n", 2, 2, 3 },
    }));
    CAPTURE(c.text);
    const auto stats = analyzeReadability(c.text);
    CHECK(stats.words == c.words);
    CHECK(stats.sentences == c.sentences);
    CHECK(stats.syllables == c.syllables);
}

TEST_CASE("Complex words and harder text raise the grade", "[core][readability]")
{
    const auto easy = analyzeReadability("Lift a light weight. Put it down. Rest.");
    const auto hard = analyzeReadability(
        "Physiotherapists recommend individualised progressive resistance exercise for musculoskeletal "
        "rehabilitation, particularly when considering comorbidities.");
    CHECK(easy.fleschKincaidGrade < 2.0);
    CHECK(hard.fleschKincaidGrade > 14.0);
    CHECK(hard.readingEase < easy.readingEase);
    CHECK(hard.complexWords >= 8);
    CHECK(analyzeReadability("Lift 2.5 kg.").complexWords == 2);
}
