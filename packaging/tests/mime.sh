#!/bin/sh
# The MIME package compiles with update-mime-database and declares .dossier
# files as application/x-dossier-bundle, a kind of zip.
#   mime.sh MIME_XML WORK_DIR
set -eu
xml=$1 work=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work/mime/packages"
cp "$xml" "$work/mime/packages/"
XDG_DATA_DIRS="$work" update-mime-database "$work/mime" >"$work/update.log" 2>&1 || { cat "$work/update.log"; fail "update-mime-database failed"; }
if [ -s "$work/update.log" ]; then cat "$work/update.log"; fail "update-mime-database complained"; fi
grep -qx 'application/x-dossier-bundle' "$work/mime/types" || fail "the type is not registered"
grep -Eq '^[0-9]+:application/x-dossier-bundle:\*\.dossier$' "$work/mime/globs2" || fail "no *.dossier glob"
grep -qx 'application/x-dossier-bundle application/zip' "$work/mime/subclasses" || fail "not a subclass of application/zip"
grep -q 'Dossier annotation bundle' "$work/mime/application/x-dossier-bundle.xml" || fail "no comment"
echo "application/x-dossier-bundle: *.dossier, a zip"
