#!/bin/sh
# Writes the valid bundle seeds of fuzz_bundle with the real exporter: a
# library with one short document, two annotations (tags, a note, a quote)
# and its bundle. Run in the build environment from the checkout root:
#   packaging/dev exec -- tests/fuzz/make_bundle_seeds.sh build/app/dossier
set -eu
dossier=$1
out=$(dirname "$0")/bundle
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
db="$work/library.sqlite"
printf '%s\n' 'The National Police Agency said attacks rose 40% to 5.08 million in 2020.' \
    '“We will respond firmly,” Kishida said. Café – 東京.' >"$work/note.txt"
"$dossier" import "$work/note.txt" --db "$db" >/dev/null
"$dossier" annotate 1 --quote 'National Police Agency' --tag policy/attribution --note 'The body' --db "$db" >/dev/null
"$dossier" annotate 1 --range 90:110 --tag statistics --colour green --db "$db" >/dev/null
"$dossier" export --bundle "$out/two-annotations.dossier" --author fuzz --db "$db" >/dev/null
"$dossier" export --bundle "$out/one-annotation.dossier" --tag statistics --author fuzz --db "$db" >/dev/null
