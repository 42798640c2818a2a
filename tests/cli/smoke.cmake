# Runs the real executable: --version, --help, list --json on a fresh database.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

function(expect_run)
    cmake_parse_arguments(ARG "" "CONTAINS;STATUS" "COMMAND" ${ARGN})
    execute_process(COMMAND ${ARG_COMMAND} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT "${status}" STREQUAL "${ARG_STATUS}")
        message(FATAL_ERROR "${ARG_COMMAND}: exit ${status}, wanted ${ARG_STATUS}\n${out}\n${err}")
    endif()
    string(FIND "${out}${err}" "${ARG_CONTAINS}" pos)
    if(pos EQUAL -1)
        message(FATAL_ERROR "${ARG_COMMAND}: output lacks '${ARG_CONTAINS}'\n${out}\n${err}")
    endif()
endfunction()

expect_run(COMMAND ${DOSSIER} --version STATUS 0 CONTAINS "dossier 0.")
expect_run(COMMAND ${DOSSIER} --help STATUS 0 CONTAINS "extract")
expect_run(COMMAND ${DOSSIER} list --json --db ${WORK}/lib.sqlite STATUS 0 CONTAINS "[")
expect_run(COMMAND ${DOSSIER} frobnicate STATUS 1 CONTAINS "unknown command: frobnicate")
expect_run(COMMAND ${DOSSIER} list --db ${WORK}/missing-dir-is-created/lib.sqlite STATUS 0 CONTAINS "")
file(WRITE ${WORK}/notadb.sqlite "plain text")
expect_run(COMMAND ${DOSSIER} list --db ${WORK}/notadb.sqlite STATUS 1 CONTAINS "not a Dossier database")

# extract: reads a file as it is, no database needed.
expect_run(COMMAND ${DOSSIER} extract --json ${SOURCE}/corpus/003_3bf0c5847a31bf84.txt STATUS 0 CONTAINS "\"stated_multiplier\": \"sevenfold\"")
file(WRITE ${WORK}/bad.txt "abc")
execute_process(COMMAND printf "\\377\\376bad" OUTPUT_FILE ${WORK}/bad.txt)
expect_run(COMMAND ${DOSSIER} extract --json ${WORK}/bad.txt STATUS 1 CONTAINS "not valid UTF-8")
expect_run(COMMAND ${DOSSIER} extract --json ${WORK}/missing.txt STATUS 1 CONTAINS "cannot read")

# import: the bundled corpus folder, again (duplicates), search.
set(LIB ${WORK}/import.sqlite)
expect_run(COMMAND ${DOSSIER} import ${SOURCE}/corpus --db ${LIB} STATUS 0 CONTAINS "imported: 5, duplicates: 0, rejected: 0")
expect_run(COMMAND ${DOSSIER} import ${SOURCE}/corpus/003_3bf0c5847a31bf84.txt --db ${LIB} STATUS 0 CONTAINS "duplicate\t")
expect_run(COMMAND ${DOSSIER} search NISC --json --db ${LIB} STATUS 0 CONTAINS "\"matches\"")
expect_run(COMMAND ${DOSSIER} search "\"sevenfold increase\"" --db ${LIB} STATUS 0 CONTAINS "[sevenfold increase]")
expect_run(COMMAND ${DOSSIER} search "\"cyber" --db ${LIB} STATUS 1 CONTAINS "not closed")
expect_run(COMMAND ${DOSSIER} import ${WORK}/bad.txt --db ${LIB} STATUS 1 CONTAINS "nothing could be imported")
expect_run(COMMAND ${DOSSIER} import ${WORK}/missing.txt --db ${LIB} STATUS 1 CONTAINS "does not exist")

# A folder of 50 with one bad file: the 49 are imported, the bad one reported.
file(MAKE_DIRECTORY ${WORK}/fifty/sub)
foreach(i RANGE 1 49)
    file(WRITE ${WORK}/fifty/sub/doc${i}.txt "Document number ${i} about cyber policy.\n")
endforeach()
execute_process(COMMAND printf "\\000\\001\\002binary" OUTPUT_FILE ${WORK}/fifty/bad.txt)
expect_run(COMMAND ${DOSSIER} import ${WORK}/fifty --db ${LIB} STATUS 0 CONTAINS "imported: 49, duplicates: 0, rejected: 1")
expect_run(COMMAND ${DOSSIER} import ${WORK}/fifty --db ${LIB} STATUS 0 CONTAINS "rejected\t${WORK}/fifty/bad.txt\tThe file is binary data, not text.")
