# SPDX-FileCopyrightText: 2026 PacePlan contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One INTERFACE target, paceplan_options, carries the language standard, warnings, sanitizer flags and
# Qt strictness defines. Every PacePlan target links it.

option(PACEPLAN_WERROR "Treat compiler warnings as errors" ON)
option(PACEPLAN_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

find_program(PACEPLAN_CCACHE ccache)
if(PACEPLAN_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${PACEPLAN_CCACHE}")
endif()

add_library(paceplan_options INTERFACE)
target_compile_features(paceplan_options INTERFACE cxx_std_20)
target_compile_options(paceplan_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wunused -Woverloaded-virtual
    -Wformat=2 -Wimplicit-fallthrough
    -Wno-missing-field-initializers  # C++20 designated initializers rely on default member initializers
    # GCC 12 reports false -Wrestrict positives inside std::string at -O2 (GCC bug 105651).
    $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>
    $<$<BOOL:${PACEPLAN_WERROR}>:-Werror>)
target_compile_definitions(paceplan_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SPDLOG_FMT_EXTERNAL)
if(PACEPLAN_SANITIZE)
    # GCC 12 reports false -Wmaybe-uninitialized inside libstdc++ (std::regex, std::function) when code is
    # instrumented for ASan; the Release build keeps the warning.
    target_compile_options(paceplan_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
        $<$<CXX_COMPILER_ID:GNU>:-Wno-maybe-uninitialized>)
    target_link_options(paceplan_options INTERFACE -fsanitize=address,undefined)
endif()
