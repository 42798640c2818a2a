#!/usr/bin/env python3
"""Fails when a string of the source is not translated into every shipped
language: runs lupdate over the same project as the update_translations
target, into copies of the committed .ts files, and reports every message
that is new or unfinished there, every one the source no longer has
(vanished or obsolete), every missing plural form and every translation
whose %1, %2 ... placeholders differ from the source's.

To fix a failure: cmake --build BUILD --target update_translations, then
translate the new strings (Qt Linguist, or the .ts files directly)."""

import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Plural forms per language (Qt's rules): Japanese one, German and English two.
NUMERUS_FORMS = {"ja": 1, "de": 2, "en": 2}
PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")


def placeholders(text):
    return sorted(set(p.replace("L", "") for p in PLACEHOLDER.findall(text or "")) - {"%n"})


def check(ts_path, language, plurals_only):
    problems = []
    root = ET.parse(ts_path).getroot()
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            where = f"{ts_path.name}: [{name}] \"{source[:70]}\""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "missing"):
                problems.append(f"{where}: not translated")
                continue
            if kind in ("vanished", "obsolete"):
                problems.append(f"{where}: no longer in the source (run update_translations)")
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.findall("numerusform")]
                if len(forms) != NUMERUS_FORMS[language] or not all(f.strip() for f in forms):
                    problems.append(f"{where}: needs {NUMERUS_FORMS[language]} plural form(s), has {len([f for f in forms if f.strip()])}")
                    continue
                texts = forms
            else:
                if plurals_only:
                    problems.append(f"{where}: not a plural form (the English file holds plurals only)")
                    continue
                texts = [translation.text or ""]
                if not texts[0].strip():
                    problems.append(f"{where}: empty translation")
                    continue
            for text in texts:
                if placeholders(text) != placeholders(source):
                    problems.append(f"{where}: placeholders {placeholders(text)} differ from the source's {placeholders(source)}")
                    break
    return count, problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cmake", required=True)
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--project", required=True, help="the lupdate project .cmake file of the build")
    parser.add_argument("--generator", required=True, help="Qt's GenerateLUpdateProject.cmake")
    parser.add_argument("--plurals", required=True, help="the plurals-only .ts file (English)")
    parser.add_argument("ts", nargs="+", help="the translated .ts files")
    args = parser.parse_args()

    failures = []
    with tempfile.TemporaryDirectory(prefix="dossier-i18n-") as tmp:
        tmp = pathlib.Path(tmp)
        project = tmp / "project.json"
        subprocess.run([args.cmake, f"-DIN_FILE={args.project}", f"-DOUT_FILE={project}", "-P", args.generator], check=True)
        runs = [(pathlib.Path(p), False) for p in args.ts] + [(pathlib.Path(args.plurals), True)]
        for committed, plurals_only in runs:
            if not committed.exists():
                failures.append(f"{committed}: missing")
                continue
            copy = tmp / committed.name
            shutil.copy(committed, copy)
            command = [args.lupdate, "-silent", "-locations", "none", "-project", str(project), "-ts", str(copy)]
            if plurals_only:
                command.insert(2, "-pluralonly")
            result = subprocess.run(command, capture_output=True, text=True)
            if result.returncode != 0:
                failures.append(f"lupdate failed on {committed.name}: {result.stderr.strip()}")
                continue
            language = ET.parse(copy).getroot().get("language", "").split("_")[0]
            if language not in NUMERUS_FORMS:
                failures.append(f"{committed.name}: unknown language {language!r}")
                continue
            count, problems = check(copy, language, plurals_only)
            print(f"{committed.name}: {count} messages, {len(problems)} problem(s)")
            failures += problems
    for failure in failures:
        print(failure)
    if failures:
        print(f"{len(failures)} translation problem(s). Run the update_translations target and translate the new strings.")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
