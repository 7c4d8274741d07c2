"""What a dry run checked, kept for the import that follows it: every row is validated once.

The wizard checks every row (the dry run), shows the report, and then imports. When the
import asks for the same file (same size, modification time and SHA-256), the same mapping
and options, on the same day, and nothing was written to the install since (its change
number and last audit entry are as they were), the rows checked are written as they were
checked instead of being read and validated again. Anything else reads the file again.

The rows are kept pickled in blocks (a 200,000-row list is tens of MB, not hundreds) and
only in this process's memory; taking them forgets them.
"""

from __future__ import annotations

import copy
import pickle
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from rentan_desktop.roster.sheet_guard import file_stamp
from rentan_desktop.store import audit, settings

__all__ = ["Checked", "Plan", "as_stored", "file_stamp", "forget", "install_state", "keep", "take"]

BLOCK = 2000  # rows pickled together

def install_state(db: sqlite_utils.Database) -> tuple[str, int, int]:
    """Which install (its site uid), its change number and its last audit entry: both move with every write."""
    last = db.execute("SELECT max(id) FROM audit_log").fetchone()[0] or 0
    return settings.get(db, "site_uid", ""), audit.current_rev(db), last


@dataclass
class Plan:
    """The writes a dry run decided, in order: ('add', values) and ('update', record, changes).

    A block of new records only (the usual block) is kept as its value tuples alone, so the
    import hands them to one executemany as they come out of pickle.
    """

    fields: tuple[str, ...]
    blocks: list[tuple[bool, bytes]] = field(default_factory=list)  # (new records only, pickled)
    pending: list[tuple] = field(default_factory=list)
    count: int = 0
    _updates: bool = False  # the pending block holds an update

    def add(self, clean: dict[str, Any]) -> None:
        self._keep(("add", tuple(map(clean.get, self.fields))))

    def add_values(self, values: tuple) -> None:
        """A new record already as its values in `fields` order (what `add` keeps of a clean dict)."""
        self._keep(("add", values))

    def add_values_many(self, many: list[tuple]) -> None:
        for values in many:
            self._keep(("add", values))

    def update(self, before: dict[str, Any], changes: dict[str, Any]) -> None:
        self._updates = True
        self._keep(("update", before, changes))

    def _keep(self, op: tuple) -> None:
        self.pending.append(op)
        self.count += 1
        if len(self.pending) >= BLOCK:
            self.seal()

    def seal(self) -> None:
        if self.pending:
            adds = not self._updates
            kept = [op[1] for op in self.pending] if adds else self.pending
            self.blocks.append((adds, pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL)))
            self.pending, self._updates = [], False

    def operations(self) -> Iterator[tuple[bool, list]]:
        """The kept writes, block by block (each unpickled only when reached): (True, value tuples)
        for a block of new records only, else (False, operations)."""
        self.seal()
        for adds, block in self.blocks:
            yield adds, pickle.loads(block)  # noqa: S301 - our own bytes, made in this process


@dataclass
class Checked:
    key: tuple
    plan: Plan
    report: Any  # the dry run's ImportReport


_lock = threading.Lock()
_kept: Checked | None = None


def keep(key: tuple, plan: Plan, report: Any) -> None:
    """Remember a finished dry run (only the last one is kept)."""
    global _kept
    plan.seal()
    with _lock:
        _kept = Checked(key, plan, report)


def take(key: tuple) -> Checked | None:
    """The dry run checked under exactly `key`, forgotten as it is handed over; else None."""
    global _kept
    with _lock:
        found, _kept = _kept, None
    return found if found is not None and found.key == key else None


def forget() -> None:
    global _kept
    with _lock:
        _kept = None


def as_stored(report: Any) -> Any:
    """The dry run's report as the import reports the same rows once written."""
    words = {"ready": "imported", "update": "updated"}
    stored = copy.copy(report)
    stored.dry_run, stored.not_data, stored.outcomes = False, dict(report.not_data), []
    for outcome in report.outcomes:  # the wizard still shows the dry run's own: copies are changed
        if outcome.status in words:
            changed = object.__new__(type(outcome))  # a shallow copy, 3x cheaper than dataclasses.replace
            changed.__dict__.update(outcome.__dict__)
            changed.status = words[outcome.status]
            outcome = changed
        stored.outcomes.append(outcome)
    return stored
