#!/bin/sh
# Builds the Debian package with CPack, checks its control fields and
# contents, unpacks it with dpkg -x into a scratch root and runs the
# installed dossier from there (Qt and KF6 come from the system).
#   deb.sh BUILD_DIR SOURCE_DIR VERSION APP_ID
set -eu
build=$1 source=$2 version=$3 appid=$4
. "$(dirname "$0")/runaway.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/dossier-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
set -- "$work"/out/dossier_*.deb
[ $# = 1 ] && [ -f "$1" ] || { cat "$work/cpack.log"; fail "cpack made no dossier_*.deb"; }
deb=$1
echo "package: $(basename "$deb"), $(wc -c <"$deb") bytes"

field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = dossier ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version-1" ] || fail "Version: $(field Version), wanted $version-1"
[ "$(field Section)" = text ] || fail "Section: $(field Section)"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture: $(field Architecture)"
field Maintainer | grep -Eq '^[^<]+ <[^@>]+@[^>]+>$' || fail "Maintainer: $(field Maintainer)"
field Description | head -n1 | grep -qx 'reader and annotation tool for policy researchers' \
    || fail "Description: $(field Description | head -n1)"
[ "$(field Description | wc -l)" -gt 2 ] || fail "the Description has no long text"
depends=$(field Depends)
echo "Depends: $depends"
has_dependency() {
    printf '%s\n' "$depends" | tr ',|' '\n\n' | sed 's/^ *//; s/[ (].*//' | grep -qxF "$1"
}
has_dependency libqt6sql6-sqlite || fail "Depends lacks the Qt SQLite driver"

dpkg -x "$deb" "$work/root"
bin=$work/root/usr/bin/dossier
helper=$work/root/usr/libexec/dossier/dossier-pdftext
# Every library the programs link comes from a package they depend on.
for program in "$bin" "$helper"; do
    [ -x "$program" ] || fail "the package lacks ${program#"$work/root"}"
    readelf -d "$program" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' >"$work/needed.txt"
    [ -s "$work/needed.txt" ] || fail "readelf found no NEEDED libraries in $program"
    while read -r lib; do
        path=$(ldd "$program" | awk -v lib="$lib" '$1 == lib { print $3 }')
        [ -n "$path" ] || fail "ldd cannot resolve $lib"
        owner=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | head -n1 | cut -d: -f1) \
            || owner=$(dpkg -S "$path" | head -n1 | cut -d: -f1)
        [ -n "$owner" ] || fail "no package owns $path"
        has_dependency "$owner" || fail "$lib comes from $owner, which Depends lacks"
    done <"$work/needed.txt"
done

dpkg-deb --contents "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/contents.txt"
for path in /usr/bin/dossier \
            "/usr/share/applications/$appid.desktop" \
            "/usr/share/metainfo/$appid.metainfo.xml" \
            "/usr/share/mime/packages/$appid.xml" \
            "/usr/share/icons/hicolor/scalable/apps/$appid.svg" \
            "/usr/share/icons/hicolor/16x16/apps/$appid.png" \
            "/usr/share/icons/hicolor/256x256/apps/$appid.png" \
            /usr/share/man/man1/dossier.1 \
            /usr/share/dossier/corpus/manifest.json \
            /usr/share/dossier/gazetteer/bodies.tsv \
            /usr/share/dossier/org.kde.syntax-highlighting/syntax/dossier-entities.xml; do
    grep -qx "$path" "$work/contents.txt" || fail "the package lacks $path"
done
if grep -v '^/usr/' "$work/contents.txt" | grep -qv '^/$'; then
    fail "the package installs outside /usr: $(grep -v '^/usr/' "$work/contents.txt" | grep -v '^/$' | head -n3)"
fi

for program in "$bin" "$helper"; do
    file "$program" | grep -q ', stripped' || fail "the packaged binary is not stripped: $(file "$program")"
    if readelf -d "$program" | grep -Eq 'R(UN)?PATH'; then
        fail "the packaged binary has an RPATH: $(readelf -d "$program" | grep -E 'R(UN)?PATH')"
    fi
done

run_away "$build $source" "$work" "$bin" --version >"$work/version.txt" || fail "dossier --version failed"
grep -qx "dossier $version" "$work/version.txt" || fail "--version printed: $(cat "$work/version.txt")"
run_away "$build $source" "$work" "$bin" extract --json "$work/root/usr/share/dossier/corpus/003_3bf0c5847a31bf84.txt" \
    >"$work/extract.json" || fail "dossier extract failed"
grep -q '"stated_multiplier": "sevenfold"' "$work/extract.json" || fail "extract lacks the sevenfold change"
cp "$source/tests/fuzz/pdf/two-pages.pdf" "$work/two-pages.pdf"
run_away "$build $source" "$work" "$bin" import "$work/two-pages.pdf" --db "$work/lib.sqlite" >"$work/pdf.txt" \
    || fail "dossier import of a PDF failed: $(cat "$work/pdf.txt")"
grep -q "imported: 1, duplicates: 0, rejected: 0" "$work/pdf.txt" || fail "PDF import: $(cat "$work/pdf.txt")"

say_hidden
echo "the package installs and runs"
