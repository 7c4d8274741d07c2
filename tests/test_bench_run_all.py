"""`make bench` (bench/run_all.py): every benchmark takes the quick scale run_all hands it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))
import run_all  # noqa: E402


@pytest.mark.parametrize("name", sorted(run_all.available()))
def test_every_benchmark_accepts_the_quick_scale(name):
    options = [a for a in run_all.scale_args(name, 300) if a.startswith("--")]
    assert "--workers" in options
    done = subprocess.run([sys.executable, str(run_all.available()[name]), "--help"], capture_output=True,
                          text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    known = set(re.findall(r"--[a-z][a-z-]*", done.stdout))
    assert set(options) <= known, f"bench_{name}.py does not take {set(options) - known}"


def test_run_all_lists_and_refuses_an_unknown_name(capsys):
    assert run_all.main(["--list"]) == 0
    assert "start" in capsys.readouterr().out.split()
    with pytest.raises(SystemExit):
        run_all.main(["--only", "no-such-bench"])


def test_every_benchmark_runs_on_an_encrypted_install(monkeypatch):
    seen = {}
    monkeypatch.delenv("RENTAN_PASSPHRASE", raising=False)
    monkeypatch.setattr(run_all.subprocess, "call",
                        lambda cmd: seen.update(cmd=cmd, env=dict(os.environ)) or 0)
    assert run_all.main(["--only", "reports", "--workers", "300", "--", "--runs", "3"]) == 0
    assert seen["env"]["RENTAN_PASSPHRASE"] == run_all.PASSPHRASE
    assert seen["cmd"][-2:] == ["--runs", "3"] and "--payments" in seen["cmd"]
