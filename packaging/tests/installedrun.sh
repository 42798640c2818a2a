#!/bin/sh
# A DESTDIR install (prefix /usr) runs with the source and build trees out of
# reach: --version, extract from the installed corpus, import (text and a
# PDF, which the installed helper reads), search.
#   installedrun.sh BUILD_DIR SOURCE_DIR VERSION
set -eu
build=$1 source=$2 version=$3
. "$(dirname "$0")/runaway.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/dossier-installed.XXXXXX")
trap 'rm -rf "$work"' EXIT

DESTDIR="$work/dest" cmake --install "$build" --prefix /usr >"$work/install.log" 2>&1 \
    || { cat "$work/install.log"; fail "cmake --install failed"; }
bin=$work/dest/usr/bin/dossier
corpus=$work/dest/usr/share/dossier/corpus
[ -x "$bin" ] || fail "no $bin"

run_away "$build $source" "$work" "$bin" --version >"$work/version.txt" || fail "dossier --version failed"
grep -qx "dossier $version" "$work/version.txt" || fail "--version printed: $(cat "$work/version.txt")"

run_away "$build $source" "$work" "$bin" extract --json "$corpus/003_3bf0c5847a31bf84.txt" >"$work/extract.json" \
    || fail "dossier extract failed"
grep -q '"stated_multiplier": "sevenfold"' "$work/extract.json" || fail "extract lacks the sevenfold change"
grep -q '"National center of Incident readiness and Strategy for Cybersecurity"' "$work/extract.json" \
    || grep -q '"NISC"' "$work/extract.json" || fail "extract lacks NISC"

run_away "$build $source" "$work" "$bin" import "$corpus" --db "$work/lib.sqlite" >"$work/import.txt" \
    || fail "dossier import failed: $(cat "$work/import.txt")"
grep -q "imported: 5, duplicates: 0, rejected: 0" "$work/import.txt" || fail "import: $(cat "$work/import.txt")"
run_away "$build $source" "$work" "$bin" search NISC --json --db "$work/lib.sqlite" >"$work/search.json" \
    || fail "dossier search failed"
grep -q '"matches"' "$work/search.json" || fail "search found nothing"

cp "$source/tests/fuzz/pdf/two-pages.pdf" "$work/two-pages.pdf"
run_away "$build $source" "$work" "$bin" import "$work/two-pages.pdf" --db "$work/lib.sqlite" >"$work/pdf.txt" \
    || fail "dossier import of a PDF failed: $(cat "$work/pdf.txt")"
grep -q "imported: 1, duplicates: 0, rejected: 0" "$work/pdf.txt" || fail "PDF import: $(cat "$work/pdf.txt")"

say_hidden
echo "installed dossier $version runs from $work/dest"
