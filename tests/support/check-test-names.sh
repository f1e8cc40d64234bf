#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PacePlan contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when a Catch2 test case name cannot round-trip through CTest. catch_discover_tests lists the names
# into a CMake list and hands each back to the test binary as a Catch test spec, so:
#  - ';' splits one name into several CTest entries that each match nothing;
#  - '[' and ']' start a tag and group CMake list items;
#  - '*' is a wildcard, '"' quotes, '\' escapes;
#  - a leading '~', '-', '#' or "exclude:" negates, reads as an option or a file tag;
#  - leading or trailing blanks are trimmed away by Catch.
# ',' (Catch's OR) is fine: CatchAddTests escapes it and Catch honours '\,'.
# Usage: check-test-names.sh TESTS_DIR    (prints FILE:LINE: problem for each bad name; exit 1 if any)
set -euo pipefail
tests_dir="${1:?usage: check-test-names.sh TESTS_DIR}"
cd "$tests_dir"

mapfile -t files < <(find . -name '*.cpp' -not -path './data/*' | sort)
[ ${#files[@]} -gt 0 ] || { echo "check-test-names: no test sources under $tests_dir" >&2; exit 2; }

# For each TEST_CASE-like macro, read its arguments (over several lines if need be), take the name argument
# (adjacent string literals joined) and check it.
awk -v prefix="${tests_dir%/}/" '
function flush(   i, c, depth, instr, esc, arg, lit, args, n, name, problem) {
    depth = 1; instr = 0; esc = 0; n = 0; lit = ""; haslit = 0
    for (i = 1; i <= length(buf); i++) {
        c = substr(buf, i, 1)
        if (instr) {
            if (esc) { lit = lit c; esc = 0; continue }
            if (c == "\\") { lit = lit c; esc = 1; continue }
            if (c == "\"") { instr = 0; continue }
            lit = lit c
            continue
        }
        if (c == "\"") { instr = 1; haslit = 1; continue }
        if (c == "(") depth++
        if (c == ")" && --depth == 0) break
        if (c == "," && depth == 1) { args[++n] = haslit ? lit : "\001"; lit = ""; haslit = 0 }
    }
    args[++n] = haslit ? lit : "\001"
    name = args[nameArg]
    if (depth != 0 || name == "\001") {
        printf "%s:%d: cannot read the name of this %s\n", file, line, macro; bad++; return
    }
    problem = ""
    if (name ~ /;/) problem = problem " ;"
    if (name ~ /[][]/) problem = problem " [ ]"
    if (name ~ /\*/) problem = problem " *"
    if (name ~ /["\\]/) problem = problem " \" \\"
    if (name ~ /^[~#-]/ || tolower(name) ~ /^exclude:/) problem = problem " leading ~ - # exclude:"
    if (name ~ /^[ \t]|[ \t]$/ || name == "") problem = problem " blank"
    if (problem != "") {
        printf "%s:%d: test name \"%s\" has a character CTest cannot pass back to Catch:%s\n", file, line, name, problem
        bad++
    }
}
FNR == 1 { if (collecting) flush(); collecting = 0; file = prefix substr(FILENAME, 3) }
collecting {
    buf = buf " " $0
    if (++lines > 20 || balanced(buf)) { flush(); collecting = 0 }
    next
}
match($0, /^[ \t]*(TEST_CASE|SCENARIO|TEST_CASE_METHOD|TEMPLATE_TEST_CASE|TEMPLATE_TEST_CASE_SIG|TEMPLATE_PRODUCT_TEST_CASE|TEMPLATE_LIST_TEST_CASE)[ \t]*\(/) {
    macro = $0; sub(/^[ \t]*/, "", macro); sub(/[ \t]*\(.*/, "", macro)
    nameArg = (macro == "TEST_CASE_METHOD") ? 2 : 1
    buf = substr($0, RSTART + RLENGTH); line = FNR; lines = 0; count++
    if (balanced(buf)) flush(); else collecting = 1
}
# True when the text closes the macro call (a ")" at depth 0 outside strings).
function balanced(text,   i, c, depth, instr, esc) {
    depth = 1; instr = 0; esc = 0
    for (i = 1; i <= length(text); i++) {
        c = substr(text, i, 1)
        if (instr) { if (esc) esc = 0; else if (c == "\\") esc = 1; else if (c == "\"") instr = 0; continue }
        if (c == "\"") instr = 1
        else if (c == "(") depth++
        else if (c == ")" && --depth == 0) return 1
    }
    return 0
}
END {
    if (collecting) flush()
    if (count == 0) { print "check-test-names: found no TEST_CASE at all" > "/dev/stderr"; exit 2 }
    if (bad) { printf "check-test-names: %d of %d test names are unsafe; rename them\n", bad, count > "/dev/stderr"; exit 1 }
    printf "check-test-names: %d test names are safe for CTest\n", count
}
' "${files[@]}"
