#!/usr/bin/env python3
"""dossier.1 describes every command and option the program's --help lists.

Top-level options belong under OPTIONS; a command's options in its own
subsection of COMMANDS (".SS name") or under COMMAND OPTIONS. The commands
described must be exactly those `dossier --help` lists.

    manpage.py DOSSIER dossier.1
"""
import os
import re
import subprocess
import sys

dossier, manpage = sys.argv[1], sys.argv[2]
env = dict(os.environ, QT_QPA_PLATFORM="offscreen")


def help_text(*args):
    run = subprocess.run([dossier, *args, "--help"], capture_output=True, text=True, env=env)
    if run.returncode != 0:
        sys.exit(f"FAIL: dossier {' '.join(args)} --help exited {run.returncode}: {run.stderr}")
    return run.stdout


def options(text):
    """The option names of QCommandLineParser's help: the left column of the
    lines under 'Options:'."""
    names, inside = set(), False
    for line in text.splitlines():
        if line.strip() == "Options:":
            inside = True
            continue
        if inside and not line.strip():
            inside = False
        m = re.match(r"^\s+(-.*?)(\s{2,}|$)", line) if inside else None
        if m:
            names.update(re.findall(r"(?<![\w-])(--?[A-Za-z][\w-]*)", m.group(1)))
    return names


def commands(text):
    names, inside = [], False
    for line in text.splitlines():
        if line.strip() == "Commands:":
            inside = True
            continue
        if inside and not line.strip():
            break
        m = re.match(r"^  (\S+)\s", line) if inside else None
        if m:
            names.append(m.group(1))
    return names


# The manual page, split into sections (.SH) and command subsections (.SS),
# with roff's escaped hyphens made plain.
sections, subsections = {}, {}
current_sh, current_ss = None, None
for line in open(manpage, encoding="utf-8"):
    line = line.rstrip("\n").replace("\\-", "-")
    if line.startswith(".SH "):
        current_sh, current_ss = line[4:].strip('" '), None
        sections[current_sh] = ""
        continue
    if line.startswith(".SS ") and current_sh == "COMMANDS":
        current_ss = line[4:].split()[0].strip('"')
        subsections[current_ss] = ""
        continue
    if current_sh is not None:
        sections[current_sh] += line + "\n"
    if current_ss is not None:
        subsections[current_ss] += line + "\n"


def mentions(text, option):
    return re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text) is not None


errors = []
top = help_text()
for option in sorted(options(top)):
    if not mentions(sections.get("OPTIONS", ""), option):
        errors.append(f"option {option} of dossier --help is not under OPTIONS")

listed = commands(top)
if not listed:
    errors.append("dossier --help lists no commands")
for command in listed:
    if command not in subsections:
        errors.append(f"command {command} has no '.SS {command}' under COMMANDS")
        continue
    for option in sorted(options(help_text(command))):
        if not (mentions(subsections[command], option) or mentions(sections.get("COMMAND OPTIONS", ""), option)):
            errors.append(f"option {option} of dossier {command} is neither in its section nor under COMMAND OPTIONS")
for command in subsections:
    if command not in listed:
        errors.append(f"the manual describes a command '{command}' that dossier --help does not list")

for e in errors:
    print("FAIL:", e, file=sys.stderr)
if not errors:
    print(f"dossier.1 covers {len(listed)} commands and their options")
sys.exit(1 if errors else 0)
