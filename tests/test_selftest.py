"""`--self-test` from source: the same checks CI runs against the frozen build."""

from __future__ import annotations

import io
import os
import subprocess
import sys

from rentan_desktop import selftest


def test_gui_self_test_in_a_subprocess():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "rentan_desktop", "--self-test"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    for check in ("resources", "modules", "database", "backup", "pdf", "crypto", "spreadsheet", "log masking",
                  "ui modules", "widgets"):
        assert f"ok   {check}" in result.stdout
    assert "self-test passed" in result.stdout


def test_cli_self_test_in_a_subprocess(tmp_path):
    code = "import sys; from rentan_desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    result = subprocess.run([sys.executable, "-c", code, "--data-dir", str(tmp_path), "self-test"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout


def test_a_failing_check_fails_the_run_and_says_which():
    def broken(_folder):
        raise FileNotFoundError("resources/fonts/missing.ttf")

    out = io.StringIO()
    assert selftest.run(out, extra=[("fonts", broken)]) == 1
    text = out.getvalue()
    assert "FAIL fonts" in text and "missing.ttf" in text and "FAILED (1 check(s))" in text


def test_portable_build_keeps_data_beside_the_program(tmp_path, monkeypatch):
    from rentan_desktop import paths

    monkeypatch.delenv("RENTAN_DATA_DIR", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "rentan-desktop.exe"))
    (tmp_path / "data").mkdir()
    assert paths.data_dir() == tmp_path / "data"
    assert paths.data_dir(tmp_path / "other") == tmp_path / "other"  # --data-dir still wins
