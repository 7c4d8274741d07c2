"""Why a month has nobody to pay for: the counts behind the payment tab's guidance.

Only submitted or active workers (and ended or lapsed ones for their covered months) with a start
month owe contributions (payments/coverage.py). A clerk who has just imported a roster sees an
empty month; these counts let the tab say which step is missing.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils


@dataclass(frozen=True)
class NobodyOwes:
    workers: int          # every worker in the roster
    drafts: int           # not yet sent to Disnaker for BPJS registration
    without_start: int    # submitted or active but no start month
    starting_later: int   # submitted or active, start month after this month
    sent: int = 0         # drafts of `drafts` a bundle carried to Disnaker: waiting to be submitted to BPJS


def nobody_owes(db: sqlite_utils.Database, month: str) -> NobodyOwes:
    row = db.execute(
        "SELECT COUNT(*),"
        " COALESCE(SUM(status = 'draft'), 0),"
        " COALESCE(SUM(status IN ('submitted', 'active') AND start_month IS NULL), 0),"
        " COALESCE(SUM(status IN ('submitted', 'active') AND start_month > ?), 0)"
        " FROM workers", [month]).fetchone()
    return NobodyOwes(*row, sent=drafts_sent(db))


def drafts_sent(db: sqlite_utils.Database) -> int:
    """Drafts ready for BPJS that a bundle to Disnaker has carried as they are now: they owe nothing until
    Disnaker submits them to BPJS, which its return bundle says (status 'submitted'). QA walk r6, 12."""
    from rentan_desktop.roster.readiness import ready_sql

    sent_rev = db.execute("SELECT max(rev_to) FROM sync_exports WHERE peer = 'disnaker'").fetchone()[0]
    if sent_rev is None:
        return 0
    return db.execute(f"SELECT count(*) FROM workers w WHERE w.status = 'draft' AND {ready_sql()} AND w.rev <= ?",
                      [sent_rev]).fetchone()[0]
