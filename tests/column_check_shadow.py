"""Every workers check an import or sheet test makes is made twice more beforehand, with the
column-wise shortcut on and off (roster.column_check), and the two reports and kept plans compared:
a difference fails the test that made the import (tests/conftest.py applies it to those modules).
"""

from __future__ import annotations

import copy
import dataclasses

from rentan_desktop.roster import checked, importer
from rentan_desktop.roster.columns import WORKERS
from rentan_desktop.roster.validate import WORKER_FIELDS
from rentan_desktop.tasks import TaskState


def _shadow(run_original, original: importer._Run, fast: bool) -> tuple:
    report = copy.deepcopy(original.report)
    ctx = copy.copy(original.ctx)
    plan = checked.Plan(WORKER_FIELDS)
    shadow = importer._Run(original.db, original.pv, ctx, report, original.update, plan)
    shadow.storing = original.storing  # the same status words as the run it stands for
    before = importer.COLUMN_CHECK
    importer.COLUMN_CHECK = fast
    try:
        run_original(shadow, TaskState())
    except Exception as exc:  # noqa: BLE001 - both ways must fail alike
        return ("failed", type(exc).__name__, str(exc))
    finally:
        importer.COLUMN_CHECK = before
    return dataclasses.asdict(report), [op for block in plan.operations() for op in block], ctx.regency_filled


def compare_both_ways(monkeypatch) -> None:
    """From now on (until the monkeypatch is undone), each workers check is first made both ways."""
    run_original = importer._Run.run

    def run(self: importer._Run, state: TaskState) -> None:
        if self.kind == WORKERS:
            fast, slow = _shadow(run_original, self, True), _shadow(run_original, self, False)
            assert fast == slow, f"the column check changed the check of {self.pv.path.name}"
        run_original(self, state)

    monkeypatch.setattr(importer._Run, "run", run)
