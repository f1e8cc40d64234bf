# SPDX-FileCopyrightText: 2026 PacePlan contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when a program loads Qt Widgets (directly or through QtPrintSupport, QtCharts...): paceplan-cli calls
# the services and must run where no desktop libraries are wanted.
# Run: cmake -DPROGRAM=<path> -P CheckNoWidgets.cmake
if(NOT PROGRAM)
    message(FATAL_ERROR "PROGRAM is not set")
endif()
execute_process(COMMAND ldd "${PROGRAM}" OUTPUT_VARIABLE libraries RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "ldd could not read ${PROGRAM}")
endif()
string(REGEX MATCHALL "libQt6(Widgets|PrintSupport|Charts|OpenGLWidgets)[^ \t\n]*" widgets "${libraries}")
if(widgets)
    list(REMOVE_DUPLICATES widgets)
    message(FATAL_ERROR "${PROGRAM} links Qt Widgets libraries: ${widgets}")
endif()
string(REGEX MATCH "libQt6Core" core "${libraries}")
if(NOT core)
    message(FATAL_ERROR "ldd output of ${PROGRAM} lists no Qt library at all; the check would prove nothing")
endif()
message(STATUS "${PROGRAM} links no Qt Widgets library")
