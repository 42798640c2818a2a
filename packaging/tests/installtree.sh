#!/bin/sh
# cmake --install into a fresh prefix: every file where GNUInstallDirs puts
# it, the PNG icons at their sizes, the corpus complete, nothing else at the
# top of the prefix.
#   installtree.sh BUILD_DIR APP_ID BINDIR DATADIR MANDIR LIBEXECDIR
set -eu
build=$1 appid=$2 bindir=$3 datadir=$4 mandir=$5 libexecdir=$6
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/dossier-tree.XXXXXX")
trap 'rm -rf "$work"' EXIT
p=$work/prefix

cmake --install "$build" --prefix "$p" >"$work/install.log" 2>&1 \
    || { cat "$work/install.log"; fail "cmake --install failed"; }

for f in "$bindir/dossier" \
         "$datadir/applications/$appid.desktop" \
         "$datadir/metainfo/$appid.metainfo.xml" \
         "$datadir/mime/packages/$appid.xml" \
         "$datadir/icons/hicolor/scalable/apps/$appid.svg" \
         "$mandir/man1/dossier.1" \
         "$datadir/dossier/corpus/manifest.json" \
         "$datadir/dossier/gazetteer/bodies.tsv" \
         "$datadir/dossier/gazetteer/not-bodies.tsv" \
         "$datadir/dossier/gazetteer/titles.txt" \
         "$datadir/dossier/org.kde.syntax-highlighting/syntax/dossier-entities.xml"; do
    [ -f "$p/$f" ] || fail "missing $f"
done
[ -x "$p/$bindir/dossier" ] || fail "$bindir/dossier is not executable"
[ -x "$p/$libexecdir/dossier/dossier-pdftext" ] || fail "missing $libexecdir/dossier/dossier-pdftext, the PDF reader"

for size in 16 22 24 32 48 64 128 256; do
    png=$p/$datadir/icons/hicolor/${size}x${size}/apps/$appid.png
    [ -f "$png" ] || fail "missing the ${size}px icon"
    file "$png" | grep -q "PNG image data, $size x $size," || fail "not a ${size}x${size} PNG: $(file "$png")"
done

# Every text the manifest names is installed beside it.
files=$(sed -n 's/.*"file": *"\([^"]*\)".*/\1/p' "$p/$datadir/dossier/corpus/manifest.json")
[ -n "$files" ] || fail "the installed manifest names no files"
for f in $files; do
    [ -f "$p/$datadir/dossier/corpus/$f" ] || fail "the corpus lacks $f"
done

grep -q '<language name="Dossier Entities"' "$p/$datadir/dossier/org.kde.syntax-highlighting/syntax/dossier-entities.xml" \
    || fail "the installed definition is not the entity definition"
if grep -q '@[A-Z][A-Z_]*@' "$p/$datadir/dossier/org.kde.syntax-highlighting/syntax/dossier-entities.xml"; then
    fail "the installed definition still has template placeholders"
fi

# KSyntaxHighlighting finds the definition with the data folder named.
if command -v ksyntaxhighlighter6 >/dev/null; then
    printf 'NISC said the count rose.\n' >"$work/sample.txt"
    XDG_DATA_DIRS="$p/$datadir/dossier" QT_QPA_PLATFORM=offscreen \
        ksyntaxhighlighter6 -s "Dossier Entities" -f ansi "$work/sample.txt" >"$work/sample.ansi" 2>"$work/ksh.err" \
        || fail "ksyntaxhighlighter6 cannot use the installed definition: $(cat "$work/ksh.err")"
    grep -q 'NISC' "$work/sample.ansi" || fail "ksyntaxhighlighter6 printed nothing"
    if QT_QPA_PLATFORM=offscreen ksyntaxhighlighter6 -l 2>/dev/null | grep -qx 'Dossier Entities'; then
        fail "without the data folder ksyntaxhighlighter6 still finds the definition: the check above proves nothing"
    fi
fi

top=$(cd "$p" && ls | tr '\n' ' ')
expected=$(printf '%s\n%s\n%s\n' "${bindir%%/*}" "${datadir%%/*}" "${libexecdir%%/*}" | sort -u | tr '\n' ' ')
[ "$top" = "$expected" ] || fail "the prefix holds '$top', wanted '$expected'"

echo "installed tree:"
(cd "$p" && find . -type f | sort | sed 's/^\.\//  /')
