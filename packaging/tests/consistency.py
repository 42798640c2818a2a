#!/usr/bin/env python3
"""The desktop file, the AppStream data, the MIME package, the icon and the
manual page agree: one application id, one binary, one bundle type, the
project's version."""
import argparse
import configparser
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

parser = argparse.ArgumentParser()
parser.add_argument("--app-id", required=True)
parser.add_argument("--version", required=True)
parser.add_argument("--dir", required=True, type=pathlib.Path)
args = parser.parse_args()
app_id, version, d = args.app_id, args.version, args.dir
errors = []


def check(ok, message):
    if not ok:
        errors.append(message)


# The MIME package: one type, with the .dossier glob.
mime_ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
mime = ET.parse(d / f"{app_id}.mime.xml").getroot()
types = [t.get("type") for t in mime.findall(f"{mime_ns}mime-type")]
check(types == ["application/x-dossier-bundle"], f"MIME package declares {types}")
bundle_type = types[0] if types else None

# The desktop file.
desktop = configparser.ConfigParser(interpolation=None)
desktop.optionxform = str
desktop.read(d / f"{app_id}.desktop", encoding="utf-8")
entry = desktop["Desktop Entry"]
check(entry.get("Icon") == app_id, f"desktop Icon={entry.get('Icon')}, wanted {app_id}")
exec_words = entry.get("Exec", "").split()
check(exec_words[:1] == ["dossier"] and "%F" in exec_words, f"desktop Exec={entry.get('Exec')}")
categories = entry.get("Categories", "").rstrip(";").split(";")
check({"Office", "Education"} <= set(categories), f"desktop Categories={categories}")
check(entry.get("MimeType", "").rstrip(";").split(";") == [bundle_type], f"desktop MimeType={entry.get('MimeType')}")

# The AppStream component.
meta = ET.parse(d / f"{app_id}.metainfo.xml").getroot()
check(meta.findtext("id") == app_id, f"metainfo id {meta.findtext('id')}")
check(meta.findtext("launchable[@type='desktop-id']") == f"{app_id}.desktop", "metainfo launchable")
check(meta.findtext("provides/binary") == "dossier", "metainfo provides/binary")
check(meta.findtext("provides/mediatype") == bundle_type, "metainfo provides/mediatype")
check(meta.findtext("name") == entry.get("Name"), "metainfo and desktop names differ")
releases = meta.findall("releases/release")
check(bool(releases) and releases[0].get("version") == version,
      f"newest metainfo release is {releases[0].get('version') if releases else None}, the project is {version}")
meta_categories = [c.text for c in meta.findall("categories/category")]
check(set(meta_categories) <= set(categories), f"metainfo categories {meta_categories} not in the desktop file")

# The icon: a square SVG.
svg = ET.parse(d / f"{app_id}.svg").getroot()
box = svg.get("viewBox", "").split()
check(svg.tag == "{http://www.w3.org/2000/svg}svg" and len(box) == 4 and box[2] == box[3], f"icon viewBox {box}")

# The manual page names the version.
th = next((l for l in (d / "dossier.1").read_text(encoding="utf-8").splitlines() if l.startswith(".TH ")), "")
check(re.search(rf'"Dossier {re.escape(version)}"', th) is not None, f"dossier.1 {th!r} lacks Dossier {version}")

for e in errors:
    print("FAIL:", e, file=sys.stderr)
if not errors:
    print(f"{app_id}: desktop file, metainfo, MIME package, icon and man page agree (version {version})")
sys.exit(1 if errors else 0)
