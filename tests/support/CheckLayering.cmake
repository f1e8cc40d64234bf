# SPDX-FileCopyrightText: 2026 PacePlan contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when a layer includes what it must not (docs/architecture.md):
#  - core, storage and interop include no Qt header;
#  - only storage includes sqlite3.h;
#  - core and storage include no nlohmann/json; core includes nothing from storage;
#  - report and services include no Qt Widgets header, and no QtPrintSupport header (it pulls in Widgets);
#  - cli includes nothing from gui; gui includes no storage repository (it calls the services);
#  - storage, interop, report and services include nothing from gui or cli; core, storage, interop and report
#    include nothing from services.
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
set(print_include "^[ \t]*#[ \t]*include[ \t]*[<\"](QtPrintSupport/|QPrint|QPageSetupDialog)")
set(repository_include "^[ \t]*#[ \t]*include[ \t]*[<\"]storage/[A-Za-z]*Repository\\.h")
set(gui_include "^[ \t]*#[ \t]*include[ \t]*[<\"]gui/")
set(cli_include "^[ \t]*#[ \t]*include[ \t]*[<\"]cli/")
set(services_include "^[ \t]*#[ \t]*include[ \t]*[<\"]services/")

foreach(layer core storage interop)
    check_layer(${layer} "${qt_include}" "includes a Qt header")
endforeach()
foreach(layer core interop report services gui cli app)
    check_layer(${layer} "${sqlite_include}" "includes sqlite3.h outside src/storage")
endforeach()
foreach(layer core storage)
    check_layer(${layer} "${json_include}" "includes nlohmann/json outside src/interop and above")
endforeach()
check_layer(core "${storage_include}" "core reaches into storage")
foreach(layer report services)
    check_layer(${layer} "${widgets_include}" "${layer} uses QtGui at most, no Widgets")
    check_layer(${layer} "${print_include}" "${layer} uses no QtPrintSupport (it pulls in Widgets)")
endforeach()
check_layer(cli "${gui_include}" "the CLI includes nothing from the GUI; it calls the services")
check_layer(gui "${repository_include}" "the GUI constructs no repository; it calls the services")
foreach(layer core storage interop report services)
    check_layer(${layer} "${gui_include}" "a lower layer reaches into the GUI")
    check_layer(${layer} "${cli_include}" "a lower layer reaches into the CLI")
endforeach()
foreach(layer core storage interop report)
    check_layer(${layer} "${services_include}" "a lower layer reaches into the services")
endforeach()

if(violations)
    message(FATAL_ERROR "Layering rules broken:${violations}")
endif()
message(STATUS "Layering rules hold")
