"""One means moves every "today" in the app: store/clock.now(). A module that reads the system
clock itself (date.today(), datetime.now()) would see another day than the lifecycle, reports and
bundles after midnight or in a test that moves the date, and their figures would disagree."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from rentan_desktop.domain.months import current_month
from rentan_desktop.store import clock

PACKAGE = Path(__file__).resolve().parent.parent / "rentan_desktop"
CLOCK_READS = {("date", "today"), ("datetime", "now"), ("datetime", "today"), ("datetime", "utcnow")}
# Frozen migration steps keep their own stamps (they may not import live app code).
ALLOWED = {"store/clock.py"}


def _frozen_step(rel: str) -> bool:
    return rel.startswith("store/schema_")


def clock_reads(path: Path) -> list[int]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        target = node.func if isinstance(node, ast.Call) else node if isinstance(node, ast.Attribute) else None
        if isinstance(target, ast.Attribute):
            owner = target.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", None)
            if (name, target.attr) in CLOCK_READS:
                found.append(node.lineno)
    return found


def test_no_module_reads_the_system_clock_but_store_clock():
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel in ALLOWED or _frozen_step(rel):
            continue
        if lines := clock_reads(path):
            offenders[rel] = sorted(set(lines))
    assert offenders == {}, f"read the date through rentan_desktop.store.clock instead: {offenders}"


def test_moving_store_clock_moves_month_audit_stamp_and_today(monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 11, 30, 23, 59, 30))
    assert (current_month(), clock.today_iso(), clock.now_iso()) == ("2026-11", "2026-11-30", "2026-11-30 23:59:30")
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 12, 1, 0, 0, 5))
    assert (current_month(), clock.today_iso()) == ("2026-12", "2026-12-01")
