"""The Windows build on paper stays in step with the tree: every file its steps name exists, and it
installs with the pinned versions and ends with the built program's self-test."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
SCRIPT = ROOT / "installer" / "build_windows.ps1"


def test_the_files_the_windows_build_names_exist():
    for text in (WORKFLOW.read_text(), SCRIPT.read_text()):
        named = set(re.findall(r"(?:tools|installer)[/\\][\w.]+\.(?:py|iss)", text)) | {"constraints.txt"}
        assert named and all((ROOT / n.replace("\\", "/")).is_file() for n in named), named


def test_the_windows_build_is_pinned_compiles_translations_and_self_tests():
    text = WORKFLOW.read_text()
    assert "runs-on: windows-latest" in text and 'python-version: "3.11"' in text
    for step in ('pip install -c constraints.txt -e ".[dist]"', "tools/i18n.py release", "installer/build.py",
                 "choco install innosetup", "iscc ", r"dist\rentan-desktop\rentan-desktop.exe", "--self-test"):
        assert step in text, step
