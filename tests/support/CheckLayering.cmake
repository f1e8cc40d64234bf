# SPDX-FileCopyrightText: 2026 PacePlan contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when a layer includes what it must not (docs/architecture.md):
#  - core, storage and interop include no Qt header;
#  - only storage includes sqlite3.h;
#  - core and storage include no nlohmann/json; core includes nothing from storage;
#  - report includes no Qt Widgets header.
# Run: cmake -DSOURCE_DIR=<src> -P CheckLayering.cmake
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "SOURCE_DIR is not set")
endif()

set(violations "")
function(check_layer layer regex what)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${layer}/*.h" "${SOURCE_DIR}/${layer}/*.cpp")
    foreach(file IN LISTS files)
        file(STRINGS "${file}" hits REGEX "${regex}")
        if(hits)
            file(RELATIVE_PATH rel "${SOURCE_DIR}/.." "${file}")
            list(GET hits 0 first)
            string(STRIP "${first}" first)
            set(violations "${violations}\n  ${rel}: ${what} (${first})")
        endif()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

set(qt_include "^[ \t]*#[ \t]*include[ \t]*[<\"](Q[A-Z][A-Za-z]*|Qt[A-Za-z]+/)")
set(sqlite_include "^[ \t]*#[ \t]*include[ \t]*[<\"](sqlite3|sqlcipher/sqlite3)\\.h")
set(json_include "^[ \t]*#[ \t]*include[ \t]*[<\"]nlohmann/")
set(widgets_include "^[ \t]*#[ \t]*include[ \t]*[<\"](QtWidgets/|QWidget|QDialog|QMainWindow|QApplication|QAbstract(Button|ScrollArea|ItemView)|QLabel|QPushButton|QLineEdit|QMessageBox)")
set(storage_include "^[ \t]*#[ \t]*include[ \t]*[<\"]storage/")

foreach(layer core storage interop)
    check_layer(${layer} "${qt_include}" "includes a Qt header")
endforeach()
foreach(layer core interop report gui cli app)
    check_layer(${layer} "${sqlite_include}" "includes sqlite3.h outside src/storage")
endforeach()
foreach(layer core storage)
    check_layer(${layer} "${json_include}" "includes nlohmann/json outside src/interop and above")
endforeach()
check_layer(core "${storage_include}" "core reaches into storage")
check_layer(report "${widgets_include}" "report uses QtGui only, no Widgets")

if(violations)
    message(FATAL_ERROR "Layering rules broken:${violations}")
endif()
message(STATUS "Layering rules hold")
