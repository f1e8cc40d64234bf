// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace paceplan::core {

/// Counts and scores that say how hard an English text is to read (reference §7.6).
struct ReadabilityStats {
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    int complexWords = 0; ///< Words of three or more syllables.
    double fleschKincaidGrade = 0.0; ///< US school grade; 0 when the text has no words.
    double readingEase = 0.0; ///< Flesch reading ease, higher is easier (about 0-100); 0 when the text has no words.
};

/// Counts words, sentences and syllables of English text and computes its Flesch-Kincaid grade and reading ease.
///
/// Sentences end at '.', '!' or '?' (not at a decimal point, and not at a full stop followed by a word in lower
/// case such as "e.g. walk"), and at the end of a line that has words, so bullet items, headings and lines
/// without a full stop each count as a sentence. A line that is followed by a line starting in lower case is
/// taken as wrapped text and continues the sentence. List markers ("-", "*", "•", "1.", "a)") are not words.
/// Hyphenated words ("sit-to-stand") are one word. Numbers are one word with the syllables they have when
/// read aloud ("15" = fif-teen, "2.5" = two point five); a range "10-15" is read "ten to fifteen" (three
/// words); "80%" adds the word "percent"; a unit after a number ("kg", "min", "m", "s", "bpm") counts as the
/// word it stands for ("kilograms"); "3x" is "three times".
ReadabilityStats analyzeReadability(std::string_view text);

/// The estimated number of syllables of one word or number (0 when it has no letter or digit).
///
/// The heuristic for words counts groups of vowels (a, e, i, o, u, and y when it is not the first letter
/// and not followed by a vowel), then corrects: a silent final "e" (make) but not "-le" after a consonant
/// (table) or "-tre"/"-bre" (metre); silent "-es" (times) except after s, x, z, ch, sh, ce, ge and "-les";
/// silent "-ed" (walked) except after t or d and "-led" after a consonant (handled); a silent "e" before
/// "-ly", "-ment", "-ful", "-ness" and "-less" (safely, movement); an extra syllable in "-ing" after a vowel
/// (doing), "-ier"/"-iest" after a consonant (easier), "-sm" (spasm), and the split vowel pairs "ia" (not
/// after c or t), "iu", "ua" (not after q or g) and "io" (unless followed by n or u, as in -tion and -ious).
/// Common compounds are split ("some|times", "home|work"), short upper-case acronyms are spelled out
/// (NHS = 3), and a short list of frequent exceptions (area, idea, quiet, diet, ...) is looked up.
int countSyllables(std::string_view word);

/// Flesch-Kincaid grade level: 0.39 x words/sentences + 11.8 x syllables/words - 15.59 (0 without words).
double fleschKincaidGrade(int words, int sentences, int syllables);

/// Flesch reading ease: 206.835 - 1.015 x words/sentences - 84.6 x syllables/words (0 without words).
double fleschReadingEase(int words, int sentences, int syllables);

} // namespace paceplan::core
