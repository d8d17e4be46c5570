# SPDX-License-Identifier: GPL-3.0-or-later
# translations_current: the committed catalogues are what lupdate makes of today's sources, and every
# message in them is translated. Run by CTest as
#   cmake -DLUPDATE=... -DGENERATOR=... -DPROJECT=... -DCATALOGUES=de;en -DSOURCE_DIR=... -DWORK=... -P this
# A string added, changed or removed in the window without `cmake --build BUILD --target
# update_translations` (and a translation of the new entries) fails here, naming the catalogue and the
# strings, instead of showing English in a translated window.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT}.cmake -DOUT_FILE=${WORK}/project.json
                        -P "${GENERATOR}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cannot write the lupdate project from ${PROJECT}.cmake")
endif()
set(failures "")
foreach(lang IN LISTS CATALOGUES)
  set(committed "${SOURCE_DIR}/resources/translations/galley_${lang}.ts")
  set(fresh "${WORK}/galley_${lang}.ts")
  file(COPY_FILE "${committed}" "${fresh}")
  # English is the source language: its catalogue holds only the plural forms.
  set(options -no-obsolete -locations none)
  if(lang STREQUAL "en")
    list(APPEND options -pluralonly -target-language en)
  endif()
  execute_process(COMMAND "${LUPDATE}" -project ${WORK}/project.json ${options} -ts "${fresh}"
                  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed on ${committed}")
  endif()
  file(READ "${committed}" before)
  file(READ "${fresh}" after)
  if(NOT before STREQUAL after)
    string(APPEND failures "${committed} is behind the sources: build the update_translations target, "
                           "translate the new entries and commit the file.\n")
  endif()
  string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\"" untranslated "${after}")
  if(untranslated)
    string(REGEX REPLACE "[ \n]*<translation type=\"unfinished\"" "" untranslated "${untranslated}")
    string(REPLACE ";" "\n  " untranslated "${untranslated}")
    string(APPEND failures "${committed}: untranslated:\n  ${untranslated}\n")
  endif()
endforeach()
if(failures)
  message(FATAL_ERROR "${failures}")
endif()
