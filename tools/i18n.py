"""Qt Linguist catalogues, one .ts per area of the code (so areas never edit the same file).

    python tools/i18n.py update AREA   # collect strings of AREA into resources/i18n/id/AREA.ts
    python tools/i18n.py update-all
    python tools/i18n.py release       # compile every .ts into .qm for the UI
    python tools/i18n.py check         # fail on strings missing from a .ts or untranslated
    python tools/i18n.py todo AREA > todo.json     # untranslated strings as JSON
    python tools/i18n.py apply AREA todo.json      # write the "translation" values back

Strings are English in the source: `self.tr("...")` in widgets, `tr("context", "...")` in
the Qt-free core (rentan_desktop.i18n.tr). Translate by editing the <translation> elements.
"""

from __future__ import annotations

import fnmatch
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "rentan_desktop"
I18N = ROOT / "resources" / "i18n" / "id"

# Area -> path patterns relative to rentan_desktop/ (the GUI's sub-packages mirror the core's areas).
# First match wins.
AREAS: dict[str, list[str]] = {
    # Issue 14: the install key, operators, the app lock and the UU PDP functions.
    "security": ["security/*", "pdp/*", "session.py", "store/cipher.py", "cli/security_cmds.py",
                 "ui/settings/security_section.py", "ui/settings/security_dialogs.py", "ui/shell/unlock.py", "ui/shell/app_lock.py",
                 "ui/roster/pdp_actions.py"],
    "roster": ["ui/roster/*", "roster/importer*", "roster/queries*", "roster/columns*", "cli/roster_cmds.py"],
    "payments": ["payments/*", "ui/payments/*", "cli/pay_cmds.py"],
    "sync": ["sync/*", "ui/sync/*", "cli/sync_cmds.py"],
    "printing": ["printing/*", "ui/printing/*", "cli/print_cmds.py"],
    "reports": ["reports/*", "ui/reports/*", "cli/report_cmds.py"],
    "disnaker": ["disnaker/*", "ui/disnaker/*", "cli/bpjs_cmds.py"],
    "hub": ["hub/*", "cli/hub_cmds.py"],
    "robustness": ["maintenance/*", "ui/maintenance/*", "cli/maint_cmds.py", "selftest*", "logs*"],
    "core": ["domain/*", "fields/*", "store/*", "roster/*", "context.py", "i18n.py", "errors.py", "cli/*", "setup_hooks.py",
             "tasks.py", "export/*"],
    # The shell, shared widgets and settings: everything else under ui/.
    "app": ["ui/*"],
}


def _bin(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    return str(exe) if exe.exists() else f"pyside6-{name}"


def area_of(rel: str) -> str | None:
    for area, patterns in AREAS.items():
        if any(fnmatch.fnmatch(rel, p) for p in patterns):
            return area
    return None


def files_of(area: str) -> list[Path]:
    found = []
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG).as_posix()
        if area_of(rel) == area and _has_strings(path):
            found.append(path)
    return found


_CALL = re.compile(r"(?<![A-Za-z0-9_])(tr|translate)\(")


def _has_strings(path: Path) -> bool:
    return bool(_CALL.search(path.read_text(encoding="utf-8")))


def _lupdate(files: list[Path], ts: Path) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    if not files:
        ts.unlink(missing_ok=True)
        return
    subprocess.run([_bin("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-target-language", "id_ID",
                    *map(str, files), "-ts", str(ts)], check=True)


def update(area: str) -> Path:
    ts = I18N / f"{area}.ts"
    _lupdate(files_of(area), ts)
    return ts


def unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            t = message.find("translation")
            text = "".join(t.itertext()) if t is not None else ""
            if t is None or t.get("type") == "unfinished" or not text.strip():
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def todo(area: str) -> list[dict[str, str]]:
    ts = update(area)
    items = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            t = message.find("translation")
            text = "".join(t.itertext()) if t is not None else ""
            if t is None or t.get("type") == "unfinished" or not text.strip():
                items.append({"context": name, "source": message.findtext("source") or "", "translation": ""})
    return items


def apply(area: str, items: list[dict[str, str]]) -> int:
    """Write translations into AREA.ts; returns how many were filled."""
    ts = I18N / f"{area}.ts"
    tree = ET.parse(ts)
    wanted = {(i["context"], i["source"]): i["translation"] for i in items if i.get("translation")}
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            if key in wanted:
                t = message.find("translation")
                if t is None:
                    t = ET.SubElement(message, "translation")
                if message.get("numerus") == "yes":
                    # Indonesian has a single plural form.
                    forms = t.findall("numerusform") or [ET.SubElement(t, "numerusform")]
                    for form in forms:
                        form.text = wanted[key]
                    t.text = None
                else:
                    t.text = wanted[key]
                t.attrib.pop("type", None)
                filled += 1
    ET.indent(tree)
    with open(ts, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
    return filled


def release() -> None:
    for ts in sorted(I18N.glob("*.ts")):
        subprocess.run([_bin("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def check() -> list[str]:
    """Problems: a .ts out of date with the code, or a string without an Indonesian translation."""
    problems = []
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG).as_posix()
        if _has_strings(path) and area_of(rel) is None:
            problems.append(f"{rel}: no i18n area in tools/i18n.py")
    for area in AREAS:
        files = files_of(area)
        ts = I18N / f"{area}.ts"
        if not files:
            continue
        if not ts.exists():
            problems.append(f"{area}: resources/i18n/id/{area}.ts is missing (python tools/i18n.py update {area})")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / ts.name
            shutil.copy(ts, fresh)
            _lupdate(files, fresh)
            for item in unfinished(fresh):
                problems.append(f"{area}.ts: untranslated or missing: {item}")
    return problems


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    cmd = argv[0]
    if cmd == "update":
        print(update(argv[1]))
    elif cmd == "update-all":
        for area in AREAS:
            update(area)
    elif cmd == "todo":
        import json

        print(json.dumps(todo(argv[1]), ensure_ascii=False, indent=1))
    elif cmd == "apply":
        import json

        items = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        print(f"{apply(argv[1], items)} translations written")
    elif cmd == "release":
        release()
    elif cmd == "check":
        problems = check()
        print("\n".join(problems) or "all strings translated")
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
