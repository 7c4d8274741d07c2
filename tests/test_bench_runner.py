"""bench/run_all.py: every benchmark by name, one alone with --only, and the shared figure type."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import common  # noqa: E402
import run_all  # noqa: E402


def test_list_names_every_benchmark():
    out = subprocess.run([sys.executable, str(BENCH / "run_all.py"), "--list"], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == sorted(p.stem.removeprefix("bench_") for p in BENCH.glob("bench_*.py"))
    assert "roster" in out


def test_only_runs_the_named_benchmark_with_its_arguments(monkeypatch):
    calls = []
    monkeypatch.setattr(run_all.subprocess, "call", lambda argv: calls.append(argv) or 0)
    assert run_all.main(["--only", "roster", "--", "--workers", "100"]) == 0
    assert len(calls) == 1 and calls[0][1].endswith("bench_roster.py") and calls[0][2:] == ["--workers", "100"]


def test_an_unknown_name_is_refused_with_the_known_ones(capsys):
    with pytest.raises(SystemExit):
        run_all.main(["--only", "nosuch"])
    assert "roster" in capsys.readouterr().err


def test_a_figure_repeats_at_least_three_times_and_reports_median_and_range():
    seen = []
    figure = common.measure(lambda: seen.append(1), runs=1)
    assert len(seen) == common.MIN_RUNS == len(figure.runs)
    fixed = common.Figure((0.003, 0.001, 0.002))
    assert (fixed.median, fixed.low, fixed.high) == (0.002, 0.001, 0.003)
    assert "2.0 ms [1.0-3.0]" in fixed.text()
