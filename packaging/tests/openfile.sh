#!/bin/sh
# `dossier FILE` (how a desktop opens a file with Dossier) starts the GUI:
# a text is imported, an annotation bundle is shown and not imported, and a
# missing file is still an unknown command.
#   openfile.sh DOSSIER WORK_DIR
set -eu
dossier=$1 work=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work"
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"

printf 'Narnian cyber report\n\nThe Narnian Cyber Office said the budget rose by 5 percent.\n' >"$work/narnian-report.txt"
"$dossier" "$work/narnian-report.txt" --screenshot "$work/text.png" --db "$work/text.sqlite" \
    || fail "dossier FILE --screenshot failed"
[ -s "$work/text.png" ] || fail "no screenshot"
"$dossier" list --json --db "$work/text.sqlite" >"$work/text.json" || fail "list failed"
grep -q 'narnian-report.txt' "$work/text.json" || fail "the file was not imported: $(cat "$work/text.json")"

# An empty zip with the bundle suffix.
printf 'PK\005\006\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000' >"$work/shared.dossier"
"$dossier" "$work/shared.dossier" --screenshot "$work/bundle.png" --db "$work/bundle.sqlite" \
    || fail "dossier BUNDLE --screenshot failed"
[ -s "$work/bundle.png" ] || fail "no screenshot"
"$dossier" list --json --db "$work/bundle.sqlite" >"$work/bundle.json" || fail "list failed"
if grep -q 'shared.dossier' "$work/bundle.json"; then fail "the bundle was imported as a document"; fi

if "$dossier" "$work/missing.txt" >"$work/missing.out" 2>&1; then fail "a missing file started the GUI"; fi
grep -q "unknown command: $work/missing.txt" "$work/missing.out" || fail "missing file: $(cat "$work/missing.out")"
echo "files on the command line: imported; bundles: shown; missing: unknown command"
