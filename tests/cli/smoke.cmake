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

# analyze, mentions and mark-body, with user data in the work folder.
set(ENV{XDG_DATA_HOME} ${WORK}/xdg)
file(WRITE ${WORK}/narnia.txt "Narnia Watch said the budget rose.\n")
expect_run(COMMAND ${DOSSIER} mark-body Narnia Watch --canonical "Narnian Cyber Watch" STATUS 0 CONTAINS "Marked")
expect_run(COMMAND ${DOSSIER} extract --json ${WORK}/narnia.txt STATUS 0 CONTAINS "Narnian Cyber Watch")
expect_run(COMMAND ${DOSSIER} --screenshot ${WORK}/window.png --db ${WORK}/corpus.sqlite STATUS 0 CONTAINS "")
expect_run(COMMAND ${DOSSIER} analyze --db ${WORK}/corpus.sqlite STATUS 0 CONTAINS "analysed")
expect_run(COMMAND ${DOSSIER} mentions --type speaker --json "Osamu Fujimura" --db ${WORK}/corpus.sqlite STATUS 0 CONTAINS "2011-10-27")
expect_run(COMMAND ${DOSSIER} mentions --type nonsense x --db ${WORK}/corpus.sqlite STATUS 1 CONTAINS "unknown --type")
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

# export and import-bundle: the sample corpus as a bundle, merged twice.
expect_run(COMMAND ${DOSSIER} annotate 1 --range 0:5 --note "smoke" --tag smoke --db ${LIB} STATUS 0 CONTAINS "")
expect_run(COMMAND ${DOSSIER} export --bundle ${WORK}/smoke.dossier --db ${LIB} STATUS 0 CONTAINS "Wrote 1 annotation on 54 documents")
expect_run(COMMAND ${DOSSIER} import-bundle ${WORK}/smoke.dossier --dry-run --db ${WORK}/empty.sqlite STATUS 0 CONTAINS "54 new documents")
expect_run(COMMAND ${DOSSIER} import-bundle ${WORK}/smoke.dossier --db ${WORK}/empty.sqlite STATUS 0 CONTAINS "Merged into the library.")
expect_run(COMMAND ${DOSSIER} import-bundle ${WORK}/smoke.dossier --db ${WORK}/empty.sqlite STATUS 0 CONTAINS "Nothing new")
expect_run(COMMAND ${DOSSIER} export --qdpx ${WORK}/smoke.qdpx --db ${WORK}/empty.sqlite STATUS 0 CONTAINS "Wrote 1 annotation ")
expect_run(COMMAND ${DOSSIER} import-bundle ${WORK}/bad.txt --db ${LIB} STATUS 1 CONTAINS "bad.txt cannot be imported: it is not a zip archive")

# brief: a PDF of the library, and of one tag's passages.
expect_run(COMMAND ${DOSSIER} annotate 4 --quote "sevenfold increase" --note "Check against the NISC report" --tag statistics/growth --db ${WORK}/corpus.sqlite STATUS 0 CONTAINS "")
expect_run(COMMAND ${DOSSIER} brief --out ${WORK}/brief.pdf --title "Cyber policy" --db ${WORK}/corpus.sqlite STATUS 0 CONTAINS "pages")
expect_run(COMMAND ${DOSSIER} brief --out ${WORK}/tag.pdf --tag statistics --db ${WORK}/corpus.sqlite STATUS 0 CONTAINS "pages")
expect_run(COMMAND ${DOSSIER} brief --out ${WORK}/none.pdf --tag no/such/tag --db ${WORK}/corpus.sqlite STATUS 1 CONTAINS "There is no tag")
expect_run(COMMAND ${DOSSIER} brief --db ${WORK}/corpus.sqlite STATUS 1 CONTAINS "--out")
