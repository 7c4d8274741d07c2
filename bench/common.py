"""What every benchmark shares: repeated measures with median and range, and one way to print them.

A figure is never one run: `measure` repeats a callable (at least three times), and `row`
prints the app's figure beside its floor with both ranges and the ratio of the medians, so a
reader sees how much the machine's other work moved the numbers.
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MIN_RUNS = 3


@dataclass(frozen=True)
class Figure:
    """Seconds of each run; printed in milliseconds or seconds as fits."""

    runs: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def low(self) -> float:
        return min(self.runs)

    @property
    def high(self) -> float:
        return max(self.runs)

    def text(self) -> str:
        scale, unit = (1000, "ms") if self.high < 10 else (1, "s")
        return f"{self.median * scale:8.1f} {unit} [{self.low * scale:.1f}-{self.high * scale:.1f}]"


def measure(fn: Callable[[], object], runs: int = MIN_RUNS, setup: Callable[[], object] | None = None) -> Figure:
    """Time `fn` `runs` times (at least MIN_RUNS); `setup` runs untimed before each run."""
    times = []
    for _ in range(max(runs, MIN_RUNS)):
        if setup is not None:
            setup()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return Figure(tuple(times))


def repeat(fn: Callable[[], object], runs: int = MIN_RUNS, *, rollback: object = None) -> tuple[object, Figure]:
    """Time `fn` (at least MIN_RUNS times) and return its last result with the Figure.

    `rollback`, a sqlite-utils Database: every run but the last is rolled back, so a write is
    measured again and again on the same data and the last run is the committed one.
    """
    times, result = [], None
    total = max(runs, MIN_RUNS)
    for n in range(total):
        undo = rollback is not None and n < total - 1
        if undo:
            rollback.execute("BEGIN")
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
        if undo:
            rollback.execute("ROLLBACK")
    return result, Figure(tuple(times))


def row(label: str, app: Figure, floor: Figure | None = None, target: str = "") -> None:
    """One line: the app's figure, its floor, the ratio of medians and the target."""
    if floor is None:
        print(f"{label:<52} {app.text():>30}  {target}", flush=True)
        return
    ratio = app.median / floor.median if floor.median else float("inf")
    print(f"{label:<52} {app.text():>30}   floor {floor.text():>30}   x{ratio:5.2f}  {target}", flush=True)


def peak_memory_mb() -> float:
    """The process's peak resident memory so far (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (2**20 if sys.platform == "darwin" else 1024)


def load_note() -> str:
    return f"load average {os.getloadavg()[0]:.1f} (other work on the machine inflates every figure)"


def rentan_cli(*args: str) -> None:
    """Run a `rentan` command in this process; a failure stops the benchmark (never a silent empty install)."""
    from rentan_desktop.cli import main as rentan

    code = rentan(list(args))
    if code:
        raise SystemExit(f"rentan {' '.join(args[2:4])} failed (exit {code})")


def build_opd_install(folder: Path, sponsors: int, workers: int) -> bool:
    """A training OPD install (demo data is allowed only there) with `workers` workers; False if it was there."""
    from rentan_desktop.paths import db_path

    if db_path(folder).exists():
        return False
    rentan_cli("--data-dir", str(folder), "init", "--training", "--role", "opd", "--pemda", "Kota Palangka Raya",
               "--opd-code", "1.01", "--opd-name", "Dinas Pendidikan", "--operator", "Bench")
    rentan_cli("--data-dir", str(folder), "demo", "--sponsors", str(sponsors), "--workers", str(workers))
    return True
